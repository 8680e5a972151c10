package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Param;
import dev.eqc.compiler.term.Constant;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.ast.UnaryOp;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves one definition's right-hand side into a {@link Term} (SPEC 2.3): names to inputs,
 * parameters, constants, dimensions and other definitions; {@code f(x)} to a call or a
 * product; superscripts to transposes, powers or parts of names; letter runs to names or
 * products of letters.
 */
final class BodyResolver {
    private final Resolver r;
    private final PendingDefinition def;
    private final List<Param> params = new ArrayList<>();
    private final Set<Input> directInputs = new LinkedHashSet<>();
    private final List<Definition> used = new ArrayList<>();
    /** Index variables in scope, innermost last. */
    private final java.util.ArrayDeque<IndexVar> indexScope = new java.util.ArrayDeque<>();
    private final List<IndexVar> lhsIndices = new ArrayList<>();

    BodyResolver(Resolver r, PendingDefinition def) {
        this.r = r;
        this.def = def;
    }

    /** A {@link Definition}, a {@link Constant}, or null after an error. */
    Object resolve() {
        List<StridedDefinitions.Part> strided = r.stridedGroups.get(def);
        if (strided != null) {
            return StridedDefinitions.resolve(r, def, strided);
        }
        for (Expr.Sym p : def.params()) {
            String key = NameKeys.full(p);
            Input declared = r.inputs.get(key);
            params.add(new Param(key, r.source.slice(p.span()), JavaNames.of(p, true), p.span(), declared));
        }
        for (String letter : def.indexLetters()) {
            IndexVar v = new IndexVar(letter, def.indexSpan(), null, null, List.of());
            lhsIndices.add(v);
            indexScope.addLast(v);
        }
        int errorsBefore = r.diagnostics.errorCount();
        Term body = Stabilizer.stabilize(expr(def.rhs()));
        if (r.diagnostics.errorCount() > errorsBefore) {
            return null;
        }
        if (!def.function() && def.resultName() == null && lhsIndices.isEmpty()) {
            Double folded = ConstantFolder.fold(body);
            if (folded != null) {
                return new Constant(def.key(), def.latexName(), r.valueNames.allocate(JavaNames.of(def.nameSym(), true)),
                        def.nameSpan(), folded);
            }
        }
        String spelled = def.resultName() != null ? def.resultName() : JavaNames.of(def.nameSym(), true);
        String javaName = r.methodNames.allocate(JavaNames.methodName(spelled), spelled);
        return new Definition(def.key(), def.latexName(), javaName, def.span(), def.nameSpan(), def.function(),
                params, freeInputs(), lhsIndices, body, def.comment(), r.source.slice(def.span()));
    }

    /** One part of a strided definition, over its own left-hand indices; null after an error. */
    Term.StridedPart resolvePart(Span at) {
        for (String letter : def.indexLetters()) {
            IndexVar v = new IndexVar(letter, def.indexSpan(), null, null, List.of());
            lhsIndices.add(v);
            indexScope.addLast(v);
        }
        int errorsBefore = r.diagnostics.errorCount();
        Term body = Stabilizer.stabilize(expr(def.rhs()));
        return r.diagnostics.errorCount() > errorsBefore ? null : new Term.StridedPart(at, lhsIndices, body);
    }

    /** The inputs the resolved body uses, directly or through other definitions (for {@link StridedDefinitions}). */
    List<Input> usedInputs() {
        return freeInputs();
    }

    // Access for Level3Names, which reads family members, strided subscripts and Concat of a family.

    Resolver resolver() {
        return r;
    }

    IndexVar indexVarNamed(String name) {
        return indexVar(name);
    }

    Term lookupName(String key, Span at) {
        return lookup(key, at);
    }

    Term inputRef(Span at, Input in) {
        directInputs.add(in);
        return new Term.InputRef(at, in);
    }

    Term fail(Code code, Span span, String message, String help) {
        return error(code, span, message, help);
    }

    private List<Input> freeInputs() {
        Set<String> shadowed = new java.util.HashSet<>();
        for (Param p : params) {
            shadowed.add(p.key());
        }
        Set<Input> free = new LinkedHashSet<>(directInputs);
        for (Definition d : used) {
            for (Input in : d.freeInputs()) {
                if (!shadowed.contains(in.key())) {
                    free.add(in);
                }
            }
        }
        List<Input> out = new ArrayList<>(free);
        out.sort(Comparator.comparingInt(Input::order));
        return out;
    }

    Term expr(Expr e) {
        if (e instanceof Expr.Num n) {
            return new Term.Literal(n.span(), n.value());
        }
        if (e instanceof Expr.Sym s) {
            return sym(s);
        }
        if (e instanceof Expr.Group g) {
            if (g.items().size() == 1 && g.bracket() != Bracket.SET) {
                return expr(g.items().get(0));
            }
            if (g.items().isEmpty()) {
                return error(Code.E0001, g.span(), "empty `" + r.source.slice(g.span()) + "` where a value belongs",
                        "fill in the argument, like `\\sqrt{x}`");
            }
            return unsupported(g.span(), "a list of values is not an expression here");
        }
        if (e instanceof Expr.Apply a) {
            return apply(a);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Unary u) {
            Term operand = expr(u.operand());
            return u.op() == UnaryOp.NEG ? new Term.Negate(u.span(), operand) : operand;
        }
        if (e instanceof Expr.Power p) {
            Term base = expr(p.base());
            if (NameKeys.TRANSPOSE_MARKS.contains(p.exponent().key())) {
                return new Term.Transpose(p.span(), base);
            }
            return new Term.Power(p.span(), base, script(p.exponent()));
        }
        if (e instanceof Expr.Frac f && isPartial(f.num()) != null && isPartial(f.den()) != null) {
            // \frac{\partial L}{\partial W}
            return gradient(f.span(), isPartial(f.num()), isPartial(f.den()));
        }
        if (e instanceof Expr.Frac f) {
            return new Term.Arith(f.span(), f.span(), Term.ArithOp.DIV, expr(f.num()), expr(f.den()));
        }
        if (e instanceof Expr.Root root) {
            Term radicand = expr(root.radicand());
            if (root.degree() == null) {
                return new Term.BuiltinCall(root.span(), Builtin.SQRT, List.of(radicand));
            }
            Term inverse = new Term.Arith(root.degree().span(), root.degree().span(), Term.ArithOp.DIV,
                    new Term.Literal(root.degree().span(), 1.0), expr(root.degree()));
            return new Term.Power(root.span(), radicand, inverse);
        }
        if (e instanceof Expr.Subscripted s && s.base() instanceof Expr.Norm n) {
            Builtin norm = switch (s.sub().key()) {
                case "2" -> Builtin.NORM2;
                case "1" -> Builtin.NORM1;
                case "\\infty" -> Builtin.NORM_INF;
                default -> null;
            };
            if (norm == null) {
                return unsupported(s.sub().span(), "norms are \\|x\\|, \\|x\\|_1, \\|x\\|_2 and \\|x\\|_\\infty");
            }
            return new Term.BuiltinCall(s.span(), norm, List.of(expr(n.operand())));
        }
        if (e instanceof Expr.Subscripted s) {
            return unsupported(s.span(), "indexing an expression is not supported; index a name instead");
        }
        if (e instanceof Expr.Relation rel) {
            Term.CompareOp op = compareOp(rel.op());
            if (op == null) {
                return unsupported(rel.span(), "only comparisons (<, >, \\le, \\ge, =, \\ne) are computed inside an expression");
            }
            return new Term.Compare(rel.span(), op, expr(rel.left()), expr(rel.right()));
        }
        if (e instanceof Expr.BigOp b) {
            return reduction(b);
        }
        if (e instanceof Expr.Underset u) {
            return unsupported(u.span(), "an operator with an axis under it needs its argument, like `\\underset{m}{\\mathrm{softmax}}(x)`");
        }
        if (e instanceof Expr.Cases c) {
            return cases(c);
        }
        if (e instanceof Expr.Abs a) {
            return new Term.BuiltinCall(a.span(), Builtin.ABS, List.of(expr(a.operand())));
        }
        if (e instanceof Expr.Norm n) {
            return new Term.BuiltinCall(n.span(), Builtin.NORM2, List.of(expr(n.operand())));
        }
        if (e instanceof Expr.Matrix m) {
            return unsupported(m.span(), "matrices written out cell by cell are not supported yet");
        }
        if (e instanceof Expr.Factorial f) {
            return unsupported(f.span(), "`!` and primes on expressions are not supported");
        }
        throw new AssertionError(e);
    }

    private Term script(Script s) {
        if (s.items().size() != 1) {
            return unsupported(s.span(), "a superscript must be one expression");
        }
        return expr(s.single());
    }

    private Term binary(Expr.Binary b) {
        if (b.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE && b.left() instanceof Expr.Sym nabla
                && nabla.kind() == SymKind.COMMAND && nabla.base().equals("\\nabla") && nabla.sup() == null
                && nabla.sub() != null && nabla.sub().isSingle() && lookupQuiet("\\nabla") == null) {
            // \nabla_{W} L
            return gradient(b.span(), b.right(), nabla.sub().single());
        }
        if (b.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE && b.left() instanceof Expr.Frac f
                && f.num() instanceof Expr.Sym d && isPartialSign(d) && isPartial(f.den()) != null) {
            // \frac{\partial}{\partial W} L
            return gradient(b.span(), b.right(), isPartial(f.den()));
        }
        if (b.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE && isIndicator(b.left())
                && b.right() instanceof Expr.Group g && g.items().size() == 1) {
            return indicator(g.items().get(0), b.span());
        }
        if (b.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE && b.right() instanceof Expr.Group g
                && g.items().size() == 1) {
            if (b.left() instanceof Expr.Underset u) {
                return axisForm(b.span(), u.op(), u.under(), g.items().get(0));
            }
            if (b.left() instanceof Expr.Sym e && e.kind() == SymKind.BB && e.base().equals("E") && e.sub() != null
                    && e.sup() == null && e.sub().isSingle()) {
                return axisForm(b.span(), e.withScripts(e.span(), null, null, 0), e.sub().single(), g.items().get(0));
            }
        }
        if (b.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE && isExpectation(b.left())
                && b.right() instanceof Expr.Power p && p.base() instanceof Expr.Group g && g.items().size() == 1) {
            // \mathbb{E}[X]^2 is (\mathbb{E}[X])^2.
            Term mean = new Term.BuiltinCall(b.span(), Builtin.MEAN, List.of(expr(g.items().get(0))));
            return new Term.Power(b.span(), mean, script(p.exponent()));
        }
        if (b.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE && isExpectation(b.left())
                && b.right() instanceof Expr.Group g && g.items().size() == 1) {
            // \mathbb{E}[x]: the mean over the last axis (SPEC 3.3).
            return new Term.BuiltinCall(b.span(), Builtin.MEAN, List.of(expr(g.items().get(0))));
        }
        Term left = expr(b.left());
        Term right = expr(b.right());
        return switch (b.op()) {
            case ADD -> new Term.Arith(b.span(), b.opSpan(), Term.ArithOp.ADD, left, right);
            case SUB -> new Term.Arith(b.span(), b.opSpan(), Term.ArithOp.SUB, left, right);
            case HADAMARD -> new Term.Arith(b.span(), b.opSpan(), Term.ArithOp.MUL, left, right);
            case DIV -> new Term.Arith(b.span(), b.opSpan(), Term.ArithOp.DIV, left, right);
            case JUXTAPOSE -> new Term.Product(b.span(), b.opSpan(), left, right, false);
            case DOT, CROSS -> new Term.Product(b.span(), b.opSpan(), left, right, true);
            case PLUS_MINUS -> unsupported(b.opSpan(), "`\\pm` has two values; write the two equations");
            case CONCAT -> new Term.BuiltinCall(b.span(), Builtin.CONCAT, List.of(left, right));
        };
    }

    /** {@code \\partial X} (or {@code \\partial} alone in a numerator): X, else null. */
    private static Expr isPartial(Expr e) {
        if (e instanceof Expr.Binary b && b.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                && b.left() instanceof Expr.Sym d && isPartialSign(d)) {
            return b.right();
        }
        if (e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym d && isPartialSign(d) && a.args().size() == 1) {
            return a.args().get(0); // \partial (W x)
        }
        return null;
    }

    private static boolean isPartialSign(Expr.Sym s) {
        return s.kind() == SymKind.COMMAND && s.base().equals("\\partial") && s.bare();
    }

    /**
     * A gradient of {@code of} with respect to the input {@code wrt} names (SPEC 3.6); the gradient
     * pass differentiates it after shape inference. Anything but an input is E0111.
     */
    private Term gradient(Span span, Expr of, Expr wrt) {
        Term ofTerm = expr(of);
        Term wrtTerm = expr(wrt);
        if (wrtTerm instanceof Term.InputRef in && in.input().integer()) {
            return error(Code.E0111, wrt.span(), "cannot differentiate with respect to `" + r.source.slice(wrt.span())
                    + "`: it is an integer input", "declare it over \\mathbb{R} to differentiate with respect to it");
        }
        if (wrtTerm instanceof Term.InputRef in) {
            return new Term.Gradient(span, ofTerm, in.input(), wrt.span());
        }
        String what = wrtTerm instanceof Term.ValueRef || wrtTerm instanceof Term.Call ? "a definition"
                : wrtTerm instanceof Term.ParamRef ? "a parameter of this function"
                : wrtTerm instanceof Term.ConstRef ? "a constant"
                : wrtTerm instanceof Term.DimValue ? "a dimension" : "an expression";
        return error(Code.E0111, wrt.span(), "cannot differentiate with respect to `" + r.source.slice(wrt.span())
                        + "`: it is " + what + ", not an input",
                "take the gradient with respect to a declared input, like `\\nabla_{W} L` with `W \\in \\mathbb{R}^{…}`");
    }

    // ---- names ---------------------------------------------------------------------------

    private Term sym(Expr.Sym s) {
        boolean onlyPrimes = s.sub() == null && s.sup() == null && s.accent() == null;
        String asIndex = s.base() + "'".repeat(s.primes());
        IndexVar asValue = (s.kind() == SymKind.LETTERS || s.kind() == SymKind.COMMAND) && onlyPrimes
                ? indexVar(asIndex) : null;
        if (asValue != null && lookupQuiet(asIndex) == null) {
            return new Term.IndexValue(s.span(), asValue);
        }
        if (isIndicator(s.withScripts(s.span(), null, s.sup(), 0)) && s.sub() != null && s.sub().items().size() == 1) {
            return indicator(s.sub().single(), s.span());
        }
        List<IndexVar> indices = indicesOf(s);
        Term level3 = Level3Names.member(this, s, indices);
        level3 = level3 != null ? level3 : Level3Names.stridedRead(this, s);
        if (level3 != null) {
            return level3;
        }
        if (indices != null && indices.size() == 2 && s.kind() == SymKind.COMMAND && s.base().equals("\\delta")
                && s.sup() == null && lookupQuiet("\\delta") == null) {
            // Kronecker delta: 1 where the two indices are equal.
            return new Term.Compare(s.span(), Term.CompareOp.EQ, new Term.IndexValue(s.span(), indices.get(0)),
                    new Term.IndexValue(s.span(), indices.get(1)));
        }
        if (indices != null && lookupQuiet(NameKeys.withSub(s)) == null && lookupQuiet(NameKeys.full(s)) == null) {
            Expr.Sym base = s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null,
                    s.primes());
            Term baseTerm = lookup(NameKeys.full(base), base.span());
            if (baseTerm == null && (base.kind() == SymKind.COMMAND || base.base().length() == 1)
                    && (base.kind() != SymKind.COMMAND || GreekLetters.isLetter(base.base()))) {
                // An indexed name is a tensor, even `e` or `\pi`, which alone would be constants.
                Input in = r.inferInput(base, NameKeys.full(base));
                directInputs.add(in);
                baseTerm = new Term.InputRef(base.span(), in);
            }
            Term indexed = new Term.Index(new Span(s.span().start(), s.sub().span().end()),
                    baseTerm != null ? baseTerm : sym(base), indices);
            if (s.sup() == null) {
                return indexed;
            }
            if (NameKeys.isTranspose(s)) {
                return new Term.Transpose(s.span(), indexed);
            }
            return new Term.Power(s.span(), indexed, script(s.sup()));
        }
        Term named = lookup(NameKeys.full(s), s.span());
        if (named != null) {
            return named;
        }
        if (isSplittableRun(s)) {
            return splitRun(s, null);
        }
        if (s.sup() != null && (s.sup().key().equals("+") || s.sup().key().equals("-") || s.sup().key().equals("*"))) {
            // m^{+}, \theta^*, \theta^{-}: a mark that is part of the name.
            return unboundName(s);
        }
        if (s.sup() != null) {
            Expr.Sym base = s.withScripts(baseSpan(s), s.sub(), null, s.primes());
            if (isEuler(base)) {
                return new Term.BuiltinCall(s.span(), Builtin.EXP, List.of(script(s.sup())));
            }
            Term baseTerm = sym(base);
            if (NameKeys.isTranspose(s)) {
                if (s.sup().key().equals("T") && (r.dimSymbols.contains("T") || r.inputs.containsKey("T"))) {
                    Diagnostic.of(Code.W0102, r.source, s.sup().span(), "`^T` is read as a transpose, although `T` is"
                                    + " also declared")
                            .caret("transpose")
                            .help("write `^\\top` for the transpose, or `^{(T)}` for a power")
                            .report(r.diagnostics);
                }
                return new Term.Transpose(s.span(), baseTerm);
            }
            return new Term.Power(s.span(), baseTerm, script(s.sup()));
        }
        return unboundName(s);
    }

    /** The span of a name without its superscript. */
    private Span baseSpan(Expr.Sym s) {
        int end = s.sup() == null ? s.span().end() : s.sup().span().start() - 1;
        if (s.sub() != null) {
            end = Math.max(end, s.sub().span().end());
        }
        return new Span(s.span().start(), Math.max(s.span().start() + 1, Math.min(end, s.span().end())));
    }

    private Term unboundName(Expr.Sym s) {
        if (isEuler(s)) {
            return new Term.Literal(s.span(), Math.E);
        }
        if (s.kind() == SymKind.COMMAND && s.bare()) {
            switch (s.base()) {
                case "\\pi" -> {
                    return new Term.Literal(s.span(), Math.PI);
                }
                case "\\infty" -> {
                    return new Term.Literal(s.span(), Double.POSITIVE_INFINITY);
                }
                default -> { }
            }
        }
        if (s.kind() == SymKind.COMMAND && java.util.Set.of("\\nabla", "\\partial", "\\dots", "\\ldots", "\\cdots",
                "\\vdots", "\\ddots", "\\mid", "\\emptyset").contains(s.base())) {
            return unsupported(s.span(), s.base().equals("\\nabla") || s.base().equals("\\partial")
                    ? "write a gradient as `\\nabla_{W} L` or `\\frac{\\partial L}{\\partial W}`, with W an input" : "eqc computes closed forms; write the elements out or use a sum");
        }
        if (s.kind() == SymKind.COMMAND && !GreekLetters.isLetter(s.base())) {
            Optional<Builtin> builtin = Builtin.lookup(s.base());
            if (builtin.isPresent()) {
                return error(Code.E0104, s.span(), "`" + s.base() + "` needs an argument",
                        "apply it, like `" + s.base() + "(x)`");
            }
            return error(Code.E0102, s.span(), "unknown command `" + s.base() + "`",
                    "eqc reads the LaTeX math commands papers use for equations; see SPEC §3.3");
        }
        if (s.kind() == SymKind.WORD && Builtin.lookup(s.base()).isPresent()) {
            return error(Code.E0104, s.span(), "`" + s.base() + "` needs an argument", "apply it, like `"
                    + r.source.slice(s.span()) + "(x)`");
        }
        if (r.attemptedDeclarations.contains(NameKeys.full(s)) && r.diagnostics.hasErrors()) {
            return new Term.Literal(s.span(), Double.NaN); // its declaration was rejected and reported
        }
        Input inferred = r.inferInput(s, NameKeys.full(s));
        directInputs.add(inferred);
        return new Term.InputRef(s.span(), inferred);
    }

    private static boolean isEuler(Expr.Sym s) {
        return (s.kind() == SymKind.LETTERS || s.kind() == SymKind.WORD) && s.base().equals("e") && s.bare();
    }

    private boolean isSplittableRun(Expr.Sym s) {
        return s.kind() == SymKind.LETTERS && s.base().length() > 1 && s.accent() == null
                && lookup(NameKeys.withSub(s), null) == null && lookupQuiet(s.base()) == null;
    }

    /** {@code QK^T} is {@code Q K^T}: a product of letters, the scripts on the last one. */
    private Term splitRun(Expr.Sym s, Expr.Group appliedTo) {
        String letters = s.base();
        int start = s.span().start();
        Term result = null;
        for (int i = 0; i < letters.length(); i++) {
            boolean last = i == letters.length() - 1;
            Span span = last ? new Span(start + i, s.span().end()) : new Span(start + i, start + i + 1);
            Expr.Sym letter = new Expr.Sym(span, SymKind.LETTERS, String.valueOf(letters.charAt(i)), null,
                    last ? s.sub() : null, last ? s.sup() : null, last ? s.primes() : 0);
            Term t = sym(letter);
            result = result == null ? t : new Term.Product(new Span(start, span.end()), new Span(span.start(), span.start()), result, t);
        }
        return result;
    }

    /** The binding of a key in this definition's scope, or null. Reports recursion. */
    private Term lookup(String key, Span at) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).key().equals(key)) {
                return at == null ? new Term.Literal(new Span(0, 0), 0) : new Term.ParamRef(at, params.get(i), i);
            }
        }
        PendingDefinition other = r.definitions.get(key);
        if (other != null) {
            if (at == null) {
                return new Term.Literal(new Span(0, 0), 0);
            }
            if (other == def && def.update() && !def.function()) {
                // θ ← θ − η g: on the right, θ is the value before the update, an input.
                Input old = r.inputs.get(key);
                if (old == null) {
                    old = r.inferInput(def.nameSym(), key);
                }
                directInputs.add(old);
                return new Term.InputRef(at, old);
            }
            if (other == def || r.isInProgress(other)) {
                return error(Code.E0105, at, "`" + other.latexName() + "` is defined in terms of itself",
                        "eqc compiles closed-form equations; unroll the recurrence into separate names");
            }
            Object resolved = r.resolveDefinition(other);
            if (resolved instanceof Constant c) {
                return new Term.ConstRef(at, c);
            }
            if (resolved instanceof Definition d) {
                if (d.function()) {
                    return error(Code.E0104, at, "`" + d.latexName() + "` is a function of " + d.params().size()
                            + " argument" + (d.params().size() == 1 ? "" : "s"), "call it, like `"
                            + d.latexName() + "(…)`");
                }
                used.add(d);
                return new Term.ValueRef(at, d);
            }
            return new Term.Literal(at, Double.NaN); // its own errors were reported
        }
        Input in = r.inputs.get(key);
        if (in != null) {
            if (at != null) {
                directInputs.add(in);
                return new Term.InputRef(at, in);
            }
            return new Term.Literal(new Span(0, 0), 0);
        }
        if (r.dimensionValues.containsKey(key)) {
            return at == null ? new Term.Literal(new Span(0, 0), 0) : dimTerm(r.substitute(r.dimensionValues.get(key), 0), at);
        }
        if (r.dimSymbols.contains(key)) {
            return at == null ? new Term.Literal(new Span(0, 0), 0) : new Term.DimValue(at, key);
        }
        return null;
    }

    /** A defined dimension as a value: its expression over the dimensions it is made of. */
    private static Term dimTerm(dev.eqc.compiler.term.Dim d, Span at) {
        if (d instanceof dev.eqc.compiler.term.Dim.Known k) {
            return new Term.Literal(at, k.value());
        }
        if (d instanceof dev.eqc.compiler.term.Dim.Symbol s) {
            return new Term.DimValue(at, s.name());
        }
        dev.eqc.compiler.term.Dim.Compound c = (dev.eqc.compiler.term.Dim.Compound) d;
        Term l = dimTerm(c.left(), at);
        Term r = dimTerm(c.right(), at);
        return switch (c.op()) {
            case '+' -> new Term.Arith(at, at, Term.ArithOp.ADD, l, r);
            case '-' -> new Term.Arith(at, at, Term.ArithOp.SUB, l, r);
            case '*' -> new Term.Arith(at, at, Term.ArithOp.MUL, l, r);
            default -> new Term.Arith(at, at, Term.ArithOp.DIV, l, r);
        };
    }

    private Term lookupQuiet(String key) {
        return lookup(key, null);
    }

    // ---- applications --------------------------------------------------------------------

    private Term apply(Expr.Apply a) {
        if (!(a.callee() instanceof Expr.Sym callee)) {
            if (a.callee() instanceof Expr.Underset u && a.args().size() == 1) {
                return axisForm(a.span(), u.op(), u.under(), a.args().get(0));
            }
            return product(a);
        }
        if (callee.sub() != null && callee.sup() == null && a.args().size() == 1 && axisBuiltin(callee) != null
                && r.definitions.get(NameKeys.full(callee)) == null) {
            // \mathrm{softmax}_j(e_{ij}), \mathbb{E}_k(x): the subscript names the axis or index.
            Expr.Sym bare = callee.withScripts(callee.span(), null, null, 0);
            return axisForm(a.span(), bare, callee.sub().isSingle() ? callee.sub().single() : null, a.args().get(0));
        }
        if (isIndicator(callee) && a.args().size() == 1) {
            return indicator(a.args().get(0), a.span());
        }
        if (isExpectation(callee) && a.args().size() == 1) {
            return new Term.BuiltinCall(a.span(), Builtin.MEAN, List.of(expr(a.args().get(0))));
        }
        if ((callee.kind() == SymKind.WORD || callee.kind() == SymKind.LETTERS) && callee.bare()
                && callee.base().equalsIgnoreCase("clip") && (a.args().size() == 3 || a.args().size() == 2)
                && r.definitions.get(NameKeys.full(callee)) == null) {
            // clip(x, a, b) = min(max(x, a), b); clip(x, c) = clip(x, -c, c)
            Term x = expr(a.args().get(0));
            Term lo;
            Term hi;
            if (a.args().size() == 3) {
                lo = expr(a.args().get(1));
                hi = expr(a.args().get(2));
            } else {
                hi = expr(a.args().get(1));
                lo = new Term.Negate(a.args().get(1).span(), hi);
            }
            Term lowered = new Term.BuiltinCall(a.span(), Builtin.MAX, List.of(x, lo));
            return new Term.BuiltinCall(a.span(), Builtin.MIN, List.of(lowered, hi));
        }
        String key = NameKeys.full(callee);
        PendingDefinition target = r.definitions.get(key);
        if (target != null && target.function()) {
            return call(a, callee, target);
        }
        if (target != null || lookupQuiet(key) != null) {
            return product(a);
        }
        Optional<Builtin> builtin = callee.bare() || callee.kind() == SymKind.COMMAND && callee.sub() == null
                ? Builtin.lookup(callee.base()) : Optional.empty();
        if (callee.kind() == SymKind.COMMAND && callee.base().equals("\\log") && callee.sup() == null
                && callee.sub() != null && callee.sub().key().equals("2")) {
            builtin = Optional.of(Builtin.LOG2);   // \log_2
        }
        if (builtin.isPresent() && callee.sup() == null) {
            return builtinCall(a, builtin.get());
        }
        if (callee.kind() == SymKind.WORD || callee.kind() == SymKind.COMMAND && !GreekLetters.isLetter(callee.base())) {
            List<String> known = new ArrayList<>(Builtin.wordSpellings());
            r.definitions.values().stream().filter(PendingDefinition::function)
                    .forEach(p -> known.add(p.nameSym() != null ? p.nameSym().base() : p.latexName()));
            Optional<String> nearest = Suggestions.nearest(callee.base().replace("\\", ""), known);
            return error(Code.E0101, callee.span(), "unknown function `" + r.source.slice(callee.span()) + "`",
                    nearest.map(n -> "did you mean `" + n + "`?")
                            .orElse("define it first, like `\\mathrm{f}(x) = …`, or see SPEC §3.3 for the built-ins"));
        }
        return product(a);
    }

    /** {@code x(1 + y)}: not a function, so a product. */
    private Term product(Expr.Apply a) {
        if (a.args().size() != 1) {
            return error(Code.E0101, a.callee().span(), "`" + r.source.slice(a.callee().span())
                    + "` is not a function", "only functions take several arguments");
        }
        Term left = expr(a.callee());
        Term right = expr(a.args().get(0));
        return new Term.Product(a.span(), new Span(a.callee().span().end(), a.argsSpan().start()), left, right);
    }

    private Term call(Expr.Apply a, Expr.Sym callee, PendingDefinition target) {
        if (a.args().size() != target.params().size()) {
            return error(Code.E0104, a.span(), "`" + target.latexName() + "` takes " + target.params().size()
                    + " argument" + (target.params().size() == 1 ? "" : "s") + ", got " + a.args().size(),
                    "it is defined as `" + r.source.slice(target.span()).lines().findFirst().orElse("") + "`");
        }
        if (target == def || r.isInProgress(target)) {
            return error(Code.E0105, callee.span(), "`" + target.latexName() + "` is defined in terms of itself",
                    "eqc compiles closed-form equations; unroll the recurrence into separate names");
        }
        List<Term> args = new ArrayList<>();
        for (Expr arg : a.args()) {
            args.add(expr(arg));
        }
        Object resolved = r.resolveDefinition(target);
        if (!(resolved instanceof Definition d)) {
            return new Term.Literal(a.span(), Double.NaN);
        }
        used.add(d);
        return new Term.Call(a.span(), d, args);
    }

    private Term builtinCall(Expr.Apply a, Builtin b) {
        Term family = b == Builtin.CONCAT ? Level3Names.concat(this, a) : null;
        if (family != null) {
            return family;
        }
        if (b.arity() < 0 ? a.args().size() < 2 : a.args().size() != b.arity()) {
            return error(Code.E0104, a.span(), "`" + b.displayName() + "` takes "
                    + (b.arity() < 0 ? "two or more arguments" : b.arity() + " argument" + (b.arity() == 1 ? "" : "s"))
                    + ", got " + a.args().size(), null);
        }
        List<Term> args = new ArrayList<>();
        for (Expr arg : a.args()) {
            args.add(expr(arg));
        }
        return new Term.BuiltinCall(a.span(), b, args);
    }

    // ---- cases, indicators, comparisons ------------------------------------------------------

    private static Term.CompareOp compareOp(dev.eqc.compiler.ast.RelOp op) {
        return switch (op) {
            case LT -> Term.CompareOp.LT;
            case GT -> Term.CompareOp.GT;
            case LE -> Term.CompareOp.LE;
            case GE -> Term.CompareOp.GE;
            case EQ -> Term.CompareOp.EQ;
            case NE -> Term.CompareOp.NE;
            default -> null;
        };
    }

    /** {@code \begin{cases} a & \text{if } c \\ b & \text{otherwise} \end{cases}}, as nested selections. */
    private Term cases(Expr.Cases c) {
        List<Expr.Case> rows = c.rows();
        Expr.Case last = rows.get(rows.size() - 1);
        Term result;
        int conditional = rows.size();
        if (last.condition() == null) {
            result = expr(last.value());
            conditional--;
        } else {
            Diagnostic.of(Code.W0102, r.source, c.span(), "these cases have no `otherwise` row; eqc uses 0 where no condition holds")
                    .caret("no otherwise")
                    .help("add a last row `0 & \\text{otherwise}` to say so")
                    .report(r.diagnostics);
            result = new Term.Literal(c.span(), 0.0);
        }
        for (int i = conditional - 1; i >= 0; i--) {
            Expr.Case row = rows.get(i);
            if (row.condition() == null) {
                return unsupported(row.span(), "only the last row of cases may be `otherwise`");
            }
            result = new Term.Where(c.span(), expr(row.condition()), expr(row.value()), result);
        }
        return result;
    }

    /** {@code \mathbb{1}[x > 0]} or {@code \mathbb{1}_{x > 0}}: 1 where the condition holds. */
    private Term indicator(Expr condition, Span at) {
        Term t = expr(condition);
        if (t instanceof Term.Compare) {
            return t;
        }
        return new Term.Compare(at, Term.CompareOp.NE, t, new Term.Literal(at, 0.0));
    }

    /** The last-axis built-in an operator names ({@code \\mathrm{softmax}}, {@code \\mathbb{E}}), or null. */
    private Builtin axisBuiltin(Expr op) {
        if (op instanceof Expr.Sym s && s.sup() == null) {
            if (s.kind() == SymKind.BB && s.base().equals("E")) {
                return Builtin.MEAN;
            }
            if (s.kind() == SymKind.WORD || s.kind() == SymKind.LETTERS || s.kind() == SymKind.COMMAND) {
                Builtin b = Builtin.lookup(s.base()).orElse(null);
                if (b != null && (b.kind() == Builtin.Kind.LAST_AXIS || b.kind() == Builtin.Kind.REDUCE_LAST)) {
                    return b;
                }
            }
        }
        return null;
    }

    /**
     * {@code op} applied along the axis {@code under} names: a dimension symbol gives an
     * {@link Term.AlongAxis}; an index variable in scope ({@code \\mathrm{softmax}_j(e_{ij})})
     * normalises over that index, written with a log-sum-exp over a fresh copy of it.
     */
    private Term axisForm(Span at, Expr op, Expr under, Expr argument) {
        Builtin b = axisBuiltin(op);
        if (b == null || !(under instanceof Expr.Sym u) || u.sup() != null) {
            return unsupported(at, "an axis form is softmax, mean, Var, logsumexp, sum or \\mathbb{E} with a dimension"
                    + " or an index under it");
        }
        IndexVar index = u.sub() == null ? indexVar(u.base()) : null;
        if (index != null) {
            if (b != Builtin.SOFTMAX && b != Builtin.LOG_SOFTMAX && b != Builtin.SUM && b != Builtin.MEAN) {
                return unsupported(at, "over an index, eqc computes softmax, log-softmax, sum and mean");
            }
            Term x = expr(argument);
            IndexVar fresh = new IndexVar(index.name() + "'", index.span(), index.lower(), index.upper(), List.of());
            Term copy = IndexRenamer.rename(x, index, fresh);
            return switch (b) {
                case SUM -> new Term.Reduce(at, Term.ReduceOp.SUM, fresh, copy);
                case MEAN -> new Term.Arith(at, at, Term.ArithOp.DIV, new Term.Reduce(at, Term.ReduceOp.SUM, fresh, copy),
                        new Term.Reduce(at, Term.ReduceOp.SUM, fresh, new Term.Literal(at, 1.0)));
                default -> {
                    Term logProb = new Term.Arith(at, at, Term.ArithOp.SUB, x,
                            new Term.Reduce(at, Term.ReduceOp.LOGSUMEXP, fresh, copy));
                    yield b == Builtin.SOFTMAX ? new Term.BuiltinCall(at, Builtin.EXP, List.of(logProb)) : logProb;
                }
            };
        }
        String dim = NameKeys.withSub(u);
        return new Term.AlongAxis(at, b, expr(argument), dim);
    }

    private boolean isExpectation(Expr e) {
        return e instanceof Expr.Sym s && s.kind() == SymKind.BB && s.base().equals("E") && s.bare()
                && lookupQuiet(NameKeys.full(s)) == null;
    }

    private static boolean isIndicator(Expr e) {
        return e instanceof Expr.Sym s && (s.kind() == SymKind.BB || s.kind() == SymKind.WORD)
                && s.base().equals("1") && s.sup() == null;
    }

    // ---- index notation (SPEC 3.4) ----------------------------------------------------------

    private IndexVar indexVar(String name) {
        java.util.Iterator<IndexVar> it = indexScope.descendingIterator();
        while (it.hasNext()) {
            IndexVar v = it.next();
            if (v.name().equals(name)) {
                return v;
            }
        }
        return null;
    }

    /** The index variables a subscript names, when every symbol in it is one (SPEC 2.3). */
    private List<IndexVar> indicesOf(Expr.Sym s) {
        List<String> letters = IndexLetters.of(s.sub());
        if (letters == null || indexScope.isEmpty()) {
            return null;
        }
        List<IndexVar> out = new ArrayList<>();
        for (String letter : letters) {
            IndexVar v = indexVar(letter);
            if (v == null) {
                return null;
            }
            out.add(v);
        }
        return out;
    }

    /** {@code \sum_{j}}, {@code \sum_{j=1}^{n}}, {@code \sum_{j \ne i}}, {@code \max_i}, {@code \arg\max_i}. */
    private Term reduction(Expr.BigOp b) {
        Expr.Sym op = b.operator();
        Term.ReduceOp kind = switch (op.base()) {
            case "\\sum" -> Term.ReduceOp.SUM;
            case "\\prod" -> Term.ReduceOp.PROD;
            case "\\max", "\\sup" -> Term.ReduceOp.MAX;
            case "\\min", "\\inf" -> Term.ReduceOp.MIN;
            case "\\argmax" -> Term.ReduceOp.ARGMAX;
            case "\\argmin" -> Term.ReduceOp.ARGMIN;
            default -> null;
        };
        List<String> several = IndexLetters.of(op.sub());
        if (kind == Term.ReduceOp.SUM && op.sup() == null && several != null && several.size() > 1) {
            // \sum_{b,h,w} x = \sum_b \sum_h \sum_w x
            List<IndexVar> vars = new ArrayList<>();
            for (String letter : several) {
                IndexVar v = new IndexVar(letter, op.sub().span(), null, null, List.of());
                vars.add(v);
                indexScope.addLast(v);
            }
            Term body = expr(b.body());
            for (int k = vars.size() - 1; k >= 0; k--) {
                indexScope.removeLast();
                body = new Term.Reduce(b.span(), Term.ReduceOp.SUM, vars.get(k), body);
            }
            return body;
        }
        if (kind == null || op.sub() == null || op.sub().items().size() != 1) {
            return unsupported(op.span(), "write the index under the operator, like `\\sum_{j}` or `\\sum_{j=1}^{n}`");
        }
        Expr under = op.sub().single();
        String name;
        Span at;
        Term lower = null;
        List<IndexVar> excluded = new ArrayList<>();
        if (under instanceof Expr.Sym v && isIndexName(v)) {
            name = v.base() + "'".repeat(v.primes());
            at = v.span();
        } else if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && (rel.op() == dev.eqc.compiler.ast.RelOp.EQ || rel.op() == dev.eqc.compiler.ast.RelOp.NE)) {
            name = v.base() + "'".repeat(v.primes());
            at = v.span();
            if (rel.op() == dev.eqc.compiler.ast.RelOp.EQ) {
                Double start = ConstantFolder.fold(expr(rel.right()));
                if (start == null || (start != 0.0 && start != 1.0)) {
                    return unsupported(rel.right().span(), "sums start at 0 or 1; shift the index instead");
                }
                lower = new Term.Literal(rel.right().span(), start);
            } else {
                IndexVar other = rel.right() instanceof Expr.Sym o && o.bare() ? indexVar(o.base()) : null;
                if (other == null) {
                    return unsupported(rel.right().span(), "`\\ne` compares with an index variable in scope");
                }
                excluded.add(other);
            }
        } else {
            return unsupported(under.span(), "write the index under the operator, like `\\sum_{j}` or `\\sum_{j=1}^{n}`");
        }
        Term upper = null;
        if (op.sup() != null) {
            if (lower == null) {
                return unsupported(op.sup().span(), "an upper limit needs a lower one, like `\\sum_{j=1}^{n}`");
            }
            upper = limit(op.sup());
        } else if (lower != null) {
            return unsupported(op.span(), "a lower limit needs an upper one, like `\\sum_{j=1}^{n}`");
        }
        if (kind == Term.ReduceOp.PROD || kind == Term.ReduceOp.MAX || kind == Term.ReduceOp.MIN
                || kind == Term.ReduceOp.ARGMAX || kind == Term.ReduceOp.ARGMIN) {
            if (!excluded.isEmpty()) {
                return unsupported(under.span(), "`\\ne` is supported under `\\sum`");
            }
        }
        IndexVar var = new IndexVar(name, at, lower, upper, excluded);
        indexScope.addLast(var);
        Term body = expr(b.body());
        indexScope.removeLast();
        return new Term.Reduce(b.span(), kind, var, body);
    }

    /** A letter that can name an index: {@code j}, {@code t'}, {@code \\ell}. */
    private static boolean isIndexName(Expr.Sym v) {
        return v.sub() == null && v.sup() == null && v.accent() == null
                && (v.kind() == SymKind.LETTERS || v.kind() == SymKind.COMMAND);
    }

    /** An upper limit: a number, or a dimension (an undeclared symbol becomes one). */
    private Term limit(dev.eqc.compiler.ast.Script sup) {
        if (sup.items().size() == 1 && sup.single() instanceof Expr.Sym s && s.sup() == null
                && lookupQuiet(NameKeys.full(s)) == null && !isSplittableRun(s)) {
            r.dimSymbols.add(NameKeys.withSub(s));
        }
        return script(sup);
    }

    // ---- errors --------------------------------------------------------------------------

    private Term unsupported(Span span, String help) {
        return error(Code.E0103, span, "not supported yet: `" + r.source.slice(span) + "`", help);
    }

    private Term error(Code code, Span span, String message, String help) {
        Diagnostic.of(code, r.source, span, message).help(help).report(r.diagnostics);
        return new Term.Literal(span, Double.NaN);
    }
}
