package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A definition whose left-hand side has been read but whose body is not yet resolved:
 * {@code \mathrm{FFN}(x) = …} is a function of {@code x}; {@code m_t \leftarrow …} a value.
 */
record PendingDefinition(String key, String latexName, Expr.Sym nameSym, Span nameSpan, Span span,
        boolean function, List<Expr.Sym> params, Expr rhs, String comment, String resultName,
        List<String> indexLetters, Span indexSpan, boolean update, Layout layout) {

    /**
     * How an element-wise left-hand side lays out its values: one element (or row, for a vector body) per index
     * ({@code y_i}, {@code Y_{j,*}}), on the diagonal ({@code D_{ii}}), or one column per index ({@code U_{*,i}}).
     */
    enum Layout { ELEMENTS, DIAGONAL, COLUMNS }

    boolean diagonal() {
        return layout == Layout.DIAGONAL;
    }

    PendingDefinition(String key, String latexName, Expr.Sym nameSym, Span nameSpan, Span span,
            boolean function, List<Expr.Sym> params, Expr rhs, String comment, String resultName,
            List<String> indexLetters, Span indexSpan, boolean update) {
        this(key, latexName, nameSym, nameSpan, span, function, params, rhs, comment, resultName, indexLetters,
                indexSpan, update, Layout.ELEMENTS);
    }

    PendingDefinition withLatexName(String printed) {
        return new PendingDefinition(key, printed, nameSym, nameSpan, span, function, params, rhs, comment, resultName,
                indexLetters, indexSpan, update, layout);
    }

    static PendingDefinition of(Statement.Definition d, FileScope r) {
        PendingDefinition p = read(d, r);
        if (p != null && d.lhs() instanceof Expr.Sym s && s.primes() > 0) {
            // m_t' named by Redefinitions (W0135): the source spells m_t, the name has the prime.
            String written = r.source.slice(s.span()).strip();
            int shown = written.length() - written.replace("'", "").length()
                    + (written.length() - written.replace("\\prime", "").length()) / "\\prime".length();
            if (s.primes() > shown) {
                return new PendingDefinition(p.key(), p.latexName() + "'".repeat(s.primes() - shown), p.nameSym(),
                        p.nameSpan(), p.span(), p.function(), p.params(), p.rhs(), p.comment(), p.resultName(),
                        p.indexLetters(), p.indexSpan(), p.update(), p.layout());
            }
        }
        return p;
    }

    private static PendingDefinition read(Statement.Definition d, FileScope r) {
        Expr lhs = d.lhs();
        if (lhs instanceof Expr.Binary j && j.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                && j.left() instanceof Expr.Unary u && u.op() == dev.eqc.compiler.ast.UnaryOp.NEG) {
            // -D_{KL}(q \| p) parses as (-D_{KL}) applied: the sign is the whole left-hand side's.
            Span named = new Span(u.operand().span().start(), j.span().end());
            lhs = new Expr.Unary(j.span(), u.opSpan(), u.op(), j.right() instanceof Expr.Group g
                    && g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN
                    ? new Expr.Apply(named, u.operand(), g.items(), g.span())
                    : new Expr.Binary(named, j.opSpan(), j.op(), u.operand(), j.right()));
        }
        if (lhs instanceof Expr.Unary u && u.op() == dev.eqc.compiler.ast.UnaryOp.NEG
                && !(u.operand() instanceof Expr.Unary)) {
            // -D_{KL}(q \| p) = \frac{1}{2} \sum_j (…) (Kingma & Welling, Appendix B): the name is defined as the
            // negated right-hand side.
            Expr negated = new Expr.Unary(d.rhs().span(), u.opSpan(), dev.eqc.compiler.ast.UnaryOp.NEG,
                    new Expr.Group(d.rhs().span(), dev.eqc.compiler.ast.Bracket.PAREN, List.of(d.rhs())));
            return read(new Statement.Definition(d.span(), u.operand(), d.opSpan(), d.op(), negated, d.comment()), r);
        }
        if (lhs instanceof Expr.Subscripted named && named.base() instanceof Expr.Norm && named.sub().isSingle()
                && named.sub().single() instanceof Expr.Sym label && label.bare() && label.base().length() > 1
                && !r.hasInput(NameKeys.full(label))) {
            // \|\mu - \nu\|_{TV} = \frac{1}{2} \sum_x |\mu(x) - \nu(x)| (Levin, Peres & Wilmer): a distance named by
            // its norm-shaped symbol and defined by the right-hand side, not a norm eqc computes.
            String printed = r.source.slice(lhs.span());
            Expr.Sym name = new Expr.Sym(lhs.span(), dev.eqc.compiler.ast.SymKind.WORD,
                    "norm" + NameKeys.full(label).replaceAll("[^A-Za-z0-9]", ""), null, null, null, 0);
            Diagnostic.of(Code.W0102, r.source, lhs.span(), "`" + printed + "` is read as the name of the value the"
                            + " right-hand side defines (the `" + r.source.slice(label.span())
                            + "` distance), not as a norm eqc computes")
                    .caret("a name")
                    .help("to use the value, run this definition by its printed name (`--function '" + printed
                            + "'`); elsewhere, name it with a letter, like `d_{" + r.source.slice(label.span())
                            + "} = …`")
                    .report(r.diagnostics);
            return new PendingDefinition(NameKeys.full(name), printed, name, lhs.span(), d.span(), false, List.of(),
                    d.rhs(), d.comment(), null, List.of(), null, d.update());
        }
        if (lhs instanceof Expr.Binary j && j.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                && j.left() instanceof Expr.Sym op && j.right() instanceof Expr.Sym x && x.sup() == null
                && r.hasInput(NameKeys.full(x)) && !r.hasInput(NameKeys.full(op))
                && r.definition(NameKeys.full(op)) == null) {
            // R^d_{\Theta,m}\boldsymbol{x} = … (RoFormer, Eq. 34): an operator the file never defines, applied to a
            // declared input, names the value the right-hand side gives; R alone is no tensor eqc could multiply.
            String printed = r.source.slice(lhs.span());
            Expr.Sym name = new Expr.Sym(lhs.span(), dev.eqc.compiler.ast.SymKind.WORD,
                    "applied" + (NameKeys.full(op) + NameKeys.full(x)).replaceAll("[^A-Za-z0-9]", ""), null, null,
                    null, 0);
            Diagnostic.of(Code.W0412, r.source, lhs.span(), "`" + printed + "` is read as the name of the value the"
                            + " right-hand side defines: `" + r.source.slice(op.span()).strip() + "` applied to `"
                            + r.source.slice(x.span()).strip() + "`, which the file defines only this way")
                    .caret("a name")
                    .help("run it by its printed name (`--function '" + printed + "'`); to define the operator"
                            + " itself, write it as a matrix or a function, like `" + r.source.slice(op.span()).strip()
                            + "(x) = …`")
                    .report(r.diagnostics);
            return new PendingDefinition(NameKeys.full(name), printed, name, lhs.span(), d.span(), false, List.of(),
                    d.rhs(), d.comment(), null, List.of(), null, d.update());
        }
        if (r.source.slice(lhs.span()).strip().startsWith("\\langle")
                && (lhs instanceof Expr.Subscripted || lhs instanceof Expr.Apply)) {
            // \langle A, B \rangle_F = \mathrm{tr}(A^\top B) (the Frobenius inner product): the value named by its
            // bracket, defined by the right-hand side, not an inner product eqc computes.
            String printed = r.source.slice(lhs.span());
            Expr.Sym name = new Expr.Sym(lhs.span(), dev.eqc.compiler.ast.SymKind.WORD,
                    "inner" + printed.replaceAll("\\\\[a-zA-Z]+|[^A-Za-z0-9]", ""), null, null, null, 0);
            Diagnostic.of(Code.W0102, r.source, lhs.span(), "`" + printed + "` is read as the name of the value the"
                            + " right-hand side defines, not as an inner product eqc computes")
                    .caret("a name")
                    .help("to use the value, run this definition by its printed name (`--function '" + printed
                            + "'`); elsewhere, name it with a letter, like `s = …`")
                    .report(r.diagnostics);
            return new PendingDefinition(NameKeys.full(name), printed, name, lhs.span(), d.span(), false, List.of(),
                    d.rhs(), d.comment(), null, List.of(), null, d.update());
        }
        if (lhs instanceof Expr.Apply ofDistributions && ofDistributions.callee() instanceof Expr.Sym named
                && named.sup() == null && !ofDistributions.args().isEmpty()
                && ofDistributions.args().stream().allMatch(x -> x instanceof Expr.Apply inner
                        && inner.callee() instanceof Expr.Sym c && c.kind() == dev.eqc.compiler.ast.SymKind.CAL)
                && !r.hasInput(NameKeys.full(named))) {
            // D_{KL}(\mathcal{N}(\mu_1, \sigma_1^2) \parallel \mathcal{N}(\mu_2, \sigma_2^2)) = \log\frac{\sigma_2}{\sigma_1} + …:
            // the arguments name distributions, not parameters; the right-hand side is the value, named by the callee.
            String name = r.source.slice(named.span());
            Diagnostic.of(Code.W0102, r.source, ofDistributions.argsSpan(), "`" + r.source.slice(lhs.span())
                            + "` is read as `" + name + "`, the value the right-hand side computes: its arguments name"
                            + " distributions, which eqc does not take as parameters")
                    .caret("notation, not parameters")
                    .help("write `" + name + " = …` to say so and silence this warning")
                    .report(r.diagnostics);
            return new PendingDefinition(NameKeys.full(named), name, named, named.span(), d.span(), false, List.of(),
                    d.rhs(), d.comment(), null, List.of(), null, d.update());
        }
        PendingDefinition distribution = distributionOver(d, r);
        if (distribution != null) {
            return distribution;
        }
        Expr.Sym[] derivative = statedDerivative(lhs, key -> r.hasInput(key) || r.definition(key) != null
                && !r.definition(key).span().equals(d.span()));
        if (derivative != null) {
            // \frac{\partial C}{\partial z_i} = … with C given nowhere: the stated derivative, named as printed and
            // defined element-wise over i; eqc does not derive it from C (W0145).
            Expr.Sym of = derivative[0];
            Expr.Sym by = derivative[1];
            String letter = by.sub().single() instanceof Expr.Sym i ? i.base() : null;
            String printed = r.source.slice(lhs.span());
            Expr.Sym named = new Expr.Sym(lhs.span(), dev.eqc.compiler.ast.SymKind.WORD, "d"
                    + NameKeys.full(of).replaceAll("[^A-Za-z0-9]", "") + "d"
                    + NameKeys.full(by.withScripts(by.span(), null, null, 0)).replaceAll("[^A-Za-z0-9]", ""), null, null,
                    null, 0);
            Diagnostic.of(Code.W0145, r.source, lhs.span(), "`" + printed + " = …` defines `" + printed
                            + "` as written on the right, element by element over `" + letter + "`: the stated derivative,"
                            + " which eqc does not derive from `" + r.source.slice(of.span()) + "`, given nowhere in the file")
                    .caret("a name, defined over " + letter)
                    .help("to have eqc differentiate, define `" + r.source.slice(of.span()) + "` and write `\\nabla_{…} "
                            + r.source.slice(of.span()) + "`")
                    .report(r.diagnostics);
            return new PendingDefinition(NameKeys.full(named), printed, named, lhs.span(), d.span(), false, List.of(),
                    d.rhs(), d.comment(), null, List.of(letter), by.sub().span(), d.update());
        }
        PendingDefinition gradient = namedGradient(d, r);
        if (gradient != null) {
            return gradient;
        }
        Expr logOf = logOfName(lhs);
        if (logOf != null) {
            // \log p = …, \log p(x) = …: a log-density named as printed, not a definition of \log.
            Span nameSpan = logOf instanceof Expr.Apply a ? new Span(lhs.span().start(), a.callee().span().end()) : lhs.span();
            Expr.Sym named = logName(nameSpan, logOf instanceof Expr.Apply a ? (Expr.Sym) a.callee() : (Expr.Sym) logOf);
            if (logOf instanceof Expr.Apply a) {
                return function(d, new Expr.Apply(lhs.span(), named, a.args(), a.argsSpan()), named, r);
            }
            return new PendingDefinition(NameKeys.full(named), r.source.slice(lhs.span()), named, lhs.span(), d.span(),
                    false, List.of(), d.rhs(), d.comment(), null, List.of(), null, d.update());
        }
        if (lhs instanceof Expr.Sym s && s.sup() == null && IndexLetters.sliceLetter(s, r::hasInput) != null) {
            // \mu_{W_{i,\cdot}} = \frac{1}{I} \sum_j W_{i,j}: the statistic of row i, defined element-wise over i.
            Expr.Sym name = s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null,
                    s.primes());
            return new PendingDefinition(NameKeys.full(name), r.source.slice(s.span()), name, name.span(),
                    d.span(), false, List.of(), d.rhs(), d.comment(), null,
                    List.of(IndexLetters.sliceLetter(s, r::hasInput)), s.sub().span(), d.update());
        }
        if (lhs instanceof Expr.Sym s && s.sup() == null && IndexLetters.sliceSubscriptLetter(s.sub()) != null
                && !r.hasInput(NameKeys.full(s))) {
            // \mathbf{U}_{*,i} = … (MLP-Mixer): column i of U, one column per i; \mathbf{Y}_{j,*} = …: row j.
            Expr.Sym name = s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null,
                    s.primes());
            List<String> letters = checked(List.of(IndexLetters.sliceSubscriptLetter(s.sub())), d.rhs(), r, name);
            if (letters != null) {
                boolean column = IndexLetters.isWhole(s.sub().items().get(0));
                return new PendingDefinition(NameKeys.full(name), r.source.slice(name.span()), name, name.span(),
                        d.span(), false, List.of(), d.rhs(), d.comment(), null, letters, s.sub().span(), d.update(),
                        column ? Layout.COLUMNS : Layout.ELEMENTS);
            }
        }
        if (lhs instanceof Expr.Sym labelled && labelled.sub() != null && labelled.sup() != null
                && isLabel(labelled.sup()) && r.wasDeclared(NameKeys.full(labelled.withScripts(labelled.span(), null,
                        null, labelled.primes())))) {
            // \hat{A}_t^{\mathrm{GAE}(\gamma, \lambda)} with \hat{A} declared: the superscript names the estimator.
            Expr.Sym plain = labelled.withScripts(new Span(labelled.span().start(), labelled.sup().span().start() - 1),
                    labelled.sub(), null, labelled.primes());
            Diagnostic.of(Code.W0102, r.source, labelled.sup().span(), "the superscript `"
                            + r.source.slice(labelled.sup().span()) + "` is read as a label of the declared `"
                            + r.source.slice(new Span(labelled.span().start(), labelled.sub().span().start() - 1))
                            + "`, which this defines")
                    .caret("a label, not a power")
                    .help("declare the labelled name itself to keep it apart")
                    .report(r.diagnostics);
            lhs = plain;
        }
        if (lhs instanceof Expr.Sym s) {
            PendingDefinition set = SetDefinitions.of(d, s, r);
            if (set != null) {
                return set;
            }
            PendingDefinition diagonal = diagonal(d, s, r);
            if (diagonal != null) {
                return diagonal;
            }
            PendingDefinition labelledIndices = parenthesisedIndices(d, s, r);
            if (labelledIndices != null) {
                return labelledIndices;
            }
            List<String> outer = superscriptIndex(s, d.rhs(), r);
            if (outer != null) {
                // u^i_j = v^T \tanh(W_1 e_j + W_2 d_i) (Pointer networks): u_{ij}, the superscript the outer index.
                Expr.Sym name = s.withScripts(new Span(s.span().start(),
                        Math.min(s.sub().span().start(), s.sup().span().start()) - 1), null, null, s.primes());
                Diagnostic.of(Code.W0280, r.source, s.sup().span(), "`" + r.source.slice(s.span()) + "` is read as `"
                                + r.source.slice(name.span()) + "_{" + String.join("", outer) + "}`: the superscript `"
                                + outer.get(0) + "` is an index the right-hand side reads with, not a label or a power")
                        .caret("the first index")
                        .help("write `" + r.source.slice(name.span()) + "_{" + String.join("", outer)
                                + "}` to say so and silence this warning")
                        .report(r.diagnostics);
                return new PendingDefinition(NameKeys.full(name), r.source.slice(name.span()), name, name.span(),
                        d.span(), false, List.of(), d.rhs(), d.comment(), null, outer, s.sup().span().to(s.sub().span()),
                        d.update());
            }
            if (s.sup() != null && s.sub() != null && !NameKeys.isTranspose(s)) {
                // \sigma_{ti}^2 = …, h_i^{(l+1)} = …: the superscript is part of the name (\sigma^2, h^{(l+1)}),
                // defined element by element over the subscript's indices.
                List<String> letters = elementIndices(s.withScripts(s.span(), s.sub(), null, s.primes()), d.rhs(), r,
                        s.withScripts(s.span(), null, s.sup(), s.primes()));
                if (letters != null && !r.hasInput(NameKeys.full(s))) {
                    // the scripts in either order: \sigma_{ti}^2 or \hat{\sigma}^2_C
                    Span base = new Span(s.span().start(), Math.min(s.sub().span().start(), s.sup().span().start()) - 1);
                    boolean supFirst = s.sup().span().start() < s.sub().span().start();
                    Expr.Sym name = s.withScripts(supFirst ? new Span(s.span().start(), s.sub().span().start() - 1) : base,
                            null, s.sup(), s.primes());
                    String sup = r.source.slice(s.sup().span());
                    String latex = r.source.slice(base) + "^" + (sup.length() == 1 || sup.startsWith("{") ? sup
                            : "{" + sup + "}");
                    return new PendingDefinition(NameKeys.full(name), latex, name, base, d.span(), false, List.of(),
                            d.rhs(), d.comment(), null, letters, s.sub().span(), d.update());
                }
            }
            StepSubscript step = r.hasInput(NameKeys.full(s)) ? null : StepSubscript.of(s, r.source);
            if (step != null && !step.isExpression() && !labelFirst(s, step, d, r)) {
                step = null;   // s_{x,y}: two indices, not a step and an index
            }
            List<String> stepLetters = step == null ? null : checked(step.indices(), d.rhs(), r, step.name());
            if (stepLetters != null) {
                // \theta_{t+1, i} = \theta_{t, i} - …: \theta_{t+1}, element by element over i.
                return new PendingDefinition(NameKeys.full(step.name()), step.latex(), step.name(),
                        new Span(s.span().start(), s.sub().span().start() - 1), d.span(), false, List.of(), d.rhs(),
                        d.comment(), null, stepLetters, step.indexSpan(), d.update());
            }
            List<String> letters = elementIndices(s, d.rhs(), r);
            if (letters != null) {
                Expr.Sym name = s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null,
                        s.primes());
                return new PendingDefinition(NameKeys.full(name), r.source.slice(name.span()), name, name.span(),
                        d.span(), false, List.of(), d.rhs(), d.comment(), null, letters, s.sub().span(), d.update());
            }
            return new PendingDefinition(NameKeys.full(s), r.source.slice(s.span()), s, s.span(), d.span(), false,
                    List.of(), d.rhs(), d.comment(), null, List.of(), null, d.update());
        }
        if (lhs instanceof Expr.Subscripted paren && paren.base() instanceof Expr.Group g
                && g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN && g.items().size() == 1
                && g.items().get(0) instanceof Expr.Apply inside) {
            // (\mathbf{prox}_{\lambda f}(v))_i = … (Parikh and Boyd): the parentheses only group the value indexed.
            lhs = new Expr.Subscripted(lhs.span(), inside, paren.sub());
        }
        if (lhs instanceof Expr.Subscripted sub && sub.base() instanceof Expr.Apply a
                && a.callee() instanceof Expr.Sym callee) {
            List<String> letters = IndexLetters.of(sub.sub());
            PendingDefinition f = function(d, a, callee, r);
            if (letters == null || f == null) {
                if (f != null) {
                    Diagnostic.of(Code.E0107, r.source, sub.sub().span(), "an element-wise left-hand side needs index letters")
                            .caret("not index variables")
                            .help("write the indices as letters, like `\\mathrm{softmax}(z)_i`")
                            .report(r.diagnostics);
                }
                return null;
            }
            return new PendingDefinition(f.key(), f.latexName(), f.nameSym(), f.nameSpan(), f.span(), true,
                    f.params(), f.rhs(), f.comment(), null, letters, sub.sub().span(), d.update());
        }
        if (lhs instanceof Expr.Apply a && a.callee() instanceof Expr.Sym callee) {
            PendingDefinition elements = declaredTensorOfIndices(d, a, callee, r);
            if (elements == null) {
                elements = functionOfIndices(d, a, callee, r);
            }
            return elements != null ? elements : function(d, a, callee, r);
        }
        if (lhs instanceof Expr.Binary jx && jx.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                && jx.left() instanceof Expr.Apply first && jx.right() instanceof Expr.Group g
                && g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN) {
            lhs = new Expr.Apply(lhs.span(), first, g.items(), g.span());
        }
        if (lhs instanceof Expr.Apply outer && outer.callee() instanceof Expr.Apply inner
                && inner.callee() instanceof Expr.Sym callee && repeats(inner, outer)) {
            // FFN_{GLU}(x)(x, W_1, V, W_2): the name applied to its input, then to the full list that repeats
            // it: a function of the full list.
            Diagnostic.of(Code.W0102, r.source, lhs.span(), "`" + r.source.slice(lhs.span()) + "` is read as `"
                            + r.source.slice(callee.span()) + r.source.slice(outer.argsSpan())
                            + "`: a function of the second list, which repeats the first")
                    .caret("one function of " + outer.args().size() + " parameters")
                    .help("write the parameters once, like `" + r.source.slice(callee.span())
                            + r.source.slice(outer.argsSpan()) + "`")
                    .report(r.diagnostics);
            return function(d, new Expr.Apply(outer.span(), callee, outer.args(), outer.argsSpan()), callee, r);
        }
        if (lhs instanceof Expr.Binary b && b.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                && b.left() instanceof Expr.Sym callee && b.right() instanceof Expr.Group g
                && g.bracket() == dev.eqc.compiler.ast.Bracket.SQUARE) {
            // Var[X] = …: a function written with square brackets.
            return function(d, new Expr.Apply(b.span(), callee, g.items(), g.span()), callee, r);
        }
        return invalid(lhs, r);
    }

    /**
     * SPEC 2.3: {@code y_i} defines {@code y} element by element when {@code i} is undeclared and
     * free on the right — unless {@code i} appears in a subscript expression such as
     * {@code m_{t-1}} anywhere in the file, which marks it as a time step, or {@code i} is only
     * used as a number and no declaration of {@code y} gives its range (docs/LANGUAGE-NOTES.md).
     */
    private static List<String> elementIndices(Expr.Sym s, Expr rhs, FileScope r) {
        return elementIndices(s, rhs, r, s.withScripts(s.span(), null, null, s.primes()));
    }

    /**
     * {@code D_{ii} = \sum_j A_{ij}}: a diagonal matrix given by its diagonal (GCN's degree matrix), zero off the
     * diagonal; null for any other left-hand side.
     */
    private static PendingDefinition diagonal(Statement.Definition d, Expr.Sym s, FileScope r) {
        if (s.sup() != null || s.sub() == null || r.hasInput(NameKeys.full(s))) {
            return null;
        }
        List<String> letters = IndexLetters.of(s.sub());
        if (letters == null || letters.size() != 2 || !letters.get(0).equals(letters.get(1))) {
            return null;
        }
        if (checked(List.of(letters.get(0)), d.rhs(), r, s.withScripts(s.span(), null, null, s.primes())) == null) {
            return null;
        }
        Expr.Sym name = s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null, s.primes());
        return new PendingDefinition(NameKeys.full(name), r.source.slice(name.span()), name, name.span(), d.span(),
                false, List.of(), d.rhs(), d.comment(), null, List.of(letters.get(0)), s.sub().span(), d.update(),
                Layout.DIAGONAL);
    }

    /**
     * SimCLR's {@code \\mathcal{L}^{(i,j)} = -\\log \\frac{\\exp(\\mathrm{sim}(\\mathbf{z}_i, \\mathbf{z}_j) / \\tau)}{…}} and
     * SwAV's {@code \\mathbf{p}^{(k)}_t = \\frac{\\exp(\\mathbf{z}_t^\\top \\mathbf{c}_k / \\tau)}{…}}: a parenthesised
     * superscript of letters that are nothing in the file, each indexing something on the right, holds the
     * definition's indices, as {@code \\mathcal{L}_{ij}} would (W0439). Before, the superscript was a label and the
     * letters free, so {@code \\mathbf{z}_i} became an undeclared input. {@code W^{(l)}}, {@code h^{(t)}} with the
     * letter only in superscripts on the right, or a letter the file knows, stay labels. Null when this is not that.
     */
    private static PendingDefinition parenthesisedIndices(Statement.Definition d, Expr.Sym s, FileScope r) {
        if (s.sup() == null || !s.sup().isSingle() || !(s.sup().single() instanceof Expr.Group g)
                || g.bracket() != dev.eqc.compiler.ast.Bracket.PAREN || g.items().isEmpty()
                || r.hasInput(NameKeys.full(s)) || r.wasDeclared(NameKeys.full(s))) {
            return null;
        }
        java.util.function.Predicate<String> known = k -> r.hasInput(k) || r.isDimension(k)
                || r.isDefinedName(k) || !r.appliedInputs(k).isEmpty();
        List<String> letters = new ArrayList<>();
        for (Expr item : g.items()) {
            if (!(item instanceof Expr.Sym letter) || !letter.bare() || letter.primes() != 0
                    || letter.kind() != dev.eqc.compiler.ast.SymKind.LETTERS || letter.base().length() != 1
                    || known.test(letter.base()) || letters.contains(letter.base())
                    || !IndexLetters.indexesSomething(letter.base(), d.rhs(), known)
                    && !readsFamilyMember(letter.base(), d.rhs(), r) && !readsExample(letter.base(), d.rhs(), r)) {
                return null;
            }
            letters.add(letter.base());
        }
        List<String> sub = s.sub() == null ? List.of() : IndexLetters.of(s.sub());
        if (sub != null && letters.stream().anyMatch(sub::contains)) {
            return null;
        }
        Expr.Sym name = s.withScripts(s.span(), s.sub(), null, s.primes());
        if (r.isDefinedName(NameKeys.full(name)) || checked(letters, d.rhs(), r, name) == null) {
            return null;
        }
        String named = NameKeys.full(name);
        if (IndexLetters.nodes(d.rhs(), true).stream().anyMatch(n -> n instanceof Expr.Sym u && u.sup() != null
                && NameKeys.full(u.withScripts(u.span(), u.sub(), null, u.primes())).equals(named))) {
            return null;   // \mathbf{h}^{(t)} = \tanh(W \mathbf{h}^{(t-1)} + …): a step of a recurrence, labels
        }
        String latex = r.source.slice(s.span()).replace(r.source.slice(s.sup().span()), "").replaceAll("\\^\\s*$", "")
                .replaceAll("\\^\\s*(?=_)", "").strip();
        String indices = String.join(", ", letters);
        Diagnostic.of(Code.W0439, r.source, s.sup().span(), "the superscript `" + r.source.slice(s.sup().span())
                        + "` of `" + r.source.slice(s.span()) + "` holds the definition's " + (letters.size() == 1
                        ? "index `" + indices + "`" : "indices `" + indices + "`") + ", which the right-hand side"
                        + " reads with: `" + latex + "` is defined element by element over them")
                .caret(letters.size() == 1 ? "an index, not a label" : "indices, not a label")
                .help(s.sub() == null ? "write `" + latex + "_{" + String.join("", letters) + "}` to say so and silence"
                        + " this warning" : "to keep `" + r.source.slice(s.sup().span()) + "` a label, give its letters"
                        + " a meaning in the file (an input or a size)")
                .report(r.diagnostics);
        return new PendingDefinition(NameKeys.full(name), latex, name, s.span(), d.span(), false, List.of(), d.rhs(),
                d.comment(), null, letters, s.sup().span(), d.update());
    }

    /**
     * The indices of {@code u^i_j} read as {@code u_{ij}} (W0280): a single letter as superscript that is no name of
     * the file and indexes something on the right ({@code d_i}), with subscript letters that define the value element
     * by element; null otherwise ({@code \sigma^2_t}, {@code h^{(l)}_i}, {@code W^Q_i} keep their superscripts).
     */
    private static List<String> superscriptIndex(Expr.Sym s, Expr rhs, FileScope r) {
        if (s.sup() == null || s.sub() == null || NameKeys.isTranspose(s) || !s.sup().isSingle()
                || !(s.sup().single() instanceof Expr.Sym letter) || !letter.bare()
                || letter.kind() != dev.eqc.compiler.ast.SymKind.LETTERS || letter.base().length() != 1 || r.hasInput(NameKeys.full(s))
                || r.hasInput(NameKeys.full(s.withScripts(s.span(), null, s.sup(), s.primes())))) {
            return null;
        }
        List<String> sub = IndexLetters.of(s.sub());
        if (sub == null || sub.contains(letter.base())) {
            return null;
        }
        java.util.function.Predicate<String> known = k -> r.hasInput(k) || r.isDimension(k)
                || r.isDefinedName(k) || !r.appliedInputs(k).isEmpty();
        if (known.test(letter.base()) || !IndexLetters.indexesSomething(letter.base(), rhs, known)) {
            return null;
        }
        List<String> letters = new ArrayList<>();
        letters.add(letter.base());
        letters.addAll(sub);
        return checked(letters, rhs, r, s.withScripts(s.span(), null, null, s.primes()));
    }

    /**
     * DINOv2's KoLeo {@code d_{n,i} = \min_{j \neq i} \|x_i - x_j\|} with {@code n} the batch size, McMahan et al.'s
     * FTRL {@code w_{t,i} = …} whose right-hand side reads {@code z_i}, {@code n_i} and never {@code t}: the first
     * subscript letter is no index of the definition (a size, or a step the right-hand side does not use) but part of
     * the name, {@code d_n}, {@code w_t}, defined element by element over the letters after it (W0402). Before, the
     * whole subscript was the name of one scalar and the other letters were free (W0271 read KoLeo's minimum over
     * all pairs; FTRL's {@code z_i} were new scalars). Only when the subscript read as indices defines nothing.
     */
    private static boolean labelFirst(Expr.Sym s, StepSubscript step, Statement.Definition d, FileScope r) {
        if (!(s.sub().items().get(0) instanceof Expr.Sym first) || !first.bare()
                || first.kind() != dev.eqc.compiler.ast.SymKind.LETTERS || first.base().length() != 1
                || r.hasInput(NameKeys.full(first)) || elementIndices(s, d.rhs(), r) != null) {
            return false;
        }
        boolean size = r.isDimension(NameKeys.full(first));
        java.util.function.Predicate<String> known = k -> r.hasInput(k) || r.isDimension(k)
                || r.isDefinedName(k) || !r.appliedInputs(k).isEmpty();
        if (!size && IndexLetters.occursFree(first.base(), d.rhs(), known)) {
            return false;
        }
        if (checked(step.indices(), d.rhs(), r, step.name()) == null) {
            return false;
        }
        String name = r.source.slice(s.span());
        Diagnostic.of(Code.W0402, r.source, first.span(), "`" + first.base() + "` in `" + name + "` is "
                        + (size ? "a size" : "used nowhere on the right-hand side") + ", no index of the definition: `"
                        + name + "` is read as `" + step.latex() + "` defined element by element over `"
                        + String.join(", ", step.indices()) + "`")
                .caret("part of the name " + step.latex())
                .help("leave `" + first.base() + "` out of the subscript (`" + r.source.slice(new Span(s.span().start(),
                        s.sub().span().start() - 1)) + "_{" + String.join("", step.indices())
                        + "}`) to silence this warning")
                .report(r.diagnostics);
        return true;
    }

    /** The indices of {@code s}'s subscript when they define {@code named} element by element, or null. */
    private static List<String> elementIndices(Expr.Sym s, Expr rhs, FileScope r, Expr.Sym named) {
        if (s.sup() != null || r.hasInput(NameKeys.full(s))) {
            return null;
        }
        return checked(IndexLetters.of(s.sub()), rhs, r, named);
    }

    private static List<String> checked(List<String> letters, Expr rhs, FileScope r, Expr.Sym named) {
        if (letters == null) {
            return null;
        }
        // G_W of a declared value G_W(\vec{X}_1) is a name too: D_W = \|G_W(\vec{X}_1) - G_W(\vec{X}_2)\|_2
        // (Hadsell et al.) is one distance named after the weights W, not a definition element by element over W.
        java.util.function.Predicate<String> known = k -> r.hasInput(k) || r.isDimension(k)
                || r.isDefinedName(k) || !r.appliedInputs(k).isEmpty();
        // An index used only as a number (10000^{2i/d}) needs a declared result to give its range.
        boolean declaredResult = r.wasDeclared(NameKeys.full(named));
        for (String letter : letters) {
            // RLOO's b_i = \frac{1}{k-1} \sum_{j \neq i} R_j: i only leaves a term out of the sum, one value per i
            boolean leftOut = !known.test(letter) && IndexLetters.excludedBySum(letter, rhs);
            if (known.test(letter) || !IndexLetters.occursFree(letter, rhs, known) && !leftOut
                    || r.isTimeStep(letter) || onlyInDeclaredNames(letter, rhs, r)
                    || (!declaredResult && !leftOut && !IndexLetters.indexesSomething(letter, rhs, known)
                            && !readsFamilyMember(letter, rhs, r) && !readsExample(letter, rhs, r)
                            && !r.hasWrittenRange(rhs, letter) && !FractionRanges.isFraction(letter, rhs, r)
                            && LabelClasses.comparedWith(letter, rhs, r) == null
                            && LabelClasses.comparedWithArgExtreme(letter, rhs, r) == null
                            && !IndexLetters.comparedWithAnother(letter, letters, rhs))) {
                return null;
            }
        }
        return letters.size() == new java.util.HashSet<>(letters).size() ? letters : null;
    }

    /**
     * Whether every name in {@code rhs} whose subscript carries {@code letter} is declared as written, scripts and all:
     * DeepSeekMoE's {@code \mathbf{h}_t^l = … \mathbf{u}_t^l} with {@code \mathbf{u}_t^l \in \mathbb{R}^{d}} declared
     * (the hidden state of token t in layer l) is one value, as it is when {@code \mathbf{u}_t} is declared; so is
     * DeepSeek-V2's {@code \mathbf{k}_t^C = W^{UK} \mathbf{c}_t^{KV}} after {@code \mathbf{c}_t^{KV}} is defined so.
     */
    /**
     * CS229's {@code \\hat{y}^{(i)} = \\theta^T x^{(i)}} with the family {@code x^{(i)} \\in \\mathbb{R}^{p}, i = 1,
     * \\ldots, n} declared: the right-hand side reads a member of a declared family by its label, so the label on the
     * left is the definition's index (W0439) and each member is read (it was E0301, the whole stack).
     */
    private static boolean readsFamilyMember(String letter, Expr rhs, FileScope r) {
        return IndexLetters.nodes(rhs, true).stream().anyMatch(n -> n instanceof Expr.Sym u && u.sub() == null
                && u.sup() != null && u.labelledBy(letter) && r.family(NameKeys.full(u)) != null);
    }

    /**
     * Goodfellow et al.'s {@code p^{(i)} = \sigma(\boldsymbol{\theta}^\top \boldsymbol{x}^{(i)})} with only the design
     * matrix {@code \boldsymbol{X} \in \mathbb{R}^{m \times n}} declared (or {@code \boldsymbol{x}} itself): the right-hand
     * side reads the {@code letter}-th example of a declared tensor, {@code \boldsymbol{x}^{(i)}} undeclared as written,
     * so the label on the left is the definition's index (W0439), as it is beside a declared family.
     */
    private static boolean readsExample(String letter, Expr rhs, FileScope r) {
        return IndexLetters.nodes(rhs, true).stream().anyMatch(n -> n instanceof Expr.Sym u && u.sub() == null
                && u.sup() != null && u.primes() == 0 && u.labelledBy(letter) && !r.wasDeclared(NameKeys.full(u))
                && !r.hasInput(NameKeys.full(u)) && r.family(NameKeys.full(u)) == null
                && declaredExamples(u.withScripts(u.span(), null, null, 0), r));
    }

    /** Whether {@code base} ({@code \boldsymbol{x}}) or its capital ({@code \boldsymbol{X}}, 2 axes at least) is declared. */
    private static boolean declaredExamples(Expr.Sym base, FileScope r) {
        dev.eqc.compiler.term.Input own = r.input(NameKeys.full(base));
        if (own != null && r.wasDeclared(NameKeys.full(base))) {
            return own.dims() != null && !own.dims().isEmpty();
        }
        if (base.kind() != dev.eqc.compiler.ast.SymKind.LETTERS || base.base().length() != 1
                || !Character.isLowerCase(base.base().charAt(0))) {
            return false;
        }
        Expr.Sym capital = new Expr.Sym(base.span(), dev.eqc.compiler.ast.SymKind.LETTERS,
                base.base().toUpperCase(java.util.Locale.ROOT), base.accent(), null, null, 0);
        dev.eqc.compiler.term.Input upper = r.input(NameKeys.full(capital));
        return upper != null && r.wasDeclared(NameKeys.full(capital)) && upper.dims() != null && upper.dims().size() >= 2;
    }

    private static boolean onlyInDeclaredNames(String letter, Expr rhs, FileScope r) {
        boolean[] seen = {false};
        boolean[] other = {false};
        // Molnar's \max_k(\hat{f}_S(\mathbf{x}^{(k)}_S)) with \hat{f}_S(\mathbf{x}^{(k)}_S) declared: the subscript of
        // a declared value's function name, and of a labelled argument (x^{(k)}_S), are part of its name; an
        // argument's plain subscript (MPNN's A(e_{vw})) still reads an index.
        List<Expr.Sym> callees = new ArrayList<>();
        List<Span> declaredValues = new ArrayList<>();
        SubscriptForms.walk(rhs, e -> {
            if (e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f && !r.appliedInputs(NameKeys.full(f)).isEmpty()) {
                callees.add(f);
                declaredValues.add(a.span());
            }
        });
        SubscriptForms.walk(rhs, e -> {
            if (e instanceof Expr.Sym s && s.sub() != null && IndexLetters.of(s.sub()) != null
                    && IndexLetters.of(s.sub()).contains(letter) && (callees.contains(s) || s.sup() != null
                    && declaredValues.stream().anyMatch(v -> v.start() <= s.span().start() && s.span().end() <= v.end()))) {
                seen[0] = true;
            } else if (e instanceof Expr.Sym s && s.sub() != null && IndexLetters.of(s.sub()) != null
                    && IndexLetters.of(s.sub()).contains(letter)) {
                PendingDefinition named = r.definition(NameKeys.full(s));
                if (s.kind() == dev.eqc.compiler.ast.SymKind.COMMAND && s.base().equals("\\nabla")) {
                    return;   // \nabla_w: the variable differentiated with respect to, no index
                }
                if (s.sup() != null && (r.wasDeclared(NameKeys.full(s)) || named != null && named.indexLetters().isEmpty())) {
                    seen[0] = true;
                } else {
                    other[0] = true;
                }
            }
        });
        return seen[0] && !other[0];
    }

    private static PendingDefinition function(Statement.Definition d, Expr.Apply given, Expr.Sym callee, FileScope r) {
        Expr.Apply a = given.withConditionsAsArguments();
        {
            List<Expr.Sym> params = new ArrayList<>();
            for (Expr arg : a.args()) {
                List<Expr.Sym> grouped = groupedNames(arg);
                if (grouped != null) {
                    // \ell(w; (x, y)), D(p \| q): a tuple of names or two distributions are parameters each.
                    Diagnostic.of(Code.W0160, r.source, arg.span(), "`" + r.source.slice(arg.span())
                                    + "` is read as " + grouped.size() + " parameters: "
                                    + String.join(", ", grouped.stream().map(g -> "`" + r.source.slice(g.span()) + "`")
                                            .toList()))
                            .caret(grouped.size() + " parameters")
                            .help("list them one by one, separated by commas (`"
                                    + String.join(", ", grouped.stream().map(g -> r.source.slice(g.span())).toList())
                                    + "`), to say so")
                            .report(r.diagnostics);
                    params.addAll(grouped);
                } else if (arg instanceof Expr.Sym p) {
                    params.add(p);
                } else if (isNotation(arg) || EventArguments.namesEvent(arg)) {
                    // H(\pi(\cdot \mid s)), \mathcal{L}(\theta; \{\sigma_i\}_{i=1}^{L}), D_{KL}(q_\phi(z) \| p_\theta(z)): a
                    // distribution or a set the value is of, named for the reader; the body says what is computed.
                    Diagnostic.of(Code.W0258, r.source, arg.span(), "`" + r.source.slice(arg.span()) + "` in `"
                                    + r.source.slice(given.span()) + "` is no name: read as notation for what `"
                                    + r.source.slice(callee.span()) + "` is of, not a parameter")
                            .caret("notation, not a parameter")
                            .help("leave it out (`" + r.source.slice(callee.span()) + " = …`) to say so")
                            .report(r.diagnostics);
                } else {
                    Diagnostic.of(Code.E0107, r.source, arg.span(), "a parameter must be a name")
                            .caret("not a name")
                            .help("list the function's parameters by name, like `\\mathrm{FFN}(x)`")
                            .report(r.diagnostics);
                    return null;
                }
            }
            if (a.args().size() == 2 && params.size() == 2 && separatedByBars(a.args().get(0), a.args().get(1), r)) {
                // D(p \| q), D_{KL}[q || p]: the parser read the bars between two distributions as a comma.
                Span both = a.args().get(0).span().to(a.args().get(1).span());
                Diagnostic.of(Code.W0160, r.source, both, "`" + r.source.slice(both) + "` is read as 2 parameters: `"
                                + r.source.slice(params.get(0).span()) + "`, `" + r.source.slice(params.get(1).span()) + "`")
                        .caret("2 parameters")
                        .help("list them one by one, separated by commas (`" + r.source.slice(params.get(0).span()) + ", "
                                + r.source.slice(params.get(1).span()) + "`), to say so")
                        .report(r.diagnostics);
            }
            // \tilde{\boldsymbol{\epsilon}}_\theta(\mathbf{z}_\lambda, \mathbf{c}), D_\theta(\boldsymbol{x}; \sigma): a Greek
            // subscript on a function names the network's parameters, part of the name, never a member index.
            List<String> letters = callee.sub() != null && callee.sup() == null && !greekSubscript(callee)
                    ? elementIndices(callee, d.rhs(), r) : null;
            if (letters != null && params.stream().noneMatch(p -> letters.contains(NameKeys.full(p)))) {
                // E_i(x) = \max(0, xW_i): a family of functions, one per i (the experts of a mixture), defined
                // element-wise over i like \mathrm{sm}(z)_i; E_i(x) with i in scope calls member i.
                Expr.Sym name = callee.withScripts(new Span(callee.span().start(), callee.sub().span().start() - 1),
                        null, null, callee.primes());
                return new PendingDefinition(NameKeys.full(name), r.source.slice(callee.span()), name, callee.span(),
                        d.span(), true, params, d.rhs(), d.comment(), null, letters, callee.sub().span(), d.update());
            }
            List<String> steps = params.size() == 1 && callee.sub() == null ? notationalStep(params.get(0), d.rhs(), r, callee)
                    : null;
            if (steps != null) {
                // \mathrm{Retention}(X_n) = Q_n S_n (RetNet's recurrent form): the argument names step n of the input
                // and the body never reads it, so the value is defined element by element over n (W0382).
                Expr.Sym p = params.get(0);
                Diagnostic.of(Code.W0382, r.source, p.span(), "`" + r.source.slice(p.span()) + "` is not read by the body,"
                                + " which reads `" + steps.get(0) + "` as an index: `" + r.source.slice(given.span())
                                + "` is read as the value at step `" + steps.get(0) + "`, defined element by element over `"
                                + steps.get(0) + "`")
                        .caret("notation for step " + steps.get(0))
                        .help("write `" + r.source.slice(callee.span()) + "_" + steps.get(0) + " = …` to say so")
                        .report(r.diagnostics);
                return new PendingDefinition(NameKeys.full(callee), r.source.slice(callee.span()), callee, callee.span(),
                        d.span(), false, List.of(), d.rhs(), d.comment(), null, steps, p.sub().span(), d.update());
            }
            // Only a left-hand side that is the application itself: (\mathbf{prox}(v))_i = … has its index already.
            boolean bare = d.lhs() instanceof Expr.Apply;
            String member = bare ? MemberParameters.letter(callee, params, d.rhs(), r) : null;
            if (member != null) {
                // \mathrm{acc}(B_m) = \frac{1}{|B_m|} \sum_{i \in B_m} … (ECE) with B declared 0/1 rows: the value of
                // member m, defined element by element over m; calls with B_m read its element m (CallResolver).
                Expr.Sym p = params.get(0);
                String name = r.source.slice(callee.span());
                String base = NameKeys.full(p.withScripts(p.span(), null, null, p.primes()));
                Diagnostic.of(Code.W0428, r.source, p.span(), "`" + r.source.slice(given.span()) + "` is a function of `"
                                + r.source.slice(p.span()) + "`, member `" + member + "` of the declared `"
                                + r.input(base).latex() + "`: read as `" + name + "_" + member + " = …`, the value of"
                                + " each member, and `" + r.source.slice(given.span()) + "` where it is used as its element `"
                                + member + "`")
                        .caret("the value at each " + member)
                        .help("write `" + name + "_" + member + " = …` and use `" + name + "_" + member + "` to say so")
                        .report(r.diagnostics);
                return new PendingDefinition(NameKeys.full(callee), name, callee, callee.span(), d.span(), false,
                        List.of(), d.rhs(), d.comment(), null, List.of(member), p.sub().span(), d.update());
            }
            ElementwiseParameters.Letter each = bare ? ElementwiseParameters.of(callee, params, d.rhs(), r) : null;
            if (each != null) {
                // L(a, p, n) = \max\{d(a_i, p_i) - d(a_i, n_i) + {\rm margin}, 0\} (PyTorch's TripletMarginLoss): the
                // declared a, p, n are read only at i, bound nowhere, so the value is defined element by element.
                String name = r.source.slice(callee.span());
                String reads = String.join(", ", params.stream().map(q -> "`" + r.source.slice(q.span()) + "_"
                        + each.letter() + "`").toList());
                Diagnostic.of(Code.W0427, r.source, each.at(), "the body of `" + r.source.slice(given.span())
                                + "` reads its parameters only as " + reads + ", with `" + each.letter() + "` bound"
                                + " nowhere: read as `" + name + "_" + each.letter() + " = …`, the value at each `"
                                + each.letter() + "`, along the first axis of the declared inputs")
                        .caret("an index of the value")
                        .help("write `" + name + "_" + each.letter() + " = …` to say so, or bind `" + each.letter()
                                + "` (`\\sum_" + each.letter() + "`) for one number")
                        .report(r.diagnostics);
                return new PendingDefinition(NameKeys.full(callee), name, callee, callee.span(), d.span(), false,
                        List.of(), d.rhs(), d.comment(), null, List.of(each.letter()), each.at(), d.update());
            }
            return new PendingDefinition(NameKeys.full(callee), r.source.slice(callee.span()), callee, callee.span(),
                    d.span(), !params.isEmpty(), params, d.rhs(), d.comment(), null, List.of(), null, d.update());
        }
    }

    /**
     * The one index letter of {@code p} ({@code n} of {@code X_n}) when neither {@code p} nor its base is read by
     * {@code rhs} and the letter indexes something there; else null.
     */
    private static List<String> notationalStep(Expr.Sym p, Expr rhs, FileScope r, Expr.Sym callee) {
        if (p.sub() == null || p.sup() != null) {
            return null;
        }
        List<String> letters = elementIndices(p, rhs, r, callee);
        if (letters == null || letters.size() != 1) {
            return null;
        }
        String full = NameKeys.full(p);
        String base = NameKeys.full(p.withScripts(p.span(), null, null, p.primes()));
        boolean[] read = {false};
        SubscriptForms.walk(rhs, e -> {
            if (e instanceof Expr.Sym s && (NameKeys.full(s).equals(full) || NameKeys.base(s).equals(base))) {
                read[0] = true;
            }
        });
        return read[0] ? null : letters;
    }

    /**
     * A left-hand argument that names a distribution or a set rather than a parameter: an application
     * ({@code \pi(\cdot \mid s)}, {@code q_\phi(\mathbf{z})}) or a set in braces, subscripted or not
     * ({@code \{\sigma_i\}_{i=1}^{L}}).
     */
    private static boolean isNotation(Expr arg) {
        Expr e = arg;   // \{\sigma_i\}_{i=1}^{L}, \{\mathbf{u}_i\}^N_{i=1}: the limits in either order
        while (e instanceof Expr.Power || e instanceof Expr.Subscripted) {
            e = e instanceof Expr.Power p ? p.base() : ((Expr.Subscripted) e).base();
        }
        return e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym
                || e instanceof Expr.Group g && (g.bracket() == dev.eqc.compiler.ast.Bracket.SET
                || g.bracket() == dev.eqc.compiler.ast.Bracket.BRACE);
    }

    private static boolean greekSubscript(Expr.Sym callee) {
        List<String> letters = IndexLetters.of(callee.sub());
        return letters != null && letters.stream().anyMatch(GreekLetters::isLetter);
    }

    /** Only bars stand between {@code a} and {@code b}: {@code p \| q}, {@code p || q}, {@code p \Bigl|\Bigr| q}. */
    private static boolean separatedByBars(Expr a, Expr b, FileScope r) {
        int from = a.span().end();
        int to = b.span().start();
        if (from < 0 || to <= from) {
            return false;
        }
        String between = r.source.slice(new Span(from, to))
                .replaceAll("\\\\(left|right|[bB]igg?[lrm]?)\\.?|\\\\[,;:! ]|\\s", "");
        return between.equals("||") || between.equals("\\|") || between.matches("\\\\[lr]?Vert");
    }

    /**
     * The names of a parameter written as a group: the tuple {@code (x, y)} of {@code \ell(w; (x, y))}, the two
     * distributions {@code p \| q} of {@code D(p \| q)}; null when {@code arg} is no such group.
     */
    static List<Expr.Sym> groupedNames(Expr arg) {
        List<Expr> items;
        if (arg instanceof Expr.Group g && g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN && g.items().size() >= 2) {
            items = g.items();
        } else if (arg instanceof Expr.Binary b && b.op() == dev.eqc.compiler.ast.BinaryOp.CONCAT) {
            items = List.of(b.left(), b.right());
        } else {
            return null;
        }
        List<Expr.Sym> names = new ArrayList<>();
        for (Expr e : items) {
            if (!(e instanceof Expr.Sym s)) {
                return null;
            }
            names.add(s);
        }
        return names;
    }

    /** A superscript that names an estimator by its parameters: {@code \mathrm{GAE}(\gamma, \lambda)}. */
    /** {@code ^\\text{(sharp)}}, {@code ^{\\mathrm{old}}}: a superscript that is one word, a label of the name. */
    /**
     * A superscript of one letter that names nothing in the file: the NTM's content weighting {@code w_t^c(i)} (Weng's
     * printing) is labelled {@code c}, no power of a function.
     */
    private static boolean letterLabel(dev.eqc.compiler.ast.Script sup, FileScope r) {
        return sup.isSingle() && sup.single() instanceof Expr.Sym l && l.bare()
                && l.kind() == dev.eqc.compiler.ast.SymKind.LETTERS && l.base().length() == 1
                && !r.hasInput(l.base()) && !r.isDimension(l.base()) && !r.isDefinedName(l.base());
    }

    private static boolean wordLabel(dev.eqc.compiler.ast.Script sup) {
        return sup.isSingle() && sup.single() instanceof Expr.Sym w && w.kind() == dev.eqc.compiler.ast.SymKind.WORD;
    }

    private static boolean isLabel(dev.eqc.compiler.ast.Script sup) {
        if (!sup.isSingle()) {
            return false;
        }
        Expr e = sup.single();
        // Only a label with parameters: m^{\text{new}}_i names a new quantity beside a declared m.
        return e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym c
                && c.kind() == dev.eqc.compiler.ast.SymKind.WORD;
    }

    /** Whether every argument of {@code inner} is a name that {@code outer} lists too. */
    private static boolean repeats(Expr.Apply inner, Expr.Apply outer) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Expr e : outer.args()) {
            if (!(e instanceof Expr.Sym s)) {
                return false;
            }
            names.add(NameKeys.full(s));
        }
        return !inner.args().isEmpty() && inner.args().stream()
                .allMatch(e -> e instanceof Expr.Sym s && names.contains(NameKeys.full(s)));
    }

    private static PendingDefinition invalid(Expr lhs, FileScope r) {
        String what = "the left-hand side of a definition is a name, a function with its parameters, or an"
                + " element-wise form like `y_i` or `\\mathrm{softmax}(z)_i`";
        Diagnostic.of(Code.E0107, r.source, lhs.span(),
                        "cannot define `" + r.source.slice(lhs.span()) + "`")
                .caret("not a name")
                .help(what)
                .report(r.diagnostics);
        return null;
    }

    /**
     * {@code \\nabla E(\\mathbf{w}) = \\sum_n (y_n - t_n) \\phi_n} (Bishop, Eq. 4.91): the closed form of a gradient,
     * printed as its definition. It defines the function named {@code \\nabla E} of the parameters written (run it
     * with {@code --function '\\nabla E'}); eqc does not differentiate {@code E} to check it (W0145). Null for any
     * other left-hand side.
     */
    private static PendingDefinition namedGradient(Statement.Definition d, FileScope r) {
        if (!(d.lhs() instanceof Expr.Binary b) || b.op() != dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                || !(b.left() instanceof Expr.Sym nabla) || !nabla.bare() || !nabla.base().equals("\\nabla")) {
            return null;
        }
        Expr.Sym of = b.right() instanceof Expr.Apply a && a.callee() instanceof Expr.Sym c ? c
                : b.right() instanceof Expr.Sym s ? s : null;
        if (of == null) {
            return null;
        }
        Span nameSpan = new Span(b.span().start(), of.span().end());
        String printed = r.source.slice(nameSpan);
        String base = NameKeys.full(of).replaceAll("[^A-Za-z0-9]", "");
        Expr.Sym named = new Expr.Sym(nameSpan, dev.eqc.compiler.ast.SymKind.WORD,
                "grad" + (base.isEmpty() ? "" : Character.toUpperCase(base.charAt(0)) + base.substring(1)), null, null,
                null, 0);
        Diagnostic.of(Code.W0145, r.source, nameSpan, "`" + r.source.slice(d.lhs().span()) + " = …` defines `"
                        + printed + "` as written on the right: the closed form of the gradient, which eqc does not"
                        + " derive from `" + r.source.slice(of.span()) + "`")
                .caret("a name, `" + printed + "`")
                .help("to have eqc differentiate, define `" + r.source.slice(of.span()) + "` and write `\\nabla_{…} "
                        + r.source.slice(of.span()) + "`")
                .report(r.diagnostics);
        if (b.right() instanceof Expr.Apply a) {
            PendingDefinition f = function(d, new Expr.Apply(d.lhs().span(), named, a.args(), a.argsSpan()), named, r);
            return f == null ? null : f.withLatexName(printed);
        }
        return new PendingDefinition(NameKeys.full(named), printed, named, nameSpan, d.span(), false, List.of(),
                d.rhs(), d.comment(), null, List.of(), null, d.update());
    }

    /**
     * {@code q'(k) = (1-\\epsilon)\\delta_{k,y} + \\epsilon/K} with {@code q' \\in \\mathbb{R}^{K}} declared (Szegedy
     * et al.'s label smoothing): a declared tensor written as a function of one letter per axis, letters that name
     * nothing in the file, is defined element by element, {@code q'_k = …} (W0161). Null for any other form.
     */
    private static PendingDefinition declaredTensorOfIndices(Statement.Definition d, Expr.Apply a, Expr.Sym callee,
            FileScope r) {
        String key = NameKeys.full(callee);
        dev.eqc.compiler.term.Input declared = r.input(key);
        List<Expr> indexArgs = a.args();
        Expr condition = null;
        if (a.args().size() == 1 && a.args().get(0) instanceof Expr.Relation given
                && given.op() == dev.eqc.compiler.ast.RelOp.GIVEN && given.right() instanceof Expr.Sym on && on.bare()
                && IndexLetters.nodes(d.rhs(), true).stream().noneMatch(n -> n instanceof Expr.Sym u
                        && NameKeys.full(u).equals(NameKeys.full(on)))) {
            // q'(k \mid x) = … with q' \in \mathbb{R}^{K} and x unused (Szegedy's label distribution given the
            // example x): the condition is notation, k the index.
            indexArgs = List.of(given.left());
            condition = on;
        }
        if (declared == null || !r.wasDeclared(key) || declared.dims().size() != indexArgs.size() || d.update()) {
            return null;
        }
        List<String> letters = new ArrayList<>();
        for (Expr arg : indexArgs) {
            if (!(arg instanceof Expr.Sym v) || !v.bare() || v.kind() != dev.eqc.compiler.ast.SymKind.LETTERS
                    || v.base().length() != 1 || r.hasInput(NameKeys.full(v)) || r.isDimension(NameKeys.full(v))
                    || letters.contains(v.base())) {
                return null;
            }
            letters.add(v.base());
        }
        Diagnostic.Builder w = Diagnostic.of(Code.W0161, r.source, d.lhs().span(), "`"
                        + r.source.slice(d.lhs().span()) + "` is the declared `" + r.source.slice(callee.span()) + "` written as a function of its "
                        + (letters.size() == 1 ? "index" : "indices") + ": defined element by element over `"
                        + String.join(", ", letters) + "`")
                .caret("read as `" + r.source.slice(callee.span()) + "_{" + String.join(",", letters) + "}`")
                .help("write `" + r.source.slice(callee.span()) + "_{" + String.join(",", letters) + "} = …` to say so");
        if (condition != null) {
            w.note("the condition `\\mid " + r.source.slice(condition.span()) + "` is notation: the right-hand side does not"
                    + " use `" + r.source.slice(condition.span()) + "`");
        }
        w.report(r.diagnostics);
        return new PendingDefinition(key, r.source.slice(callee.span()), callee, callee.span(), d.span(), false,
                List.of(), d.rhs(), d.comment(), null, letters, a.argsSpan(), false);
    }

    /**
     * {@code \\boldsymbol{a}_t(s) = \\frac{\\exp(\\mathrm{score}(h_t, \\bar{h}_s))}{\\sum_{s'} …}} (Luong et al., Eq. 7): a
     * name applied to letters that the right-hand side uses only to index tensors ({@code \\bar{h}_s}), never as
     * values, and that the file applies nowhere else, is defined element by element over them (W0220, as
     * {@link ElementArguments} reads an unsubscripted {@code P(i)}); the
     * letters' range is the axis they index. Null for any other form: a parameter used as a value makes a function.
     */
    private static PendingDefinition functionOfIndices(Statement.Definition d, Expr.Apply a, Expr.Sym callee,
            FileScope r) {
        String key = NameKeys.full(callee);
        // an update of a name the file does not declare defines it (the NTM's w^c_t(i) \longleftarrow …)
        if (r.hasInput(key) || d.update() && r.wasDeclared(key) || callee.sup() != null && !wordLabel(callee.sup())
                && !letterLabel(callee.sup(), r) || a.args().isEmpty()) {
            return null;
        }
        List<Expr> indexArgs = a.args();
        List<String> notation = new ArrayList<>();
        if (a.args().get(0) instanceof Expr.Relation given && given.op() == dev.eqc.compiler.ast.RelOp.GIVEN
                && given.left() instanceof Expr.Sym) {
            // UDA's p^{\text{(sharp)}}(y \mid \mathbf{x}; T) = \frac{\exp(z^{(y)}/T)}{\sum_{y'} …} as Weng prints it:
            // the class before the bar is the index; what it is conditioned on is notation when the right-hand side
            // does not use it or the file declares it (T, an input of the file).
            // A condition that indexes tensors on the right is an index too, and comes first, as the conditions of a
            // declared table do (W0256): the mixture of softmaxes' P_\theta(x \mid c) with \pi_{c,k} is [c, x].
            List<Expr> rest = new ArrayList<>();
            rest.add(given.right());
            rest.addAll(a.args().subList(1, a.args().size()));
            List<Expr> conditions = new ArrayList<>();
            for (Expr e : rest) {
                if (e instanceof Expr.Sym on && on.bare() && on.kind() == dev.eqc.compiler.ast.SymKind.LETTERS
                        && on.base().length() == 1 && !r.hasInput(NameKeys.full(on)) && !r.isDimension(NameKeys.full(on))
                        && IndexLetters.indexesSomething(on.base(), d.rhs(), r::hasInput)) {
                    conditions.add(on);
                    continue;
                }
                if (!(e instanceof Expr.Sym on) || !r.hasInput(NameKeys.full(on))
                        && IndexLetters.nodes(d.rhs(), true).stream().anyMatch(n -> n instanceof Expr.Sym u
                                && NameKeys.full(u).equals(NameKeys.full(on)))) {
                    return null;
                }
                notation.add(r.source.slice(e.span()));
            }
            conditions.add(given.left());
            indexArgs = conditions;
        }
        java.util.Set<String> values = new java.util.HashSet<>();
        java.util.Set<String> called = new java.util.HashSet<>();
        lettersOutsideDeclaredCalls(d.rhs(), r, values, called);
        List<String> letters = new ArrayList<>();
        boolean allCalled = true;
        for (Expr arg : indexArgs) {
            if (!(arg instanceof Expr.Sym v) || !v.bare() || v.kind() != dev.eqc.compiler.ast.SymKind.LETTERS
                    || v.base().length() != 1 || r.hasInput(NameKeys.full(v)) || r.isDimension(NameKeys.full(v))
                    || letters.contains(v.base()) || values.contains(v.base())
                    || !IndexLetters.indexesSomething(v.base(), d.rhs(), r::hasInput) && !called.contains(v.base())
                    || IndexLetters.reductionLetters(d.rhs()).contains(v.base())
                            && !IndexLetters.indexesSomethingFree(v.base(), d.rhs(), r::hasInput)) {
                return null;
            }
            allCalled &= called.contains(v.base());
            letters.add(v.base());
        }
        if (callee.primes() > 0 && !allCalled) {
            return null;   // f'(x): a derivative, unless x only picks elements of declared tensors (p'(x) = … p(x) …)
        }
        String printed = r.source.slice(callee.span());
        String text = r.source.text();
        // comments (`% p'(x) = norm(…)`, the paper's own words) are no applications
        String elsewhere = (text.substring(0, d.span().start()) + "\n" + text.substring(d.span().end()))
                .replaceAll("(?m)(?<!\\\\)%.*$", "");
        if (java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(printed) + "\\s*(\\\\left)?\\s*\\(")
                .matcher(elsewhere).find()) {
            return null;   // applied elsewhere: a function, whatever its body
        }
        Diagnostic.Builder w = Diagnostic.of(Code.W0220, r.source, d.lhs().span(), "`" + r.source.slice(d.lhs().span())
                        + "` is a function of " + (letters.size() == 1 ? "an index" : "indices") + " that the right-hand"
                        + " side uses only to pick elements: defined element by element over `" + String.join(", ", letters)
                        + "`")
                .caret("read as `" + printed + "` over `" + String.join(", ", letters) + "`")
                .help("write the " + (letters.size() == 1 ? "index" : "indices") + " as a subscript to say so");
        if (!notation.isEmpty()) {
            w.note("what it is conditioned on, `" + String.join("`, `", notation) + "`, is notation: the right-hand side"
                    + " does not use it, or uses the file's input of that name");
        }
        w.report(r.diagnostics);
        return new PendingDefinition(key, printed, callee, callee.span(), d.span(), false, List.of(), d.rhs(),
                d.comment(), null, letters, a.argsSpan(), false);
    }

    /**
     * The letters {@code e} uses as values into {@code values}, and into {@code called} the letters it gives, one per
     * axis, to a declared tensor written as a function ({@code p(x)} with {@code p \in \mathbb{R}^{V}}: the element
     * {@code p_x}, W0161), which are no values. Speculative decoding's {@code a(x) = \min(1, p(x)/q(x))} is then a
     * function of an index (W0220).
     */
    static void lettersOutsideDeclaredCalls(Expr e, FileScope r, java.util.Set<String> values,
            java.util.Set<String> called) {
        // \pi(a|s) too (Sutton & Barto's policy evaluation): the condition is one more argument, axis by axis.
        List<Expr> args = e instanceof Expr.Apply ap ? ap.withConditionsAsArguments().args() : List.of();
        if (e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f && r.input(NameKeys.full(f)) != null
                && r.wasDeclared(NameKeys.full(f)) && r.input(NameKeys.full(f)).dims() != null
                && r.input(NameKeys.full(f)).dims().size() >= args.size()   // a row: \mathbf{M}_t(i) (NTM)
                && args.stream().allMatch(x -> x instanceof Expr.Sym v && v.sub() == null && v.sup() == null
                        && v.accent() == null && (v.kind() == dev.eqc.compiler.ast.SymKind.LETTERS
                                || v.kind() == dev.eqc.compiler.ast.SymKind.COMMAND))) {
            args.forEach(x -> called.add(((Expr.Sym) x).base()));
            return;
        }
        PendingDefinition g = e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f
                ? r.definition(NameKeys.full(f)) : null;
        java.util.Set<Integer> picks = g != null && g.params().size() == args.size()
                ? IndexParameters.positions(g, r) : java.util.Set.of();
        if (!picks.isEmpty()) {
            // h(s, b, \boldsymbol{\theta}) with h's s and a only picking elements (IndexParameters): no values either
            for (int k = 0; k < args.size(); k++) {
                if (picks.contains(k) && IndexParameters.letter(args.get(k))) {
                    called.add(((Expr.Sym) args.get(k)).base());
                } else {
                    lettersOutsideDeclaredCalls(args.get(k), r, values, called);
                }
            }
            return;
        }
        if (e instanceof Expr.Sym sym) {
            values.addAll(IndexLetters.valueLetters(e));
            if (sym.sup() != null) {
                // e^{h(s, a, \boldsymbol{\theta})}: the letters an exponent passes on to pick elements
                sym.sup().items().forEach(x -> lettersOutsideDeclaredCalls(x, r, new java.util.HashSet<>(), called));
            }
            return;
        }
        for (Expr c : IndexLetters.children(e)) {
            lettersOutsideDeclaredCalls(c, r, values, called);
        }
    }

    /** {@code p} or {@code p(x)} in a left-hand side {@code \log p} or {@code \log p(x)}, else null. */
    static Expr logOfName(Expr lhs) {
        if (!(lhs instanceof Expr.Apply log) || !(log.callee() instanceof Expr.Sym f) || !f.bare()
                || f.kind() != dev.eqc.compiler.ast.SymKind.COMMAND
                || !(f.base().equals("\\log") || f.base().equals("\\ln")) || log.args().size() != 1) {
            return null;
        }
        Expr arg = log.args().get(0);
        if (arg instanceof Expr.Sym) {
            return arg;
        }
        return arg instanceof Expr.Apply a && a.callee() instanceof Expr.Sym ? arg : null;
    }

    /**
     * {@code \\frac{\\partial C}{\\partial z_i}} with {@code C} a name that {@code known} does not know and {@code z_i}
     * a name subscripted by one letter: {@code C} and {@code z_i}; else null.
     */
    static Expr.Sym[] statedDerivative(Expr lhs, java.util.function.Predicate<String> known) {
        if (!(lhs instanceof Expr.Frac f) || !(CallResolver.isPartial(f.num()) instanceof Expr.Sym of) || !of.bare()
                || !(CallResolver.isPartial(f.den()) instanceof Expr.Sym by) || by.sub() == null || by.sup() != null
                || !by.sub().isSingle() || !(by.sub().single() instanceof Expr.Sym i) || !i.bare()
                || i.base().length() != 1 || known.test(NameKeys.full(of))) {
            return null;
        }
        return new Expr.Sym[] {of, by};
    }

    /** The name {@code \log p}: one word, so that it names one value or function. */
    static Expr.Sym logName(Span at, Expr.Sym p) {
        String base = NameKeys.full(p).replaceAll("[^A-Za-z0-9]", "");
        return new Expr.Sym(at, dev.eqc.compiler.ast.SymKind.WORD,
                "log" + (base.isEmpty() ? "" : Character.toUpperCase(base.charAt(0)) + base.substring(1)), null, null, null, 0);
    }

    /**
     * {@code p(y = k \mid x) = …}, {@code P(x_i = V_l | x_{1:i-1}) = …}: the probabilities of the outcomes
     * {@code k} (or {@code l}), defined element-wise over the index the event names; what follows {@code |} is
     * the condition the right-hand side already uses (W0160). Null for any other left-hand side.
     */
    private static PendingDefinition distributionOver(Statement.Definition d, FileScope r) {
        if (!(d.lhs() instanceof Expr.Apply a) || !(a.callee() instanceof Expr.Sym callee)
                || !callee.bare() && !parameterLabelled(callee) || a.args().isEmpty()
                || a.args().size() != 1 && !conditionList(a.args())
                        && a.args().subList(1, a.args().size()).stream().anyMatch(x -> !(x instanceof Expr.Sym p)
                                || !r.wasDeclared(NameKeys.full(p)))) {
            // Goodfellow et al.'s p(y = 1 \mid \boldsymbol{x}^{(i)}; \boldsymbol{\theta}): the parameters after the
            // event, inputs the file declares or names after a condition, are notation; any other second argument
            // makes a function
            return null;
        }
        Expr event = a.args().get(0);
        Expr condition = null;
        if (event instanceof Expr.Relation tail && tail.op() == dev.eqc.compiler.ast.RelOp.EQ
                && tail.left() instanceof Expr.Relation bar && bar.op() == dev.eqc.compiler.ast.RelOp.GIVEN) {
            // P(O = o \mid C = c) (CS224n): the chain reads ((O = o) | C) = c, the bar binding tightest; the
            // condition C = c names the given value, as a bare c would.
            event = bar;
        }
        if (event instanceof Expr.Relation given && given.op() == dev.eqc.compiler.ast.RelOp.GIVEN) {
            condition = given.right();
            event = given.left();
        }
        if (event instanceof Expr.Relation fixed && fixed.op() == dev.eqc.compiler.ast.RelOp.EQ
                && fixed.right() instanceof Expr.Num value && fixed.left() instanceof Expr.Sym variable
                && !r.hasInput(NameKeys.full(callee))) {
            // P(y = 1 | f) = \frac{1}{1 + \exp(A f + B)} (Platt): the probability of one fixed outcome, named P.
            String name = r.source.slice(callee.span());
            List<String> units = variable.sup() == null && variable.accent() == null ? IndexLetters.of(variable.sub()) : null;
            if (units == null && variable.bare() && condition instanceof Expr.Sym example && example.sub() == null
                    && example.sup() != null && example.sup().isSingle()
                    && example.sup().single() instanceof Expr.Group g && g.items().size() == 1
                    && g.items().get(0) instanceof Expr.Sym label && label.bare() && label.base().length() == 1
                    && (readsExample(label.base(), d.rhs(), r) || readsFamilyMember(label.base(), d.rhs(), r))) {
                // p(y = 1 \mid \boldsymbol{x}^{(i)}; \boldsymbol{\theta}) = \sigma(\boldsymbol{\theta}^\top
                // \boldsymbol{x}^{(i)}) with the rows of X declared: one probability per example i
                units = List.of(label.base());
            }
            boolean labelled = units != null && variable.sub() == null;
            java.util.function.Predicate<String> knownName = k -> r.hasInput(k) || r.isDimension(k) || r.isDefinedName(k);
            if (units != null && !units.isEmpty() && units.stream().allMatch(l -> l.length() == 1
                    && !knownName.test(l) && (labelled || IndexLetters.indexesSomething(l, d.rhs(), knownName)))) {
                // P(h_j = 1 \mid \mathbf{v}) = \sigma(c_j + \mathbf{v}^\top \mathbf{W}_{:,j}) (an RBM's hidden units),
                // p(y_i = 1 \mid \mathbf{x}_i) = \sigma(\mathbf{w}^\top \mathbf{x}_i): one probability per unit j (example
                // i), defined element-wise over the letters that subscript the variable (was one scalar P, with c_j an
                // input of its own).
                String element = callee.bare() ? name + "_{" + String.join("", units) + "}" : "{" + name + "}_{"
                        + String.join("", units) + "}";
                Diagnostic.of(Code.W0160, r.source, d.lhs().span(), "`" + r.source.slice(d.lhs().span()) + "` is read as `"
                                + element + "`: the probability that `" + r.source.slice(variable.span()) + "` is "
                                + r.source.slice(value.span()) + ", for each `" + String.join(", ", units)
                                + "`, defined element-wise")
                        .caret("defines " + name + " over " + String.join(", ", units))
                        .help("write `" + element + " = …` to say so")
                        .report(r.diagnostics);
                return new PendingDefinition(NameKeys.full(callee), name, callee, callee.span(), d.span(), false,
                        List.of(), d.rhs(), d.comment(), null, units, variable.sub() != null ? variable.sub().span()
                                : condition.span(), d.update());
            }
            Diagnostic.of(Code.W0160, r.source, d.lhs().span(), "`" + r.source.slice(d.lhs().span()) + "` is read as `"
                            + name + "`: the probability that `" + r.source.slice(variable.span()) + "` is "
                            + r.source.slice(value.span()) + ", computed by the right-hand side")
                    .caret("defines " + name)
                    .help("write `" + name + " = …` to say so, or name the outcome with a letter, `" + name + "(y = k \\mid …)`,"
                            + " to define one value per outcome")
                    .report(r.diagnostics);
            return new PendingDefinition(NameKeys.full(callee), name, callee, callee.span(), d.span(), false, List.of(),
                    d.rhs(), d.comment(), null, List.of(), null, d.update());
        }
        if (!(event instanceof Expr.Relation eq) || eq.op() != dev.eqc.compiler.ast.RelOp.EQ
                || !(eq.right() instanceof Expr.Sym outcome) || outcome.sup() != null || outcome.accent() != null) {
            return null;
        }
        List<String> letters = outcome.sub() == null && outcome.kind() == dev.eqc.compiler.ast.SymKind.LETTERS
                && outcome.base().length() == 1 ? List.of(outcome.base()) : IndexLetters.of(outcome.sub());
        java.util.function.Predicate<String> known = k -> r.hasInput(k) || r.isDimension(k) || r.isDefinedName(k);
        if (letters == null || letters.isEmpty()
                || letters.stream().anyMatch(l -> known.test(l) || !IndexLetters.indexesSomething(l, d.rhs(), known))) {
            return null;
        }
        if (eq.left() instanceof Expr.Sym variable && variable.sub() == null && variable.sup() != null
                && variable.sup().isSingle() && variable.sup().single() instanceof Expr.Group g && g.items().size() == 1
                && g.items().get(0) instanceof Expr.Sym label && label.bare() && label.base().length() == 1
                && !known.test(label.base()) && !letters.contains(label.base())
                && (readsExample(label.base(), d.rhs(), r) || readsFamilyMember(label.base(), d.rhs(), r))) {
            // UFLDL's P(y^{(i)} = j \mid x^{(i)}; \theta) with the examples x^{(i)} the rows of a declared x: one row
            // of class probabilities per example, over i then j (was over j alone, x^{(i)} an undeclared input)
            List<String> both = new ArrayList<>();
            both.add(label.base());
            both.addAll(letters);
            letters = both;
        }
        String name = r.source.slice(callee.span());
        // p_\phi(y = k \mid x): `p_\phi` over k, not the double subscript p_\phi_{k}
        String element = callee.bare() ? name + "_{" + String.join("", letters) + "}" : "{" + name + "}_{"
                + String.join("", letters) + "}";
        Diagnostic.of(Code.W0160, r.source, d.lhs().span(), "`" + r.source.slice(d.lhs().span()) + "` is read as `"
                        + element + "`: the probability of each outcome `"
                        + String.join(", ", letters) + "`, defined element-wise")
                .caret("defines " + name + " over " + String.join(", ", letters))
                .help("write `" + element + " = …` to say so")
                .report(r.diagnostics);
        return new PendingDefinition(NameKeys.full(callee), name, callee, callee.span(), d.span(), false, List.of(),
                d.rhs(), d.comment(), null, letters, outcome.span(), d.update());
    }

    /**
     * {@code p(y = i | x; \theta)} (CS229's softmax regression), {@code P(w_t = i | U, C)} (Covington et al.): an
     * event with a bar first, then more names of the condition after commas or a semicolon. They are the condition,
     * as the part after the bar is: the right-hand side uses what they stand for.
     */
    private static boolean conditionList(List<Expr> args) {
        Expr first = args.get(0);
        boolean barred = first instanceof Expr.Relation r && (r.op() == dev.eqc.compiler.ast.RelOp.GIVEN
                || r.op() == dev.eqc.compiler.ast.RelOp.EQ && r.right() instanceof Expr.Relation g
                && g.op() == dev.eqc.compiler.ast.RelOp.GIVEN
                || r.op() == dev.eqc.compiler.ast.RelOp.EQ && r.left() instanceof Expr.Relation g2
                && g2.op() == dev.eqc.compiler.ast.RelOp.GIVEN);
        return barred && args.subList(1, args.size()).stream().allMatch(x -> x instanceof Expr.Sym);
    }

    /** {@code p_\phi}, {@code p_\theta}: a name subscripted only by the Greek letter of its parameters (prototypical networks). */
    private static boolean parameterLabelled(Expr.Sym callee) {
        return callee.sup() == null && callee.accent() == null && callee.primes() == 0 && callee.sub() != null
                && callee.sub().isSingle() && callee.sub().single() instanceof Expr.Sym label && label.bare()
                && label.kind() == dev.eqc.compiler.ast.SymKind.COMMAND && GreekLetters.isLetter(label.base());
    }

    static PendingDefinition bare(Statement.Bare b, String resultName) {
        return new PendingDefinition("\u0000result:" + resultName, resultName, null, b.span(), b.span(), false,
                List.of(), b.expr(), b.comment(), resultName, List.of(), null, false);
    }
}
