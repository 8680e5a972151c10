package dev.eqc.compiler.parse;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Domain;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.ShapeAxes;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what kind of statement a line's comma-separated relations form (SPEC 2.1–2.2):
 * declarations ({@code \gamma, \beta \in \mathbb{R}^{d}}), possibly mixed with constants
 * ({@code \epsilon = 10^{-5}}); definitions ({@code =}, {@code :=}, {@code \leftarrow},
 * {@code \gets}); or a bare expression.
 */
final class StatementBuilder {
    private final SourceFile source;
    private final Diagnostics diagnostics;

    StatementBuilder(SourceFile source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    /** A row that begins with its relation ({@code &= …}): another form of the previous statement. */
    List<Statement> continuation(RelOp op, dev.eqc.compiler.source.Span opSpan, List<Expr> relations) {
        if (relations.size() != 1) {
            error(relations.get(1), "a continued derivation step has one right-hand side");
            return List.of();
        }
        List<Statement> out = new ArrayList<>();
        Expr rhs = relations.get(0);
        List<Expr.Relation> chain = new ArrayList<>();
        while (rhs instanceof Expr.Relation r && r.op().isDefinition()) {
            chain.add(0, r);
            rhs = r.left();
        }
        out.add(new Statement.Continuation(opSpan.to(rhs.span()), opSpan, op, rhs));
        for (Expr.Relation r : chain) {
            out.add(new Statement.Continuation(r.opSpan().to(r.right().span()), r.opSpan(), r.op(), r.right()));
        }
        return out;
    }

    List<Statement> build(List<Expr> relations, String comment) {
        relations = relations.stream().map(this::componentOfValue).toList();
        if (relations.size() == 1 && relations.get(0) instanceof Expr.Relation maps && maps.op() == RelOp.RELATED
                && source.slice(maps.opSpan()).trim().equals("\\mapsto")
                && maps.left() instanceof Expr.Relation named && named.op() == RelOp.SUCH_THAT
                && named.left() instanceof Expr.Sym f && mapsParameters(named.right()) != null) {
            // Mentzer et al.'s FSQ, f : z \mapsto \lfloor L/2 \rfloor \tanh(z): the function f of z, as f(z) = …
            // (W0475; was E0103).
            List<Expr> params = mapsParameters(named.right());
            Expr call = new Expr.Apply(named.span(), f, params, named.right().span());
            Diagnostic.of(Code.W0475, source, maps.span(), "`" + source.slice(named.span()).trim() + " \\mapsto …` is read"
                            + " as the definition of the function `" + source.slice(f.span()).trim() + "` of `"
                            + source.slice(named.right().span()).trim() + "`")
                    .caret("defines `" + source.slice(f.span()).trim() + "(" + source.slice(named.right().span()).trim()
                            + ")`")
                    .help("write `" + source.slice(f.span()).trim() + "(" + source.slice(named.right().span()).trim()
                            + ") = …` to say so and silence this warning")
                    .report(diagnostics);
            relations = List.of(new Expr.Relation(maps.span(), maps.opSpan(), RelOp.EQ, call, maps.right()));
        }
        if (relations.size() == 1 && relations.get(0) instanceof Expr.Relation approx && approx.op() == RelOp.RELATED
                && java.util.Set.of("\\approx", "\\simeq").contains(source.slice(approx.opSpan()).trim())
                && (approx.left() instanceof Expr.Sym || approx.left() instanceof Expr.Apply)) {
            // \mathrm{GELU}(x) \approx 0.5x(1 + \tanh[…]): the paper's approximation is what it computes;
            // \mathcal{L}(\theta, \phi; x^{(i)}) \simeq … (Kingma & Welling's SGVB estimator) likewise.
            Diagnostic.of(Code.W0155, source, approx.opSpan(), "`" + source.slice(approx.opSpan()).trim()
                            + "` is read as a definition: `"
                            + source.slice(approx.left().span()) + "` is computed by the approximation on the right")
                    .caret("defines")
                    .help("write `=` to say so and silence this warning")
                    .report(diagnostics);
            relations = List.of(new Expr.Relation(approx.span(), approx.opSpan(), RelOp.DEFINE, approx.left(),
                    approx.right()));
        }
        if (relations.size() == 1 && relations.get(0) instanceof Expr.Relation approx && approx.op() == RelOp.RELATED
                && java.util.Set.of("\\approx", "\\simeq").contains(source.slice(approx.opSpan()).trim())
                && approx.left() instanceof Expr.Relation def && def.op().isDefinition()) {
            // \hat{\rho}_j = \frac{1}{n} \sum_i [a_j(x^{(i)})] \approx \rho (Weng's sparse autoencoder): the
            // definition, then what the value should come close to, a remark.
            Span remark = approx.opSpan().to(approx.right().span());
            Diagnostic.of(Code.W0130, source, remark, "`" + source.slice(remark) + "` after the definition of `"
                            + source.slice(def.left().span()) + "` is read as a remark on its value and skipped")
                    .caret("skipped")
                    .help("leave it out to say so")
                    .report(diagnostics);
            relations = List.of(def);
        }
        boolean declares = relations.stream().anyMatch(r -> r instanceof Expr.Relation rel && rel.op() == RelOp.IN);
        List<Statement> out = new ArrayList<>();
        if (declares) {
            List<Expr.Sym> pending = new ArrayList<>();
            List<Expr.Apply> pendingApplied = new ArrayList<>();
            Statement.FamilyRange family = null;
            for (int at = 0; at < relations.size(); at++) {
                Expr item = bracketApplication(declaredGradient(relations.get(at)), relations);
                Statement.FamilyRange range = familyRange(relations, at);
                if (range != null) {
                    family = range;
                    at += 2;
                    continue;
                }
                Statement.FamilyRange member = familyMembership(relations, at);
                if (member != null) {
                    family = member;
                    continue;
                }
                if (item instanceof Expr.Relation rel && rel.op() == RelOp.IN && (declarableApplication(rel.left())
                        || logOfName(rel.left()) || listedLetterBuiltin(rel.left(), pending, pendingApplied))
                        && domain(rel.right()).field() != Domain.Field.OTHER) {
                    // k(\mathbf{x}_*, \mathbf{x}_*) \in \mathbb{R}, \mathbf{x}(0) \in \mathbb{R}^{d}: the value of a
                    // function the file does not define, declared like a name (resolution checks it is undefined).
                    pendingApplied.add((Expr.Apply) rel.left());
                    Span from = !pending.isEmpty() ? pending.get(0).span() : pendingApplied.get(0).span();
                    out.add(new Statement.Declaration(from.to(rel.span()), pending, domain(rel.right()), null,
                            pendingApplied));
                    pending = new ArrayList<>();
                    pendingApplied = new ArrayList<>();
                    continue;
                }
                if (item instanceof Expr.Relation rel && rel.op() == RelOp.IN && !(rel.left() instanceof Expr.Sym)
                        && domain(rel.right()).field() != Domain.Field.OTHER) {
                    // A definition or expression followed by its shape: the statement plus an assertion.
                    List<Statement> annotated = rel.left() instanceof Expr.Relation def && def.op().isDefinition()
                            ? definition(def, comment)
                            : List.of(new Statement.Bare(rel.left().span(), rel.left(), comment));
                    out.addAll(annotated);
                    if (!annotated.isEmpty() && !(annotated.get(0) instanceof Statement.Bare b && b.expr() instanceof Expr.Relation)) {
                        out.add(new Statement.ShapeAssertion(rel.opSpan().to(rel.right().span()), annotated.get(0),
                                domain(rel.right())));
                    }
                    continue;
                }
                if (item instanceof Expr.Relation rel && rel.op() == RelOp.IN
                        && rel.left() instanceof Expr.Relation def && def.op().isDefinition()) {
                    // \sigma(z) = … \in (0, 1): a range of values, not a shape; said, then skipped (W0130).
                    List<Statement> defined = definition(def, comment);
                    out.addAll(defined);
                    out.add(new Statement.Condition(rel.opSpan().to(rel.right().span()),
                            defined.isEmpty() ? null : defined.get(0), "\\in", List.of(rel.right())));
                    continue;
                }
                if (item instanceof Expr.Relation rel && rel.op() == RelOp.IN && !(rel.left() instanceof Expr.Sym)) {
                    // `\frac{x^\top y}{\|x\| \|y\|} \in [-1, 1]`: a statement about an expression, well-formed
                    // mathematics; name resolution says that eqc cannot use it (E0108).
                    pending.clear();
                    out.add(new Statement.Bare(rel.span(), rel, comment));
                    continue;
                }
                if (item instanceof Expr.Relation rel && rel.op() == RelOp.IN) {
                    Expr.Sym name = (Expr.Sym) rel.left();
                    Domain domain = domain(rel.right());
                    pending.add(name);
                    Span from = !pendingApplied.isEmpty() && pendingApplied.get(0).span().start() < pending.get(0).span().start()
                            ? pendingApplied.get(0).span() : pending.get(0).span();
                    out.add(new Statement.Declaration(from.to(rel.span()), pending, domain, null, pendingApplied));
                    pending = new ArrayList<>();
                    pendingApplied = new ArrayList<>();
                } else if (item instanceof Expr.Relation rel && rel.op().isDefinition()) {
                    out.addAll(definition(rel, comment));
                } else if (item instanceof Expr.Sym sym) {
                    pending.add(sym);
                } else if (declarableApplication(item) || logOfName(item) || listedLetterBuiltin(item, null, null)) {
                    pendingApplied.add((Expr.Apply) item);
                } else {
                    error(item, "expected a name to declare, like `x \\in \\mathbb{R}^{d}`");
                }
            }
            for (Expr.Sym left : pending) {
                error(left, "`" + source.slice(left.span()) + "` is listed but no `\\in` follows it");
            }
            for (Expr.Apply left : pendingApplied) {
                error(left, "`" + source.slice(left.span()) + "` is listed but no `\\in` follows it");
            }
            return family == null ? out : withFamily(out, family);
        }
        if (relations.size() == 1 && !(relations.get(0) instanceof Expr.Relation rel0 && rel0.op().isDefinition())) {
            Expr e = relations.get(0);
            return List.of(new Statement.Bare(e.span(), e, comment));
        }
        if (relations.stream().allMatch(r -> r instanceof Expr.Relation rel && rel.op().isDefinition())) {
            for (Expr item : relations) {
                out.addAll(definition((Expr.Relation) item, comment));
            }
            return out;
        }
        List<Statement> paired = pairedDefinitions(relations, comment);
        if (paired != null) {
            return paired;
        }
        // A list such as `1, 2, \dots, T`: an expression eqc cannot compute, reported by name resolution.
        Expr first = relations.get(0);
        Expr last = relations.get(relations.size() - 1);
        Expr list = new Expr.Group(first.span().to(last.span()), dev.eqc.compiler.ast.Bracket.PAREN, relations);
        return List.of(new Statement.Bare(list.span(), list, comment));
    }

    /**
     * minLSTM (Feng et al.), {@code f'_t, i'_t \leftarrow \frac{f_t}{f_t + i_t}, \frac{i_t}{f_t + i_t}}: k names, a
     * definition sign, k values, as algorithm boxes print parallel assignments. Each name is defined by the value at
     * its position (the sign is the one written). Null unless the statement has that form (k of 2 or more).
     */
    private List<Statement> pairedDefinitions(List<Expr> relations, String comment) {
        if (relations.size() < 3 || relations.size() % 2 == 0) {
            return null;
        }
        int k = (relations.size() + 1) / 2;
        if (!(relations.get(k - 1) instanceof Expr.Relation sign) || !sign.op().isDefinition()
                || !(sign.left() instanceof Expr.Sym) || sign.right() instanceof Expr.Relation) {
            return null;
        }
        List<Expr> names = new ArrayList<>(relations.subList(0, k - 1));
        names.add(sign.left());
        List<Expr> values = new ArrayList<>();
        values.add(sign.right());
        values.addAll(relations.subList(k, relations.size()));
        if (!names.stream().allMatch(n -> n instanceof Expr.Sym) || values.stream().anyMatch(v -> v instanceof Expr.Relation)) {
            return null;
        }
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Expr name = names.get(i);
            Expr value = values.get(i);
            out.addAll(definition(new Expr.Relation(name.span().to(value.span()), sign.opSpan(), sign.op(), name, value),
                    comment));
        }
        return out;
    }

    /** {@code i = 1, \\ldots, h} starting at {@code relations[at]}, or null. */
    private static Statement.FamilyRange familyRange(List<Expr> relations, int at) {
        if (at + 2 >= relations.size() || !(relations.get(at) instanceof Expr.Relation rel) || rel.op() != RelOp.EQ
                || !(rel.left() instanceof Expr.Sym index) || !index.bare()
                || !(relations.get(at + 1) instanceof Expr.Sym dots) || dots.kind() != SymKind.COMMAND
                || !java.util.Set.of("\\ldots", "\\dots", "\\cdots", "\\dotsc").contains(dots.base())) {
            return null;
        }
        Expr last = relations.get(at + 2);
        return new Statement.FamilyRange(rel.span().to(last.span()), index, rel.right(), last);
    }

    /**
     * Phuong and Hutter's {@code \\mathbf{e}_t \\in \\mathbb{R}^{d_{in}}, t \\in [T]}, also {@code t \\in \\{1, \\dots,
     * T\\}}: the range of the index of a family declared on the same line, as {@code t = 1, \\dots, T} is; null when
     * no name of the line is subscripted by the letter (then {@code y \\in \\{1, \\dots, C\\}} declares a label).
     */
    private static Statement.FamilyRange familyMembership(List<Expr> relations, int at) {
        if (!(relations.get(at) instanceof Expr.Relation rel) || rel.op() != RelOp.IN
                || !(rel.left() instanceof Expr.Sym index) || !index.bare() || !(rel.right() instanceof Expr.Group g)) {
            return null;
        }
        Expr first;
        Expr last;
        if (g.bracket() == dev.eqc.compiler.ast.Bracket.SQUARE && g.items().size() == 1) {
            first = new Expr.Num(g.span(), "1");   // [T] = {1, …, T}, as theory papers write it
            last = g.items().get(0);
        } else if (g.bracket() == dev.eqc.compiler.ast.Bracket.SET && g.items().size() == 3
                && g.items().get(0) instanceof Expr.Num n && (n.text().equals("0") || n.text().equals("1"))
                && g.items().get(1) instanceof Expr.Sym dots && dots.kind() == SymKind.COMMAND
                && java.util.Set.of("\\ldots", "\\dots", "\\cdots", "\\dotsc").contains(dots.base())) {
            first = n;
            last = g.items().get(2);
        } else {
            return null;
        }
        for (Expr e : relations) {
            Expr named = e instanceof Expr.Relation r && r.op() == RelOp.IN ? r.left() : e;
            if (named instanceof Expr.Sym s && s.sub() != null && s.sub().isSingle()
                    && s.sub().single() instanceof Expr.Sym i && i.bare() && i.base().equals(index.base())) {
                return new Statement.FamilyRange(rel.span(), index, first, last);
            }
        }
        return null;
    }

    /**
     * {@code k(\mathbf{x}_*, \mathbf{x}_*)}, {@code \mathbf{x}(0)}, {@code \mathrm{SA}(\eta(x_l))}: a name applied to
     * arguments, in a declaration list, that is no built-in function: the value of a function the paper does not
     * define, whose shape the declaration gives.
     */
    /**
     * {@code \\log\\pi}, {@code \\log p}: a log-probability declared as a name (resolution names it {@code \\log p});
     * {@code \\log \\pi_t(\\mathbf{a}_t|\\mathbf{s}_t)} (SAC), {@code \\log p_{\\theta}(x|z)} (VAE): the log-probabilities
     * of a function the file does not define, at the arguments written.
     */
    private static boolean logOfName(Expr e) {
        return e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f && f.bare() && f.kind() == SymKind.COMMAND
                && (f.base().equals("\\log") || f.base().equals("\\ln")) && a.args().size() == 1
                && (a.args().get(0) instanceof Expr.Sym p && p.sup() == null || declarableApplication(a.args().get(0)));
    }

    /**
     * Prince's {@code \\mathrm{f}[\\mathbf{x}_i, \\boldsymbol\\phi] \\in \\mathbb{R}^{I}}: in a declaration list, a name
     * (no built-in) right before a square bracket of arguments is the value of a function the paper does not define at
     * them, as with parentheses; the declaration's item (alone or before {@code \\in}) as that application, any other
     * item as it is. Only in lists that declare something ({@code \\in} on the line).
     */
    private static Expr bracketApplication(Expr item, List<Expr> relations) {
        if (item instanceof Expr.Relation rel && rel.op() == RelOp.IN) {
            Expr left = bracketApplication(rel.left(), relations);
            return left == rel.left() ? item : new Expr.Relation(rel.span(), rel.opSpan(), rel.op(), left, rel.right());
        }
        if (!(item instanceof Expr.Binary b) || b.op() != BinaryOp.JUXTAPOSE || !(b.left() instanceof Expr.Sym f)
                || !(b.right() instanceof Expr.Group g) || g.bracket() != dev.eqc.compiler.ast.Bracket.SQUARE
                || g.items().isEmpty() || dev.eqc.compiler.builtin.Builtin.lookup(f.base()).isPresent()
                || relations.stream().noneMatch(r -> r instanceof Expr.Relation x && x.op() == RelOp.IN)) {
            return item;
        }
        Expr.Apply a = new Expr.Apply(b.span(), f, g.items(), g.span());
        return declarableApplication(a) ? a : item;
    }

    /**
     * {@code \\nabla f(y_t) \\in \\mathbb{R}^{d}} (schedule-free SGD): the gradient of a function the paper does not
     * define, given at the point written, declared as the application of the name {@code \\nabla f}
     * ({@link dev.eqc.compiler.ast.GradientValues}); any other item as it is.
     */
    private Expr declaredGradient(Expr item) {
        if (item instanceof Expr.Relation rel && rel.op() == RelOp.IN
                && dev.eqc.compiler.ast.GradientValues.givenNablaName(rel.left(), source.slice(rel.left().span())) != null) {
            // \nabla_w L^{(t)} \in \mathbb{R}^{n} (Wikipedia's Adam): the gradient given, named as printed.
            return new Expr.Relation(rel.span(), rel.opSpan(), rel.op(), dev.eqc.compiler.ast.GradientValues.givenNablaName(
                    rel.left(), source.slice(rel.left().span())), rel.right());
        }
        if (item instanceof Expr.Relation rel && rel.op() == RelOp.IN && rel.left() instanceof Expr.Frac f) {
            // \frac{\partial L[\boldsymbol\phi_t]}{\partial \boldsymbol\phi} \in \mathbb{R}^{D} (Prince's Adam): the
            // gradient given, named as printed.
            Expr.Sym named = dev.eqc.compiler.ast.GradientValues.givenName(f, source.slice(f.span()));
            return named == null ? item : new Expr.Relation(rel.span(), rel.opSpan(), rel.op(), named, rel.right());
        }
        if (item instanceof Expr.Relation rel && rel.op() == RelOp.IN) {
            Expr.Apply a = dev.eqc.compiler.ast.GradientValues.asApplication(rel.left());
            return a == null ? item : new Expr.Relation(rel.span(), rel.opSpan(), rel.op(), a, rel.right());
        }
        Expr.Apply a = dev.eqc.compiler.ast.GradientValues.asApplication(item);
        return a == null ? item : a;
    }

    /**
     * Brochu et al.'s {@code \mu(\mathbf{x}), \sigma(\mathbf{x}), f(\mathbf{x}^+) \in \mathbb{R}}: a built-in spelled as a
     * Greek letter ({@code \sigma}, {@code \Phi}) applied to names, listed with other declared values, is the value of
     * a function the paper names with that letter (the GP's posterior deviation), declared like them; it was E0001
     * (and alone it is still the built-in with a shape assertion). {@code before}, {@code beforeApplied} are the items
     * listed before it when it carries the {@code \in} (null when it is listed before one: a list by position).
     */
    private static boolean listedLetterBuiltin(Expr e, List<Expr.Sym> before, List<Expr.Apply> beforeApplied) {
        if (before != null && before.isEmpty() && beforeApplied.isEmpty()) {
            return false;
        }
        return e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f && f.bare()
                && f.kind() == dev.eqc.compiler.ast.SymKind.COMMAND
                && dev.eqc.compiler.resolve.GreekLetters.isLetter(f.base()) && !a.args().isEmpty()
                && a.args().stream().allMatch(x -> x instanceof Expr.Sym);
    }

    private static boolean declarableApplication(Expr e) {
        // V^{\mathcal{D}}(\mathbf{s}) (AWR), Q^\pi(s, a): a superscript label is part of the name (back13 and new13).
        // \sigma_{\theta}(s) (Spinning Up's SAC): a built-in's name with a subscript label names a function's values.
        // Deep ensembles' \sigma^2_{\theta_m}(\mathbf{x}) \in \mathbb{R}^{M}: a square with a subscript label names the
        // values (a variance), as \sigma^2_b names a declared number.
        return e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f
                && (f.sup() == null || labelSuperscript(f) || squareWithLabel(f))
                && !a.args().isEmpty() && (dev.eqc.compiler.builtin.Builtin.lookup(f.base()).isEmpty()
                        || f.sub() != null && (f.sup() == null || squareWithLabel(f)) && f.sub().isSingle()
                        && simpleLabel(f.sub().single(), 2));
    }

    /**
     * {@code \\sigma^2_{\\theta_m}}: a name squared (not a built-in such as {@code \\sin}; a Greek letter that also
     * names one, {@code \\sigma}, is a name here), with a subscript label that is a name.
     */
    private static boolean squareWithLabel(Expr.Sym f) {
        return f.sup() != null && f.sup().key().equals("2") && f.sub() != null && f.sub().isSingle()
                && f.sub().single() instanceof Expr.Sym label && simpleLabel(label, 2)
                && (java.util.Set.of("\\sigma", "\\phi", "\\varphi", "\\Phi").contains(f.base())
                        || dev.eqc.compiler.builtin.Builtin.lookup(f.base()).isEmpty());
    }

    /** {@code \theta}, {@code \theta_k}, {@code \pi_{\theta_k}}: a name whose subscripts are names too, so deep. */
    private static boolean simpleLabel(Expr e, int depth) {
        if (e instanceof Expr.Num) {
            return true;
        }
        return e instanceof Expr.Sym s && s.sup() == null && (s.sub() == null
                || depth > 0 && s.sub().isSingle() && simpleLabel(s.sub().single(), depth - 1));
    }

    /**
     * R-Drop's {@code \mathcal{P}_1^w(y_i|x_i)}, {@code Q^{\pi}(s, a)}: a callee whose superscript is a letter or a
     * word names the function, as a subscript does; a number ({@code \sigma^2(x)}, {@code f^{-1}(y)}) or a transpose
     * mark is no such label, and such an application is not declared by its spelling.
     */
    private static boolean labelSuperscript(Expr.Sym f) {
        // AWAC's A^{\pi_k}(s, a): the label may carry a subscript of its own (the policy of iteration k).
        // Spinning Up's A^{\pi_{\theta_k}}(s,a): the label's subscript may carry one of its own. Lilian Weng's
        // \epsilon^{(t)}_\theta(x_t): a letter in parentheses labels the step, as W^{(l)} does.
        return f.sup().isSingle() && (f.sup().single() instanceof Expr.Sym label && simpleLabel(label, 2)
                || f.sup().single() instanceof Expr.Group g && g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN
                && g.items().size() == 1 && g.items().get(0) instanceof Expr.Sym step && step.bare())
                && !dev.eqc.compiler.ast.Script.TRANSPOSE_MARKS.contains(f.sup().key());
    }

    /**
     * The declarations of names subscripted by the family's index, as members of that family. A
     * range that applies to no declaration on its line is reported (W0102) rather than dropped
     * without a word.
     */
    private List<Statement> withFamily(List<Statement> statements, Statement.FamilyRange family) {
        List<Statement> out = new ArrayList<>();
        boolean used = false;
        for (Statement s : statements) {
            if (s instanceof Statement.Declaration d && d.names().stream().allMatch(n -> n.sub() != null
                    && n.sub().isSingle() && n.sub().single() instanceof Expr.Sym i && i.bare()
                    && i.base().equals(family.index().base())
                    || n.sub() == null && n.labelledBy(family.index().base()))) {
                out.add(new Statement.Declaration(d.span(), d.names(), d.domain(), family, d.applied()));
                used = true;
            } else {
                out.add(s);
            }
        }
        if (!used) {
            String index = source.slice(family.index().span());
            Diagnostic.of(Code.W0102, source, family.span(), "`" + source.slice(family.span())
                            + "` ranges over no name declared on this line, so eqc ignores it")
                    .caret("no declared name is subscripted by `" + index + "`")
                    .help("to declare a family, subscript its members with the index, like `W_" + index
                            + "^Q \\in \\mathbb{R}^{d \\times d_k}, " + index + " = 1, \\ldots, h`")
                    .report(diagnostics);
        }
        return out;
    }

    /**
     * Langville and Meyer's {@code \\pi^{(k+1)T} = …} (a row vector defined as printed): on a left-hand side the label
     * and the transpose mark the parser split ({@code x^{(i)T}} read elsewhere is the labelled name transposed) stay one
     * superscript, so the name defined is {@code \\pi^{(k+1)T}} as written; anything else as it is.
     */
    private static Expr labelledTransposeName(Expr left) {
        if (!(left instanceof Expr.Power p) || !(p.base() instanceof Expr.Sym s) || s.sup() == null || !s.sup().isSingle()
                || !(s.sup().single() instanceof Expr.Group label) || !p.exponent().isSingle()
                || !(p.exponent().single() instanceof Expr.Sym mark) || !p.exponent().isTranspose()) {
            return left;
        }
        Span both = new Span(s.sup().span().start(), p.exponent().span().end());
        dev.eqc.compiler.ast.Script sup = new dev.eqc.compiler.ast.Script(both, List.of(new Expr.Binary(both, new Span(mark.span().start(), mark.span().start()),
                BinaryOp.JUXTAPOSE, label, mark)), s.sup().key() + p.exponent().key());
        return s.withScripts(p.span(), s.sub(), sup, s.primes());
    }

    /**
     * {@code a = b = c}: a derivation. The first equation defines {@code a}; each later form
     * becomes a continuation of it.
     */
    private List<Statement> definition(Expr.Relation rel, String comment) {
        List<Expr.Relation> chain = new ArrayList<>();
        Expr cur = rel;
        while (cur instanceof Expr.Relation r && r.op().isDefinition() && r.left() instanceof Expr.Relation) {
            chain.add(0, r);
            cur = r.left();
        }
        Expr.Relation head = (Expr.Relation) cur;
        if (!head.op().isDefinition()) {
            return List.of(new Statement.Bare(rel.span(), rel, comment));
        }
        List<Statement> out = new ArrayList<>();
        Expr left = head.left();
        Span from = head.span();
        if (left instanceof Expr.Binary b && b.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                && b.left() instanceof Expr.Sym label && label.bare() && label.kind() == SymKind.WORD
                && label.base().contains(" ") && source.slice(label.span()).startsWith("\\text")
                && (b.right() instanceof Expr.Sym || b.right() instanceof Expr.Apply)) {
            // Hyndman & Athanasopoulos' Holt method, \text{Level equation} \quad \ell_t &= …: words of prose before
            // the defined name label the line (W0461); the definition is of the name after them (was E0107).
            Diagnostic.of(Code.W0461, source, label.span(), "`" + source.slice(label.span()) + "` before `"
                            + source.slice(b.right().span()) + "` is read as a label of the line and skipped")
                    .caret("a label")
                    .help("leave it out, or move it into a `%` comment, to say so")
                    .report(diagnostics);
            left = b.right();
            from = b.right().span().to(head.span());
        }
        out.add(new Statement.Definition(from, labelledTransposeName(left), head.opSpan(), head.op(), head.right(), comment));
        for (Expr.Relation next : chain) {
            out.add(new Statement.Continuation(next.opSpan().to(next.right().span()), next.opSpan(), next.op(),
                    next.right()));
        }
        return out;
    }

    private Domain domain(Expr e) {
        if (e instanceof Expr.Sym s && s.kind() == SymKind.BB && s.sub() == null) {
            Domain.Field field = switch (s.base()) {
                case "R" -> Domain.Field.REAL;
                case "N" -> Domain.Field.NATURAL;
                case "Z" -> Domain.Field.INTEGER;
                default -> null;
            };
            if (field != null) {
                List<Expr> dims = new ArrayList<>();
                if (s.sup() != null) {
                    for (Expr item : s.sup().items()) {
                        ShapeAxes.flatten(item, dims);
                    }
                }
                return new Domain(e.span(), field, dims, e);
            }
        }
        // Some other set (`i \in N`, `h \in H`): well-formed, judged by name resolution.
        return new Domain(e.span(), Domain.Field.OTHER, List.of(), e);
    }

    private void error(Expr e, String message) {
        Diagnostic.of(Code.E0001, source, e.span(), message).report(diagnostics);
    }

    /** The parameters of {@code f : x \mapsto …} or {@code f : (x, y) \mapsto …}: bare names; else null. */
    private static List<Expr> mapsParameters(Expr e) {
        if (e instanceof Expr.Sym s && s.sub() == null && s.sup() == null) {
            return List.of(e);
        }
        if (e instanceof Expr.Group g && g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN && !g.items().isEmpty()
                && g.items().stream().allMatch(x -> x instanceof Expr.Sym s && s.sub() == null && s.sup() == null)) {
            return g.items();
        }
        return null;
    }

    /**
     * DINO (Caron et al., Eq. 1): {@code P_s(x)^{(i)} = \frac{\exp(g_{\theta_s}(x)^{(i)} / \tau_s)}{\sum_{k=1}^{K} …}}
     * defines component i of the value {@code P_s(x)}, as {@code P_s(x)_i = …} does: a parenthesised superscript of
     * one letter on a function value on the left is the definition's index, not a power (W0477; was E0107).
     */
    private Expr componentOfValue(Expr e) {
        if (!(e instanceof Expr.Relation rel) || !rel.op().isDefinition() || !(rel.left() instanceof Expr.Power p)
                || !(p.base() instanceof Expr.Apply f) || !(f.callee() instanceof Expr.Sym)
                || !p.exponent().isSingle() || !(p.exponent().single() instanceof Expr.Group g)
                || g.bracket() != dev.eqc.compiler.ast.Bracket.PAREN || g.items().size() != 1
                || !(g.items().get(0) instanceof Expr.Sym letter) || !letter.bare() || letter.primes() != 0
                || letter.kind() != SymKind.LETTERS || letter.base().length() != 1) {
            return e;
        }
        String written = source.slice(p.span()).trim();
        String value = source.slice(f.span()).trim();
        Diagnostic.of(Code.W0477, source, p.exponent().span(), "`" + written + "` is read as component `" + letter.base()
                        + "` of `" + value + "`, defined element by element: the parenthesised superscript is the"
                        + " definition's index, not a power")
                .caret("an index")
                .help("write `" + value + "_" + letter.base() + " = …` to say so and silence this warning")
                .report(diagnostics);
        Expr.Subscripted lhs = new Expr.Subscripted(p.span(), f, new dev.eqc.compiler.ast.Script(p.exponent().span(),
                List.of(letter), letter.base()));
        return new Expr.Relation(rel.span(), rel.opSpan(), rel.op(), lhs, rel.right());
    }
}
