package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions a paper applies but never defines (docs/LANGUAGE.md, Functions): a sub-layer
 * {@code \mathop{G}_l(x_l, \theta_l)}, a residual branch {@code \mathcal{F}(x, \{W_i\})}, a router {@code h(x)_i},
 * a critic {@code V(s')}, a policy {@code \pi_\theta(a_t \mid s_t)} declared as the probabilities of the actions
 * taken. Such an application is the value of the function there: an input of the file, named as printed,
 * whose arguments are not computed (W0190). One input per distinct argument text, so {@code D(x)} and
 * {@code D(G(z))} are two values. A name declared as a tensor ({@code \pi_\theta \in \mathbb{R}^{T}}) holds the
 * values of the function: its applications read it, element by element when the arguments carry indices in
 * scope ({@code a_t}, {@code s_t}: element {@code t}).
 */
final class AppliedValues {
    private final BodyResolver body;
    private final FileScope file;

    AppliedValues(BodyResolver body) {
        this.body = body;
        this.file = body.file;
    }

    /** The arguments of {@code a} as printed, spacing removed, separated by commas: the identity of the value. */
    static String argumentText(SourceFile source, Expr.Apply a) {
        return argumentText(source, a, java.util.Set.of());
    }

    /**
     * As {@link #argumentText(SourceFile, Expr.Apply)}, with every bare name in {@code masked} (the parameters of
     * the function being defined, the indices of its sums) written {@code ·}: {@code A(s, a; \theta)} and {@code
     * A(s, a'; \theta)} under {@code \sum_{a'}} apply {@code A} to the same arguments up to the action.
     */
    static String argumentText(SourceFile source, Expr.Apply a, java.util.Set<String> masked) {
        List<String> out = new ArrayList<>();
        for (Expr arg : a.args()) {
            StringBuilder text = new StringBuilder(source.slice(arg.span()));
            List<Expr.Sym> names = new ArrayList<>();
            SubscriptForms.walk(arg, e -> {
                if (e instanceof Expr.Sym s && s.sub() == null && s.sup() == null && s.accent() == null
                        && masked.contains(s.base() + "'".repeat(s.primes()))) {
                    names.add(s);
                }
            });
            names.sort((x, y) -> Integer.compare(y.span().start(), x.span().start()));
            for (Expr.Sym s : names) {
                int from = s.span().start() - arg.span().start();
                int to = s.span().end() - arg.span().start();
                if (from >= 0 && to <= text.length() && from <= to) {
                    text.replace(from, to, "\u00b7");
                }
            }
            out.add(unsized(text.toString()).replaceAll("\\s+", ""));
        }
        return String.join(",", out);
    }

    /** The arguments of {@code a} as printed, for messages and the input's name. */
    private String printedArguments(Expr.Apply a) {
        return printedArguments(file.source, a);
    }

    private static String printedArguments(SourceFile source, Expr.Apply a) {
        return String.join(", ", a.args().stream().map(e -> unsized(source.slice(e.span())).trim()).toList());
    }

    /**
     * {@code k(\mathbf{x}_*, \mathbf{x}_*) \in \mathbb{R}} (Rasmussen &amp; Williams), {@code \mathbf{x}(0) \in
     * \mathbb{R}^{d}} (Song et al.), {@code \mathrm{SA}(\eta(x_l)) \in \mathbb{R}^{d}} (CaiT): the value of a function
     * the file does not define, at the arguments written, declared with its shape: the input that reads of it
     * are (its arguments are not computed).
     */
    static void declare(FileScope file, Expr.Apply declared, List<dev.eqc.compiler.term.Dim> dims) {
        // \pi_\theta(y_w \mid x) \in \mathbb{R}^{B} (DPO): the bar separates arguments, as at the uses.
        Expr.Apply a = declared.withConditionsAsArguments();
        Expr.Sym callee = (Expr.Sym) a.callee();
        String function = file.source.slice(callee.span()).trim();
        String key = NameKeys.full(callee) + "(" + argumentText(file.source, a) + ")";
        file.noteConditionalForm(key, writtenConditional(file.source, declared), declared.span());
        Input existing = file.input(key);
        if (existing != null) {
            if (existing.dims() != null && !existing.dims().equals(dims)) {
                Diagnostic.of(Code.E0109, file.source, a.span(), "`" + key + "` is declared twice with different shapes")
                        .caret("declared here as " + dims)
                        .label(existing.span(), "first declared here as " + existing.dims())
                        .report(file.diagnostics);
            }
            return;
        }
        file.markDeclared(key);
        file.noteAppliedSpelling(NameKeys.full(callee), function);
        file.appliedInput(key, function + opening(file.source, a) + printedArguments(file.source, declared)
                + closing(file.source, a), JavaNames.of(callee, true)
                + "_of_" + javaWords(file.source, a), a.span(), new Input.Applied(function,
                printedArguments(file.source, declared)), dims);
    }

    /**
     * The bracket a value's arguments are printed in: square when the paper wrote them so (Prince's {@code
     * \\mathrm{f}[\\mathbf{x}_i, \\boldsymbol\\phi]}), so the run asks for the value as printed; else a parenthesis.
     */
    static String opening(dev.eqc.compiler.source.SourceFile source, Expr.Apply a) {
        return squareArguments(source, a) ? "[" : "(";
    }

    static String closing(dev.eqc.compiler.source.SourceFile source, Expr.Apply a) {
        return squareArguments(source, a) ? "]" : ")";
    }

    private static boolean squareArguments(dev.eqc.compiler.source.SourceFile source, Expr.Apply a) {
        return a.argsSpan() != null && source.slice(a.argsSpan()).strip().startsWith("[");
    }

    /** {@code G\left(z\right)} as {@code G(z)}: sizing commands do not change the value named. */
    static String unsized(String latex) {
        // \, \; \! and \quad are spacing, as sizing is: F_\theta\big(c_{in}(\sigma)\,\boldsymbol{x}; …\big) (EDM).
        return latex.replaceAll("\\\\(left|right|bigg|Bigg|big|Big)[lr]?\\s*(?=[(\\[|.)\\]]|\\\\[{}|])", "")
                .replaceAll("\\\\[,;:!>]|\\\\q?quad(?![a-zA-Z])", " ");
    }

    /**
     * Whether {@code a} applies a name that is neither defined, nor bound, nor built in (the caller has ruled
     * those out) as a function: several arguments always; one argument when it is a name or an application
     * ({@code h(x)}, {@code V(s')}, {@code D(G(z))}), not an expression ({@code \lambda(a - b)} multiplies).
     */
    boolean readsAsUndefined(Expr.Apply a, Expr.Sym callee) {
        String key = NameKeys.full(callee);
        if (file.definition(key) != null || body.names.isBound(key) || body.scope.param(key) != null
                || callee.kind() == SymKind.BB || CallResolver.isIndicator(callee)
                || callee.kind() == SymKind.COMMAND && !GreekLetters.isLetter(callee.base())
                && !callee.base().equals("\\ell")) {
            // \hat(…), \nabla(…): a command that is no letter names no function (E0101 says so).
            return false;
        }
        if (a.args().size() >= 2) {
            return true;
        }
        if (inverseOrTransposeOfValue(callee)) {
            // 3D Gaussian splatting's G(x) = e^{-\frac{1}{2}(x)^T \Sigma^{-1}(x)} with \Sigma a declared matrix: the
            // inverse (or transpose) of a value times the parenthesis, as \Sigma^{-1}(x - \mu) is; it was the value
            // of an undefined function \Sigma^{-1} at x (E0192).
            return false;
        }
        Expr arg = a.args().get(0);
        return arg instanceof Expr.Sym s && !(s.kind() == SymKind.COMMAND && s.base().startsWith("\\")
                && !GreekLetters.isLetter(s.base()) && s.bare())
                || arg instanceof Expr.Apply || arg instanceof Expr.Relation r && r.op() == dev.eqc.compiler.ast.RelOp.EQ;
    }

    /**
     * Whether {@code callee} is {@code A^{-1}} or {@code A^T} (any transpose mark) of a name bound to a value here (a
     * declared input, a parameter, a value the file defines), not of a function.
     */
    private boolean inverseOrTransposeOfValue(Expr.Sym callee) {
        if (callee.sup() == null || !callee.sup().isSingle() || !(callee.sup().key().equals("-1")
                || dev.eqc.compiler.ast.Script.TRANSPOSE_MARKS.contains(callee.sup().key()))) {
            return false;
        }
        String bare = NameKeys.full(callee.withScripts(callee.span(), callee.sub(), null, callee.primes()));
        Binding b = body.names.find(bare);
        return b instanceof Binding.InputName || b instanceof Binding.ParamName
                || b instanceof Binding.DefinitionName d && !d.definition().function();
    }

    /**
     * Whether every argument of {@code a} is a number: a numeral, a declared scalar, an undeclared name already read
     * as one, a dimension, or a name nothing binds (notation for what the value depends on: {@code y_w}, {@code x} in
     * {@code \pi_\theta(y_w \mid x)}). A parameter, a defined value, an index or any expression may be a tensor.
     */
    private boolean ofNumbers(Expr.Apply a) {
        for (Expr arg : a.withConditionsAsArguments().args()) {
            if (arg instanceof Expr.Num) {
                continue;
            }
            if (!(arg instanceof Expr.Sym s) || s.accent() != null && !s.accent().isEmpty()) {
                return false;
            }
            String key = NameKeys.full(s);
            if (body.scope.indexVar(s.base() + "'".repeat(s.primes())) != null || body.scope.indexVar(key) != null) {
                return false;
            }
            Binding b = body.names.find(key);
            Input sameName = file.input(key);
            // DPO's r_\theta(x, y) = \beta \log \frac{\pi_\theta(y \mid x)}{\pi_{ref}(y \mid x)}: a parameter with no
            // shape of its own, naming no tensor of the file, is notation for a number here too
            boolean number = b == null || b instanceof Binding.DimensionName || b instanceof Binding.DefinedDimension
                    || b instanceof Binding.InputName in && !in.input().isApplied()
                    && (in.input().dims() == null ? !in.input().declared() : in.input().dims().isEmpty())
                    || b instanceof Binding.ParamName pn && (pn.param().declaration() == null
                    || pn.param().declaration().dims() != null && pn.param().declaration().dims().isEmpty())
                    && (sameName == null || sameName.dims() != null && sameName.dims().isEmpty());
            if (!number) {
                return false;
            }
        }
        return !a.args().isEmpty();
    }

    /**
     * Whether {@code a}'s arguments are written with the bar of a conditional ({@code p(y|x)}, {@code p(y \mid x)}):
     * one {@code |}, or a {@code \mid} or {@code \vert}, outside any bracket of the arguments.
     */
    static boolean writtenConditional(SourceFile source, Expr.Apply a) {
        // the span may hold the parentheses, sized or not: \left( y \middle| x \right)
        String text = source.slice(a.argsSpan()).strip().replaceAll("^\\\\(left|bigg|Bigg|big|Big)l?(?![a-zA-Z])", "")
                .replaceAll("\\\\(right|bigg|Bigg|big|Big)r?(?![a-zA-Z])\\s*(?=[)\\]]$)", "");
        int depth = 0;
        if (text.startsWith("(") && text.endsWith(")") || text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        int bars = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (depth == 0 && (text.startsWith("\\mid", i) && !text.startsWith("\\middle", i)
                        || text.startsWith("\\vert", i))) {
                    return true;
                }
                i++;   // \| (a norm), \{ and other escapes
                continue;
            }
            depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
            bars += depth == 0 && c == '|' ? 1 : 0;
        }
        return bars == 1;
    }

    /** The value of an undefined function at {@code a}: an input named as printed (W0190 comes with its shape). */
    Term undefined(Expr.Apply a, Expr.Sym callee) {
        file.noteConditionalForm(NameKeys.full(callee) + "(" + argumentText(file.source, a) + ")",
                writtenConditional(file.source, a), a.span());
        Term written = declaredAtIndexedArguments(a, callee);
        if (written != null) {
            return written;
        }
        Term entry = declaredAtPlainArguments(a, callee);
        if (entry != null) {
            return entry;
        }
        Term selected = elementOfDeclaredValues(a, callee);
        if (selected != null) {
            return selected;
        }
        Term picked = declaredAtPickedArgument(a, callee);
        if (picked != null) {
            return picked;
        }
        String function = file.source.slice(callee.span()).trim();
        String key = NameKeys.full(callee) + "(" + argumentText(file.source, a) + ")";
        String latex = function + opening(file.source, a) + printedArguments(a) + closing(file.source, a);
        noteParameters(a, latex);
        Input in = file.appliedInput(key, latex, JavaNames.of(callee, true) + "_of_" + javaWords(a), a.span(),
                new Input.Applied(function, printedArguments(a), ofNumbers(a)), null);
        // D(x^{(i)}) inside \sum_i: the value at each i, so the input has an axis per index the arguments carry;
        // r_t(\theta) under \mathbb{E}_t, a function named for the step t: the value at each t.
        List<IndexVar> indices = indicesInName(callee, in);
        for (IndexVar v : indicesIn(a)) {
            if (!indices.contains(v)) {
                indices.add(v);
            }
        }
        body.readsUndefinedFunctions = true;
        Term ref = body.names.inputRef(a.span(), in);
        if (indices.isEmpty()) {
            return ref;
        }
        List<Integer> at = argumentAxes(a, in, indices);
        if (at == null || at.equals(java.util.stream.IntStream.range(0, indices.size()).boxed().toList())) {
            return new Term.Index(a.span(), ref, indices);
        }
        if (in.dims().size() == 2 && at.equals(List.of(1))) {
            // \max_{a'} Q_{\phi}(s',a') with Q_{\phi}(s',a') \in \mathbb{R}^{B \times n_a} declared (Spinning Up's
            // Bellman error): a' is the second argument, so it runs along the second axis, the column; was the
            // first axis, silently (a max over the batch).
            return new Term.Index(a.span(), new Term.Transpose(a.span(), ref), indices);
        }
        return body.error(Code.E0354, a.span(), "`" + file.source.slice(a.span()).trim() + "` is declared with an axis"
                        + " per argument, and the index" + (indices.size() == 1 ? " `" : "es `") + String.join("`, `",
                        indices.stream().map(IndexVar::name).toList()) + "` stand" + (indices.size() == 1 ? "s" : "")
                        + " at a later argument than the first: eqc reads an index in the arguments along the leading"
                        + " axes only", "declare the values with the indexed axis first, or write the element with a"
                        + " subscript, like `Q_{b, a'}`");
    }

    /**
     * The axis of the declared {@code in} each of {@code indices} runs along when {@code in} has one axis per
     * argument of {@code a} and each index is a whole argument ({@code Q(s', a')} under {@code \max_{a'}}: axis 1);
     * null otherwise (the indices read the leading axes, as {@code D(x^{(i)})} under {@code \sum_i} does).
     */
    private List<Integer> argumentAxes(Expr.Apply a, Input in, List<IndexVar> indices) {
        if (!in.declared() || in.dims() == null || in.dims().size() != a.args().size() || indices.size() >= in.dims().size()) {
            return null;
        }
        if (file.source.slice(a.argsSpan()).matches("(?s).*(\\\\mid|\\\\vert|\\|).*")) {
            // p(y|\mathbf{x}) \in \mathbb{R}^{N \times K} under \mathbb{E}_{\mathbf{x}} (the inception score): a
            // conditional lays its conditions first (W0256), so x is the leading axis, as before.
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (IndexVar v : indices) {
            int found = -1;
            for (int k = 0; k < a.args().size(); k++) {
                if (a.args().get(k) instanceof Expr.Sym s && s.sub() == null && s.sup() == null && s.accent() == null
                        && !body.names.isBound(NameKeys.full(s)) && body.scope.indexVar(s.base() + "'".repeat(s.primes())) == v) {
                    found = k;
                }
            }
            if (found < 0) {
                return null;
            }
            out.add(found);
        }
        return out;
    }

    /**
     * Ring loss's {@code \|\mathcal{F}(x_i)\|_2} with {@code \mathcal{F}(x) \in \mathbb{R}^{m \times d}} declared, EGNN's
     * {@code \phi_x(m_{ij})} beside {@code \phi_x(m) \in \mathbb{R}^{M \times M}}, MPNN's {@code A(e_{vw})} beside {@code
     * A(e) \in \mathbb{R}^{n \times n \times d \times d}}: the file declares the values of the function at the plain
     * argument, one per sample, and reads them at the same argument subscripted by indices in scope. That is the
     * element (row, block) at those indices, in the order the arguments carry them (W0392). It was a new input named
     * {@code \mathcal{F}(x_i)} that no option could give. Null when this is not the case.
     */
    private Term declaredAtPlainArguments(Expr.Apply a, Expr.Sym callee) {
        if (file.wasDeclared(NameKeys.full(callee) + "(" + argumentText(file.source, a) + ")")) {
            return null; // Q(s_i, a_i) \in \mathbb{R}^{N} declared as written: that input
        }
        List<IndexVar> indices = new ArrayList<>();
        List<IndexVar> carriedAll = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        boolean stripped = false;
        for (Expr arg : a.args()) {
            String text = file.source.slice(arg.span());
            Expr.Sym inner = arg instanceof Expr.Sym ? null : indexedInside(arg);
            if (inner != null) {
                // FixMatch's p_\theta(y \mid \mathcal{A}_\text{strong}(\mathbf{u}_b)) beside p_\theta(y \mid
                // \mathcal{A}_\text{strong}(\mathbf{u})) declared: the one indexed name inside the argument.
                IndexVar v = body.scope.indexVar(NameKeys.full((Expr.Sym) inner.sub().single()));
                carriedAll.add(v);
                if (!indices.contains(v)) {
                    indices.add(v);
                }
                text = file.source.slice(new dev.eqc.compiler.source.Span(arg.span().start(), inner.sub().span().start()))
                        .replaceAll("_\\s*\\{?\\s*$", "")
                        + file.source.slice(new dev.eqc.compiler.source.Span(inner.sub().span().end(), arg.span().end()))
                                .replaceAll("^\\s*\\}", "");
                stripped = true;
            } else if (arg instanceof Expr.Sym s && s.sub() == null && s.sup() != null && s.sup().isSingle()
                    && s.sup().single() instanceof Expr.Group g && g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN
                    && g.items().size() == 1 && g.items().get(0) instanceof Expr.Sym k && k.bare()
                    && !body.names.isBound(NameKeys.full(k)) && body.scope.indexVar(NameKeys.full(k)) != null) {
                // Weng's sparse autoencoder, a_j^{(l)}(\mathbf{x}^{(i)}) beside a^{(l)}(\mathbf{x}) \in \mathbb{R}^{n \times
                // s_l}: the i-th example, its row
                IndexVar v = body.scope.indexVar(NameKeys.full(k));
                carriedAll.add(v);
                if (!indices.contains(v)) {
                    indices.add(v);
                }
                text = file.source.slice(new dev.eqc.compiler.source.Span(arg.span().start(), s.sup().span().start()))
                        .replaceAll("\\^\\s*\\{?\\s*$", "");
                stripped = true;
            } else if (arg instanceof Expr.Sym s && s.sub() != null) {
                // m_{ij}, e_{vw}: one letter per index in scope (a run of letters is one symbol to the parser)
                String sub = file.source.slice(s.sub().span()).replaceAll("[{}\\s,]", "");
                List<IndexVar> carried = new ArrayList<>();
                for (int at = 0; at < sub.length(); at++) {
                    char c = sub.charAt(at);
                    String letter = String.valueOf(c);
                    while (at + 1 < sub.length() && sub.charAt(at + 1) == '\'') {
                        // CS285's reward to go, r(\mathbf{s}_{i,t'}, \mathbf{a}_{i,t'}) under \sum_{t'=t}^{T}: t' is one index
                        letter += "'";
                        at++;
                    }
                    IndexVar v = Character.isLetter(c) && !body.names.isBound(letter) ? body.scope.indexVar(letter) : null;
                    if (v == null) {
                        carried = null;
                        break;
                    }
                    carried.add(v);
                }
                if (carried != null && !carried.isEmpty()) {
                    carriedAll.addAll(carried);
                    for (IndexVar v : carried) {
                        if (!indices.contains(v)) {
                            indices.add(v);
                        }
                    }
                    text = file.source.slice(new dev.eqc.compiler.source.Span(arg.span().start(), s.sub().span().start()))
                            .replaceAll("_\\s*\\{?\\s*$", "");
                    if (s.sup() != null && s.sup().span().start() >= s.sub().span().end()) {
                        // FaceNet's f(x_i^a) beside f(x^a): the label written after the index stays in the name.
                        text += file.source.slice(new dev.eqc.compiler.source.Span(s.sub().span().end(), arg.span().end()))
                                .replaceAll("^\\s*\\}", "");
                    }
                    stripped = true;
                }
            }
            parts.add(unsized(text).replaceAll("\\s+", ""));
        }
        String key = NameKeys.full(callee) + "(" + String.join(",", parts) + ")";
        Input values = stripped && !indices.isEmpty() && file.wasDeclared(key) ? file.input(key) : null;
        if (values == null && stripped && !indices.isEmpty()) {
            values = declaredWithLetters(key, indices.size(), a);
        }
        if (values == null && stripped && !indices.isEmpty() && callee.sub() != null && callee.sub().isSingle()
                && callee.sub().single() instanceof Expr.Sym unit && unit.bare() && !body.names.isBound(NameKeys.full(unit))
                && body.scope.indexVar(NameKeys.full(unit)) != null
                && (callee.sup() == null || callee.sup().span().start() > callee.sub().span().start()
                        || callee.sup().span().end() <= callee.sub().span().start())) {
            // a_j^{(l)}(\mathbf{x}^{(i)}): the unit j on the function's name, after the sample's index
            String plain = NameKeys.full(callee.withScripts(callee.span(), null, callee.sup(), callee.primes()))
                    + "(" + String.join(",", parts) + ")";
            Input unitValues = file.wasDeclared(plain) ? file.input(plain) : null;
            IndexVar u = body.scope.indexVar(NameKeys.full(unit));
            if (unitValues != null && unitValues.dims() != null && unitValues.dims().size() == indices.size() + 1
                    && !indices.contains(u)) {
                values = unitValues;
                indices.add(u);
                carriedAll.add(u);
            }
        }
        if (values == null || values.dims() == null || values.dims().size() < indices.size()) {
            return null;
        }
        if (carriedAll.size() == values.dims().size() && carriedAll.size() > indices.size()) {
            // f(x_i, y_i) beside f(x, y) \in \mathbb{R}^{K \times K} (a critic's scores of every pairing, as in NWJ
            // and InfoNCE bounds): one index per axis, the same letter twice is the diagonal, as A_{ii} is; it was
            // row i, silently a vector where the paper means the K matched pairs.
            indices = carriedAll;
        }
        String names = String.join(", ", indices.stream().map(IndexVar::name).toList());
        boolean diagonal = indices.stream().distinct().count() < indices.size();
        String written = file.source.slice(a.span()).trim();
        String part = diagonal ? "the diagonal element" : values.dims().size() == indices.size() ? "element"
                : indices.size() == 1 ? "row" : "entry";
        Diagnostic.of(Code.W0392, file.source, a.span(), "`" + written + "` is read as " + part + " `" + names
                        + "` of the declared `" + values.latex() + "`: the index on the argument picks its sample")
                .caret(part + " " + names + " of " + values.latex())
                .help("write `" + values.latex() + "_{" + names + "}` to say so and silence this warning")
                .report(file.diagnostics);
        body.readsUndefinedFunctions = true;
        return new Term.Index(a.span(), body.names.inputRef(a.span(), values), indices);
    }

    /**
     * PRML's responsibilities {@code \gamma(z_{nk}) \in \mathbb{R}^{N \times K}}, declared as written, read as written
     * inside {@code \sum_{n=1}^{N}} with {@code k} the definition's index ({@code N_k = \sum_{n=1}^{N} \gamma(z_{nk})}):
     * the letters of the argument's subscript name the declared axes, one each in order, so the read is the element at
     * them (W0487). It was the whole matrix at every term (E0301, W0196). Only when every letter is an index in scope and
     * there are as many letters as declared axes. Null otherwise.
     */
    private Term declaredAtIndexedArguments(Expr.Apply a, Expr.Sym callee) {
        String key = NameKeys.full(callee) + "(" + argumentText(file.source, a) + ")";
        if (!file.wasDeclared(key)) {
            return null;
        }
        Input values = file.input(key);
        if (values == null || values.dims() == null || values.dims().size() < 2) {
            return null;
        }
        List<IndexVar> indices = new ArrayList<>();
        for (Expr arg : a.args()) {
            if (!(arg instanceof Expr.Sym s) || s.sup() != null || s.sub() == null) {
                return null;
            }
            List<String> letters = IndexLetters.of(s.sub());
            if (letters == null) {
                return null;
            }
            for (String l : letters) {
                IndexVar v = body.names.isBound(l) ? null : body.scope.indexVar(l);
                if (v == null || indices.contains(v)) {
                    return null;
                }
                indices.add(v);
            }
        }
        if (indices.size() != values.dims().size() || indices.size() == a.args().size()) {
            return null;   // one letter per argument, MPO's Q(s_j, a_i): the leading axes, read so already
        }
        String names = String.join(", ", indices.stream().map(IndexVar::name).toList());
        String written = file.source.slice(a.span()).trim();
        Diagnostic.of(Code.W0487, file.source, a.span(), "`" + written + "` is declared as written with "
                        + values.dims().size() + " axes and read where its argument's indices `" + names + "` are in"
                        + " scope: read as the element at `" + names + "`, one index per axis in the order written")
                .caret("element " + names)
                .help("declare the values as a tensor of their own and index it (`" + file.source.slice(callee.span()).trim()
                        + "_{" + String.join("", indices.stream().map(IndexVar::name).toList()) + "}`) to say so")
                .report(file.diagnostics);
        body.readsUndefinedFunctions = true;
        return new Term.Index(a.span(), body.names.inputRef(a.span(), values), indices);
    }

    /**
     * The one name inside {@code arg}, an expression, subscripted by a single index in scope and nothing else
     * ({@code \mathbf{u}_b} in {@code \mathcal{A}(\mathbf{u}_b)}), or null when there is none or more than one.
     */
    private Expr.Sym indexedInside(Expr arg) {
        Expr.Sym found = null;
        for (Expr n : IndexLetters.nodes(arg, false)) {
            if (n instanceof Expr.Sym s && s.sub() != null) {
                Expr item = s.sub().isSingle() ? s.sub().single() : null;
                if (s.sup() == null && item instanceof Expr.Sym letter && letter.bare()
                        && !body.names.isBound(NameKeys.full(letter)) && body.scope.indexVar(NameKeys.full(letter)) != null) {
                    if (found != null) {
                        return null;
                    }
                    found = s;   // names subscripted otherwise (\mathcal{A}_\text{strong}) are part of the argument
                }
            }
        }
        return found;
    }

    /**
     * Menon et al.'s {@code f_y(x)} beside {@code f(x) \in \mathbb{R}^{L}} and a label {@code y \in \{1, \dots,
     * L\}}, Zhang &amp; Sabuncu's {@code f_j(\boldsymbol{x})}, {@code f_{y'}(x)} under {@code \sum_{y'}}: the file
     * declares the values of the function at the argument written, and the subscript on the function's name is a
     * class label or an index in scope, one per declared axis. That is the element the subscript picks, as {@code
     * \pi_y} is of {@code \pi} (W0401); it was a new scalar input {@code f_y(x)} that no option could give. Null when
     * this is not the case (a subscripted spelling declared or defined itself keeps its own reading).
     */
    private Term elementOfDeclaredValues(Expr.Apply a, Expr.Sym callee) {
        if (callee.sub() == null || callee.accent() != null
                || callee.sup() != null && callee.sup().span().start() < callee.sub().span().start()) {
            return null;
        }
        String args = argumentText(file.source, a);
        if (file.wasDeclared(NameKeys.full(callee) + "(" + args + ")")) {
            return null;
        }
        Expr.Sym bare = callee.withScripts(callee.span(), null, callee.sup(), callee.primes());
        String key = NameKeys.full(bare) + "(" + args + ")";
        Input values = file.wasDeclared(key) ? file.input(key) : null;
        if (values == null && file.wasDeclared(NameKeys.full(bare)) && a.args().stream().allMatch(this::isNotation)) {
            // f \in \mathbb{R}^{c} declared (Zhang & Sabuncu's softmax output) and f_j(x) with x naming nothing:
            // the values of f at the sample x, which the argument only names.
            values = file.input(NameKeys.full(bare));
        }
        if (values == null || values.dims() == null || values.dims().size() != callee.sub().items().size()
                || values.labels() != null) {
            return null;
        }
        List<Input> labels = body.names.labelElements(callee.sub());
        List<IndexVar> indices = new ArrayList<>();
        if (labels == null) {
            for (Expr item : callee.sub().items()) {
                IndexVar v = item instanceof Expr.Sym s && s.sub() == null && s.sup() == null && s.accent() == null
                        && !body.names.isBound(NameKeys.full(s)) ? body.scope.indexVar(NameKeys.full(s)) : null;
                if (v == null) {
                    return null;
                }
                indices.add(v);
            }
        }
        String written = file.source.slice(a.span()).trim();
        String sub = file.source.slice(callee.sub().span()).trim().replaceAll("^_\\s*", "");
        String picks = sub.startsWith("{") ? sub.substring(1, sub.length() - 1).trim() : sub;
        Diagnostic.of(Code.W0401, file.source, a.span(), "`" + written + "` is read as element `" + picks
                        + "` of the declared `" + values.latex() + "`: the subscript on the function's name picks"
                        + " the element, as on a declared vector")
                .caret("element " + picks + " of " + values.latex())
                .help("write `" + values.latex() + "_{" + picks + "}` to say so and silence this warning")
                .report(file.diagnostics);
        body.readsUndefinedFunctions = true;
        Term ref = body.names.inputRef(a.span(), values);
        Span at = a.span();
        return labels != null ? body.names.gather(at, ref, callee.sub()) : new Term.Index(at, ref, indices);
    }

    /**
     * Van Hasselt et al.'s Double DQN target, {@code Q(S_{t+1}, \operatorname*{argmax}_a Q(S_{t+1}, a;
     * \boldsymbol{\theta}_t); \boldsymbol{\theta}'_t)} beside {@code Q(S_{t+1}, a; \boldsymbol{\theta}'_t) \in
     * \mathbb{R}^{A}} declared: the file declares the values at a bare letter {@code a}, one per action, and reads
     * them with an arg max over a letter (or a name defined as one, {@code a^*}, or a declared class label) in that
     * argument's place, the other arguments as declared. That is the element the arg max picks (W0418); it was a new
     * scalar input named for the whole argument, which no option could sensibly give. Null otherwise.
     */
    private Term declaredAtPickedArgument(Expr.Apply a, Expr.Sym callee) {
        String whole = NameKeys.full(callee) + "(" + argumentText(file.source, a) + ")";
        if (file.wasDeclared(whole) || a.args().size() < 2) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (Expr arg : a.args()) {
            texts.add(unsized(file.source.slice(arg.span())).replaceAll("\\s+", ""));
        }
        for (int k = 0; k < a.args().size(); k++) {
            Expr arg = a.args().get(k);
            boolean argMax = CallResolver.isArgMaxOverLetter(arg) || definedArgMax(arg);
            List<Input> label = argMax ? null : body.names.labelElements(new dev.eqc.compiler.ast.Script(arg.span(),
                    List.of(arg), texts.get(k)));
            if (!argMax && (label == null || label.get(0) == null)) {
                continue;
            }
            Input values = null;
            String letter = null;
            for (String key : file.inputKeys()) {
                Input in = file.input(key);
                if (!file.wasDeclared(key) || in == null || in.dims() == null || in.dims().size() != 1
                        || in.labels() != null) {
                    continue;
                }
                String prefix = NameKeys.full(callee) + "(" + String.join(",", texts.subList(0, k)) + (k > 0 ? "," : "");
                String suffix = (k + 1 < texts.size() ? "," : "") + String.join(",", texts.subList(k + 1, texts.size())) + ")";
                if (key.length() > prefix.length() + suffix.length() && key.startsWith(prefix) && key.endsWith(suffix)) {
                    String middle = key.substring(prefix.length(), key.length() - suffix.length());
                    if (middle.matches("[A-Za-z]'*") && !file.hasInput(middle) && file.definition(middle) == null) {
                        if (values != null) {
                            return null;   // two declarations fit: eqc cannot tell which one is read
                        }
                        values = in;
                        letter = middle;
                    }
                }
            }
            if (values == null || argMax && !sameAxis(arg, callee, values)) {
                continue;
            }
            String written = file.source.slice(a.span()).trim();
            String at = file.source.slice(arg.span()).trim();
            Diagnostic.of(Code.W0418, file.source, a.span(), "`" + written + "` is read as the element of the declared `"
                            + values.latex() + "` at `" + at + "`: the argument in the place of `" + letter
                            + "` picks one of its values" + (argMax ? ", counted from 0 as the arg max's position is" : ""))
                    .caret("element of " + values.latex())
                    .help("declare `" + written + " \\in \\mathbb{R}` to give that value as an input of its own")
                    .report(file.diagnostics);
            body.readsUndefinedFunctions = true;
            Term ref = body.names.inputRef(a.span(), values);
            if (label != null) {
                return body.names.gather(a.span(), ref, new dev.eqc.compiler.ast.Script(arg.span(), List.of(arg), texts.get(k)));
            }
            IndexVar c = new IndexVar(IndexVar.CLASSES, arg.span(), null, null, List.of());
            Term eq = new Term.Compare(arg.span(), Term.CompareOp.EQ, body.expr(arg), new Term.IndexValue(arg.span(), c));
            return new Term.Reduce(a.span(), Term.ReduceOp.SUM, c, new Term.Where(a.span(), eq,
                    new Term.Index(a.span(), ref, List.of(c)), new Term.Literal(a.span(), 0.0)));
        }
        return null;
    }

    /**
     * Whether the arg max {@code arg} (written in place, or the name defined as one) runs over values of {@code callee}
     * declared with the same axis as {@code values}: {@code \arg\max_a Q(s, a; \theta)} with {@code Q(s, a; \theta)}
     * and {@code Q(s, a; \theta')} both in {@code \mathbb{R}^{A}}. Declared with other sizes, a position past the end
     * would pick nothing, silently, so the reading is not taken.
     */
    private boolean sameAxis(Expr arg, Expr.Sym callee, Input values) {
        Expr argMax = arg;
        if (definedArgMax(arg)) {
            argMax = file.definition(NameKeys.full((Expr.Sym) arg)).rhs();
        }
        boolean[] same = {false};
        boolean[] other = {false};
        SubscriptForms.walk(argMax, e -> {
            if (e instanceof Expr.Apply inner && inner.callee() instanceof Expr.Sym f
                    && NameKeys.full(f).equals(NameKeys.full(callee))) {
                String key = NameKeys.full(f) + "(" + argumentText(file.source, inner.withConditionsAsArguments()) + ")";
                Input in = file.wasDeclared(key) ? file.input(key) : null;
                if (in != null && in.dims() != null && in.dims().equals(values.dims())) {
                    same[0] = true;
                } else {
                    other[0] = true;
                }
            }
        });
        return same[0] && !other[0];
    }

    /** A plain name the file defines as an arg max over a letter ({@code a^* = \arg\max_a Q(s, a)}). */
    private boolean definedArgMax(Expr arg) {
        if (!(arg instanceof Expr.Sym s)) {
            return false;
        }
        PendingDefinition p = file.definition(NameKeys.full(s));
        return p != null && p.params().isEmpty() && CallResolver.isArgMaxOverLetter(p.rhs());
    }

    /** An argument that only names what a value is of: a plain name the file neither declares, defines nor binds. */
    private boolean isNotation(Expr arg) {
        if (!(arg instanceof Expr.Sym s) || s.sub() != null || s.sup() != null) {
            return false;
        }
        String key = NameKeys.full(s);
        return !file.hasInput(key) && !file.wasDeclared(key) && file.definition(key) == null && !file.isDimension(key)
                && body.scope.indexVar(key) == null && !body.names.isBound(key);
    }

    /**
     * {@code \\pi_\\theta(a_t \\mid s_t)} with {@code \\pi_\\theta} a declared tensor: the declared values of a function
     * the file does not define, read at the indices in scope the arguments carry (element {@code t}); the whole
     * tensor when they carry none. When the file applies it to several argument texts ({@code D(x)}, {@code
     * D(G(z))}), each is an input of its own with the declared shape. Null when this is not the case.
     */
    Term declared(Expr.Apply a, Expr.Sym callee, Input declaredValues, Expr.Apply asPrinted) {
        if (a.args().size() < 2 || declaredValues.dims() == null || declaredValues.labels() != null || declaredValues.isApplied()) {
            return null;
        }
        String function = file.source.slice(callee.span()).trim();
        List<IndexVar> indices = indicesIn(a);
        int rank = declaredValues.dims().size();
        List<IndexVar> conditionsFirst = indicesIn(conditionsFirst(asPrinted));
        if (rank >= 2 && indices.size() == rank && !conditionsFirst.equals(indices)) {
            // \pi(a \mid s_t) with \pi \in \mathbb{R}^{T \times A}: a table of conditional probabilities has a row per
            // condition (row-stochastic, as P(s' \mid s, a) is laid out [s, a, s']), so the condition selects first.
            Diagnostic.of(Code.W0256, file.source, a.span(), "`" + file.source.slice(a.span()) + "` reads the declared `"
                            + function + "` with the condition's ind" + (rank - 1 == 1 ? "ex" : "ices") + " first: element `"
                            + String.join(", ", conditionsFirst.stream().map(IndexVar::name).toList())
                            + "`, a row per condition")
                    .caret("element " + String.join(", ", conditionsFirst.stream().map(IndexVar::name).toList()))
                    .help("write `" + function + "_{" + String.join(", ", indices.stream().map(IndexVar::name).toList())
                            + "}` for the other order")
                    .report(file.diagnostics);
            indices = conditionsFirst;
        }
        String written = file.source.slice(a.span());
        if (!indices.isEmpty() && indices.size() != rank) {
            return body.error(Code.E0190, a.span(), "`" + written + "` applies `" + function + "`, declared with "
                            + rank + " ax" + (rank == 1 ? "is" : "es") + ", to arguments that carry " + indices.size()
                            + " ind" + (indices.size() == 1 ? "ex" : "ices") + " in scope (" + String.join(", ",
                            indices.stream().map(IndexVar::name).toList()) + "): eqc cannot tell which argument "
                            + "selects which axis",
                    "write the element you mean, like `" + function + "_{" + String.join(", ",
                            indices.stream().map(IndexVar::name).toList()) + "}`, or declare `" + function
                            + "` with one axis per index");
        }
        Input in = declaredValues;
        boolean several = file.applicationTexts(NameKeys.full(callee)).size() > 1;
        if (several) {
            String key = NameKeys.full(callee) + "(" + argumentText(file.source, a) + ")";
            String latex = function + opening(file.source, a) + printedArguments(a) + closing(file.source, a);
            in = file.appliedInput(key, latex, JavaNames.of(callee, true) + "_of_" + javaWords(a), a.span(),
                    new Input.Applied(function, printedArguments(a)), declaredValues.dims());
        }
        String reading = indices.isEmpty() ? "the declared `" + function + "`"
                : "element `" + String.join(", ", indices.stream().map(IndexVar::name).toList()) + "` of the declared `"
                        + function + "`";
        Diagnostic.Builder w = Diagnostic.of(Code.W0190, file.source, a.span(), "`" + written + "` is the value of `"
                        + function + "`, a function the file does not define, at `" + printedArguments(a) + "`: read as "
                        + (several ? "the input `" + in.latex() + "`, shaped like " + reading.replace("element", "an element")
                        : reading) + " (its arguments are not computed)")
                .caret(several ? "input `" + in.latex() + "`" : reading)
                .help(several ? "pass each value with `--input '" + in.latex() + "=…'`; to compute it, define `"
                        + function + "(…) = …` in the file"
                        : "write `" + function + (indices.isEmpty() ? "" : "_{" + String.join(", ",
                        indices.stream().map(IndexVar::name).toList()) + "}") + "` to say so");
        if (several) {
            w.note("`" + function + "` is applied to " + file.applicationTexts(NameKeys.full(callee)).size()
                    + " different arguments in this file: each is its own input");
        }
        w.report(file.diagnostics);
        body.readsUndefinedFunctions = true;
        Term ref = body.names.inputRef(a.span(), in);
        return indices.isEmpty() ? ref : new Term.Index(a.span(), ref, indices);
    }

    /**
     * {@code \pi(a \mid s)} as {@code \pi(s, a)}: the conditions after the bar first, then what they condition. The
     * bar binds tighter than the comma, so in {@code p(s' \mid s, a)} the arguments after the bar's relation are
     * conditions too: {@code p(s, a, s')}.
     */
    static Expr.Apply conditionsFirst(Expr.Apply a) {
        List<Expr> before = new ArrayList<>();
        List<Expr> after = new ArrayList<>();
        boolean conditions = false;
        for (Expr arg : a.args()) {
            if (arg instanceof Expr.Relation r && r.op() == dev.eqc.compiler.ast.RelOp.GIVEN) {
                after.addAll(new Expr.Apply(a.span(), a.callee(), List.of(r.left()), a.argsSpan())
                        .withConditionsAsArguments().args());
                before.addAll(new Expr.Apply(a.span(), a.callee(), List.of(r.right()), a.argsSpan())
                        .withConditionsAsArguments().args());
                conditions = true;
            } else if (conditions) {
                before.add(arg);
            } else {
                after.add(arg);
            }
        }
        before.addAll(after);
        return new Expr.Apply(a.span(), a.callee(), before, a.argsSpan());
    }

    /**
     * The index variables in scope the arguments name, in order and once each: an index itself ({@code a'} under
     * {@code \sum_{a'}}) or the subscript of a name ({@code a_t}, {@code s_t}).
     */
    private List<IndexVar> indicesIn(Expr.Apply a) {
        List<IndexVar> out = new ArrayList<>();
        for (Expr arg : a.args()) {
            SubscriptForms.walk(arg, e -> {
                if (!(e instanceof Expr.Sym s) || s.sup() != null || s.accent() != null) {
                    return;
                }
                IndexVar v = null;
                if (s.sub() == null && (s.kind() == SymKind.LETTERS || s.kind() == SymKind.COMMAND)) {
                    v = body.names.isBound(NameKeys.full(s)) ? null : body.scope.indexVar(s.base() + "'".repeat(s.primes()));
                }
                if (v != null && !out.contains(v)) {
                    out.add(v);
                }
            });
        }
        return out;
    }

    /**
     * The indices in scope that the subscript of an undefined function's name is made of ({@code r_t} under a
     * binding of {@code t}): its value is one per step, like {@code \\bar{A}_t} beside it. Empty when any part of
     * the subscript is something else ({@code \\mathop{G}_l} with {@code l} no index: a name).
     */
    private List<IndexVar> indicesInName(Expr.Sym callee, Input in) {
        List<IndexVar> out = new ArrayList<>();
        if (callee.sub() == null) {
            return out;
        }
        for (Expr part : callee.sub().items()) {
            IndexVar v = part instanceof Expr.Sym s && s.bare() && s.kind() == SymKind.LETTERS
                    && !body.names.isBound(NameKeys.full(s)) ? body.scope.indexVar(s.base()) : null;
            if (v == null && callee.sub().isSingle()) {
                v = memberLabel(part, in);
            }
            if (v == null || out.contains(v)) {
                return new ArrayList<>();
            }
            out.add(v);
        }
        return out;
    }

    /**
     * Deep ensembles' {@code \\mu_{\\theta_m}(\\mathbf{x})} inside {@code \\sum_{m=1}^{M}}: a label that is a name the
     * file does not give ({@code \\theta}, the member's parameters) subscripted by one index in scope names member
     * {@code m} when the declared values' first axis is the members' (the letter's capital, or the size the index runs
     * to); that index, or null.
     */
    private IndexVar memberLabel(Expr part, Input in) {
        if (!(part instanceof Expr.Sym s) || s.sup() != null || s.primes() != 0 || s.accent() != null || s.sub() == null
                || !(labelLetter(s.sub()) instanceof Expr.Sym letter) || !letter.bare()
                || letter.kind() != SymKind.LETTERS || body.names.isBound(NameKeys.full(letter))
                || body.names.isBound(NameKeys.full(s)) || file.input(NameKeys.full(s)) != null
                || file.definition(NameKeys.full(s)) != null) {
            return null;
        }
        Expr.Sym bare = s.withScripts(s.span(), null, null, 0);
        if (body.names.isBound(NameKeys.full(bare)) || file.input(NameKeys.full(bare)) != null) {
            return null;
        }
        IndexVar v = body.scope.indexVar(letter.base());
        if (v == null || !in.declared() || in.dims() == null || in.dims().isEmpty()) {
            return null;
        }
        // the members' axis: the letter's capital (M for m) or the size the index runs to, as W0257 asks; a whole
        // number of members written as the limit too (Spinning Up's clipped double-Q, \min_{i=1,2} Q_{\phi_i}(s, a)
        // with Q_{\phi_i}(s, a) \in \mathbb{R}^{2})
        IndexVar own = v.rangeOf() != null ? v.rangeOf() : v;
        String limit = own.upper() instanceof Term.DimValue d ? d.dim() : null;
        String count;
        if (in.dims().get(0) instanceof dev.eqc.compiler.term.Dim.Symbol size) {
            if (!size.name().equals(letter.base().toUpperCase(java.util.Locale.ROOT)) && !size.name().equals(limit)) {
                return null;
            }
            count = size.name();
        } else if (in.dims().get(0) instanceof dev.eqc.compiler.term.Dim.Known known
                && own.upper() instanceof Term.Literal top && top.value() == known.value()
                && own.lower() instanceof Term.Literal bottom && bottom.value() == 1) {
            count = String.valueOf(known.value());
        } else {
            return null;
        }
        Diagnostic.of(Code.W0257, file.source, part.span(), "`" + in.latex() + "` is declared with " + count
                        + " values, one per `" + letter.base() + "`; its label `" + file.source.slice(part.span()).strip()
                        + "` names member `" + letter.base() + "`: read here, inside the range of `" + letter.base()
                        + "`, as its element `" + letter.base() + "`, not the whole vector at every step")
                .caret("member " + letter.base())
                .help("subscript the function by the index alone, declared and read so (`f_" + letter.base()
                        + "(\\mathbf{x})`), to say so")
                .report(file.diagnostics);
        return v;
    }

    /**
     * CS285's {@code r(\\mathbf{s}_{i,t}, \\mathbf{a}_{i,t}) \\in \\mathbb{R}^{N \\times T}} read as
     * {@code r(\\mathbf{s}_{i,t'}, \\mathbf{a}_{i,t'})}: a value declared with index letters on its arguments, one axis
     * per distinct letter, is the table the same arguments with other index letters read (W0480); the declared
     * input whose arguments, their subscripts taken off, spell {@code key}, or null.
     */
    private Input declaredWithLetters(String key, int letters, Expr.Apply a) {
        Input found = null;
        for (Input in : file.inputsInOrder()) {
            if (!in.declared() || in.dims() == null || in.dims().size() != letters || in.key().equals(key)
                    || !in.key().contains("(") || !in.key().endsWith(")")) {
                continue;
            }
            int open = in.key().indexOf('(');
            String head = in.key().substring(0, open);
            String args = in.key().substring(open + 1, in.key().length() - 1);
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("_(\\{[^{}]*\\}|[A-Za-z]'*)").matcher(args);
            StringBuilder plain = new StringBuilder();
            while (m.find()) {
                String sub = m.group(1).replaceAll("[{}\\s]", "");
                for (String letter : sub.split(",")) {
                    if (!letter.matches("[A-Za-z]'*")) {
                        return null;
                    }
                    seen.add(letter);
                }
                m.appendReplacement(plain, "");
            }
            m.appendTail(plain);
            if (seen.size() != letters || !(head + "(" + plain + ")").equals(key)) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = in;
        }
        if (found != null) {
            Diagnostic.of(Code.W0480, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is read from `"
                            + found.latex() + "`, declared with other index letters: the same table, each axis read at"
                            + " the letter in the same place")
                    .caret("read from " + found.latex())
                    .help("declare the value without the letters (`" + key + "`) to say so and silence this warning")
                    .report(file.diagnostics);
        }
        return found;
    }

    /**
     * The letter of a member label's subscript: its one item ({@code \\theta_m}), or the one letter beside words
     * (Spinning Up's target critics {@code \\phi_{i, \\text{targ}}}); null otherwise.
     */
    static Expr labelLetter(dev.eqc.compiler.ast.Script sub) {
        if (sub.isSingle()) {
            return sub.single();
        }
        Expr letter = null;
        for (Expr item : sub.items()) {
            if (item instanceof Expr.Sym w && w.kind() == SymKind.WORD) {
                continue;
            }
            if (letter != null) {
                return null;
            }
            letter = item;
        }
        return letter;
    }

    /** Notes the parameters of the function being defined that the arguments of {@code a} name. */
    private void noteParameters(Expr.Apply a, String latex) {
        if (body.def == null || !body.def.function()) {
            return;
        }
        for (Expr.Sym p : body.def.params()) {
            String pk = NameKeys.full(p);
            boolean[] named = {false};
            for (Expr arg : a.args()) {
                // y, and y_t, y_{<t} of a parameter y (DPO's \sum_t \log \pi_\theta(y_t \mid x, y_{<t}) in s(y))
                SubscriptForms.walk(arg, e -> named[0] |= e instanceof Expr.Sym s && (NameKeys.full(s).equals(pk)
                        || s.sub() != null && NameKeys.full(s.withScripts(s.span(), null, s.sup(), s.primes())).equals(pk)));
            }
            if (named[0]) {
                file.noteAppliedParameter(body.def.key(), pk);
            }
        }
    }

    private String javaWords(Expr.Apply a) {
        return javaWords(file.source, a);
    }

    private static String javaWords(SourceFile source, Expr.Apply a) {
        return String.join("_", a.args().stream().map(e -> source.slice(e.span())
                .replaceAll("\\\\[a-zA-Z]+", " ").replaceAll("[^A-Za-z0-9]+", "_")).toList());
    }
}
