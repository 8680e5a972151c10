package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.ast.UnaryOp;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.TermTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applications in a body (SPEC 2.3, 3.3, 3.6): {@code f(x)} as a call of a definition, a built-in
 * or a product; axis forms ({@code \\underset{m}{\\mathrm{softmax}}}, {@code \\mathbb{E}_k[…]},
 * {@code \mathrm{softmax}_j(e_{ij})}); expectations and indicators; {@code clip}; and gradients
 * ({@code \nabla_{W} L}, {@code \frac{\partial L}{\partial W}}).
 */
final class CallResolver {
    /** The subscripts that make {@code \sigma} the softmax: {@code \sigma_{SM}} (Guo et al. 2017). */
    private static final java.util.Set<String> SOFTMAX_SIGMAS = java.util.Set.of("SM", "\\mathrm{SM}", "\\text{SM}",
            "\\mathrm{softmax}", "\\text{softmax}");

    private final BodyResolver body;
    private final FileScope file;
    private final AppliedValues applied;

    CallResolver(BodyResolver body) {
        this.body = body;
        this.file = body.file;
        this.applied = new AppliedValues(body);
    }

    private Term expr(Expr e) {
        return body.expr(e);
    }

    /** A juxtaposition that is a form rather than a product ({@code \nabla_{W} L}, {@code \mathbb{E}[x]}); else null. */
    /**
     * An italic {@code E} whose subscript draws samples ({@code E_{(x, y_w, y_l) \sim D}[…]}, InstructGPT's reward
     * loss): an expectation, as {@code \mathbb{E}} is; an italic {@code E_t} or {@code E_i} stays a name.
     */
    private static boolean sampled(Expr.Sym e) {
        return e.sub() != null && e.sub().isSingle() && e.sub().single() instanceof Expr.Relation r
                && r.op() == dev.eqc.compiler.ast.RelOp.RELATED;
    }

    Term juxtaposedForm(Expr.Binary b) {
        Term form = formOf(b);
        if (form == null && b.left() instanceof Expr.Binary chain && chain.op() == BinaryOp.JUXTAPOSE) {
            // \frac{m}{m-1} \mathbb{E}_{\mathcal{B}}[\sigma^2], \lambda \nabla_W L: a form that is the last
            // factor of a product, not the product applied to the bracket.
            Expr.Binary last = new Expr.Binary(new Span(chain.right().span().start(), b.span().end()), b.opSpan(),
                    BinaryOp.JUXTAPOSE, chain.right(), b.right());
            Term tail = juxtaposedForm(last);
            if (tail != null) {
                return new Term.Product(b.span(), chain.opSpan(), expr(chain.left()), tail, false);
            }
        }
        if (form == null && b.left() instanceof Expr.Unary minus && minus.op() == UnaryOp.NEG) {
            // -\mathbb{E}_{x \sim \mathcal{D}}[…], -\nabla_W L: the sign parses onto the first factor; the form is
            // what it negates.
            Expr.Binary unsigned = new Expr.Binary(new Span(minus.operand().span().start(), b.span().end()), b.opSpan(),
                    BinaryOp.JUXTAPOSE, minus.operand(), b.right());
            Term negated = juxtaposedForm(unsigned);
            if (negated != null) {
                return new Term.Negate(b.span(), negated);
            }
        }
        return form;
    }

    private Term formOf(Expr.Binary b) {
        if (b.left() instanceof Expr.Sym e && e.kind() == SymKind.LETTERS && e.base().equals("E") && e.bare()
                && b.right() instanceof Expr.Group g && g.bracket() == Bracket.SQUARE && g.items().size() == 1
                && !body.names.isBound(NameKeys.full(e)) && file.input(NameKeys.full(e)) == null
                && file.definition(NameKeys.full(e)) == null) {
            // CS285's optimal baseline, b = \frac{E[g(\tau)^2 r(\tau)]}{E[g(\tau)^2]}: a plain E the file does not give,
            // right before a square bracket, is the expectation, as \mathbb{E}[…] and E_{x \sim p}[…] are (W0479). It
            // was an undeclared matrix E times the bracket (W0101).
            Diagnostic.of(Code.W0479, file.source, e.span(), "`E` is neither declared nor defined and stands before a"
                            + " square bracket: read as the expectation, `\\mathbb{E}[…]`")
                    .caret("the expectation")
                    .help("write `\\mathbb{E}[…]` to say so and silence this warning, or declare `E` to multiply by it")
                    .report(file.diagnostics);
            Expr.Sym expectation = new Expr.Sym(e.span(), SymKind.BB, "E", null, null, null, 0);
            return expr(new Expr.Binary(b.span(), b.opSpan(), b.op(), expectation, g));
        }
        Expr.BigOp overIndex = b.left() instanceof Expr.Underset u ? operatorOverIndex(u, b.right(), b.span()) : null;
        if (overIndex != null) {
            return expr(overIndex);
        }
        if (b.left() instanceof Expr.Sym f && b.right() instanceof Expr.Group g && isBracketCall(f, g)) {
            // f[z], \mathrm{Var}[x]: a defined function called with square brackets, as papers print
            // f\left[…\right] and expectations; its arity says it is a call, not a product with a group.
            return apply(new Expr.Apply(b.span(), f, g.items(), g.span()));
        }
        if (b.left() instanceof Expr.Sym f && b.right() instanceof Expr.Power p && p.base() instanceof Expr.Group g
                && isBracketCall(f, g)) {
            // Prince's \mathbf{K}[\mathbf{X}]^T: the script binds to the call, as after parentheses (f(x)^2); it was
            // K at its parameters' names times [X]^T, silently.
            return expr(new Expr.Power(b.span(), new Expr.Apply(new Span(f.span().start(), g.span().end()), f,
                    g.items(), g.span()), p.exponent()));
        }
        if (b.left() instanceof Expr.Binary chain && chain.op() == BinaryOp.JUXTAPOSE && chain.right() instanceof Expr.Sym f
                && b.right() instanceof Expr.Power p && p.base() instanceof Expr.Group g && isBracketCall(f, g)) {
            Span callSpan = new Span(f.span().start(), b.span().end());
            Term call = expr(new Expr.Power(callSpan, new Expr.Apply(new Span(f.span().start(), g.span().end()), f,
                    g.items(), g.span()), p.exponent()));
            return new Term.Product(b.span(), chain.opSpan(), expr(chain.left()), call, false);
        }
        if (b.left() instanceof Expr.Binary chain && chain.op() == BinaryOp.JUXTAPOSE
                && chain.right() instanceof Expr.Sym f && b.right() instanceof Expr.Group g && isBracketCall(f, g)) {
            // \gamma \, \mathrm{E}[x]: the call is the last factor of the product, not the product called.
            Span callSpan = new Span(f.span().start(), b.span().end());
            Term call = apply(new Expr.Apply(callSpan, f, g.items(), g.span()));
            return new Term.Product(b.span(), chain.opSpan(), expr(chain.left()), call, false);
        }
        Expr.Apply given = dev.eqc.compiler.ast.GradientValues.asApplication(b);
        if (given != null && declaredApplication(given.withConditionsAsArguments(), (Expr.Sym) given.callee())) {
            // \nabla f(y_t) declared with its shape (schedule-free SGD): that given gradient.
            return expr(given);
        }
        if (b.left() instanceof Expr.Binary chain && chain.op() == BinaryOp.JUXTAPOSE
                && chain.right() instanceof Expr.Sym nabla && isBareNabla(nabla) && b.right() instanceof Expr.Apply call) {
            Expr.Apply last = dev.eqc.compiler.ast.GradientValues.asApplication(new Expr.Binary(new Span(
                    nabla.span().start(), b.span().end()), b.opSpan(), BinaryOp.JUXTAPOSE, nabla, call));
            if (last != null && declaredApplication(last.withConditionsAsArguments(), (Expr.Sym) last.callee())) {
                // \varepsilon \nabla f(\theta_t + \mu v_t) with the gradient declared: the last factor is that value.
                return new Term.Product(b.span(), chain.opSpan(), expr(chain.left()), expr(last), false);
            }
        }
        if (b.left() instanceof Expr.Sym nabla && isBareNabla(nabla) && b.right() instanceof Expr.Apply call) {
            Term at = gradientAtArgument(b.span(), nabla, call);
            if (at != null) {
                return at;
            }
        }
        if (b.left() instanceof Expr.Binary chain && chain.op() == BinaryOp.JUXTAPOSE
                && chain.right() instanceof Expr.Sym nabla && isBareNabla(nabla) && b.right() instanceof Expr.Apply call) {
            // \varepsilon \nabla f(\theta_t): the gradient is the last factor of the product.
            Term at = gradientAtArgument(new Span(nabla.span().start(), b.span().end()), nabla, call);
            if (at != null) {
                return new Term.Product(b.span(), chain.opSpan(), expr(chain.left()), at, false);
            }
        }
        if (b.left() instanceof Expr.Sym nabla && nabla.kind() == SymKind.COMMAND && nabla.base().equals("\\nabla")
                && nabla.sup() == null && nabla.sub() != null && nabla.sub().isSingle()
                && !body.names.isBound("\\nabla")) {
            Expr.Sym givenNabla = dev.eqc.compiler.ast.GradientValues.givenNablaName(b, file.source.slice(b.span()));
            if (givenNabla != null && file.wasDeclared(NameKeys.full(givenNabla))) {
                return expr(givenNabla);   // \nabla_w L^{(t)} declared as printed: the gradient the paper gives
            }
            // \nabla_{W} L
            return gradient(b.span(), b.right(), nabla.sub().single());
        }
        if (b.left() instanceof Expr.Frac f && f.num() instanceof Expr.Sym d && isPartialSign(d)
                && isPartial(f.den()) != null) {
            // \frac{\partial}{\partial W} L
            return gradient(b.span(), b.right(), isPartial(f.den()));
        }
        if (isIndicator(b.left()) && b.right() instanceof Expr.Group g && g.items().size() == 1) {
            return body.indicator(g.items().get(0), b.span());
        }
        if (b.right() instanceof Expr.Group g && g.items().size() == 1) {
            if (b.left() instanceof Expr.Underset u && u.op() instanceof Expr.Sym e && e.base().equals("E") && e.bare()
                    && (e.kind() == SymKind.BB || e.kind() == SymKind.WORD) && u.under() instanceof Expr.Relation r
                    && r.op() == dev.eqc.compiler.ast.RelOp.RELATED && !body.names.isBound(NameKeys.full(e))) {
                // \\underset{(s,a,r,s',d) \sim {\mathcal D}}{{\mathrm E}}[…] (OpenAI Spinning Up): the samples drawn
                // written under the E, as \mathbb{E}_{(s,a,r,s',d) \sim \mathcal{D}}[…] writes them below it.
                Expr.Sym below = e.withScripts(e.span(), new dev.eqc.compiler.ast.Script(u.under().span(),
                        List.of(u.under()), file.source.slice(u.under().span()).replaceAll("\\s+", "")), null, 0);
                return expr(new Expr.Binary(b.span(), b.opSpan(), b.op(), below, g));
            }
            if (b.left() instanceof Expr.Underset u) {
                return axisForm(b.span(), u.op(), u.under(), g.items().get(0));
            }
            if (b.left() instanceof Expr.Sym e && (e.kind() == SymKind.BB || e.kind() == SymKind.WORD)
                    && e.base().equals("E") && e.sub() != null
                    && e.sup() == null && !e.sub().isSingle() && (e.accent() == null || e.accent().equals("hat"))
                    && !body.names.isBound(NameKeys.full(e))) {
                Expr.Sym step = sampledStep(e.sub().items());
                if (step != null) {
                    // \mathbb{E}_{a_t, s_t \sim \pi}[…] (PPO): the samples carry the step t, so the mean is over t.
                    Diagnostic.of(Code.W0132, file.source, e.span(), "`" + file.source.slice(e.span())
                                    + "` averages over the samples `" + file.source.slice(e.sub().span()).trim().replaceAll("^\\{|\\}$", "")
                                    + "`, which all carry the index `" + step.base() + "`: read as the mean over `"
                                    + step.base() + "`, `\\mathbb{E}_{" + step.base() + "}[…]`")
                            .caret("mean over " + step.base())
                            .help("write `\\hat{\\mathbb{E}}_" + step.base() + "[…]` to say so and silence this warning")
                            .report(file.diagnostics);
                    return axisForm(b.span(), e.withScripts(e.span(), null, null, 0), step, g.items().get(0));
                }
                // \mathbb{E}_{\sigma, \boldsymbol{y}, \boldsymbol{n}}[…] (EDM), \mathbb{E}_{\mathbf{h}_1, \ldots, \mathbf{h}_k
                // \sim q}[…] (IWAE): a list of what is drawn, as \mathbb{E}_{x \sim p}[…] names one.
                Diagnostic.of(Code.W0132, file.source, e.span(), "`" + file.source.slice(b.span())
                                + "` is read as the mean over the last axis (the samples of `"
                                + file.source.slice(e.sub().span()).trim().replaceAll("^\\{|\\}$", "") + "`)")
                        .caret("mean over the last axis")
                        .help("to average over another axis, name it: `\\mathbb{E}_{i}[…]` with an index `i`")
                        .report(file.diagnostics);
                return new Term.BuiltinCall(b.span(), Builtin.MEAN, List.of(expr(g.items().get(0))));
            }
            if (b.left() instanceof Expr.Sym e && (e.kind() == SymKind.BB || e.kind() == SymKind.WORD
                            || e.kind() == SymKind.LETTERS && sampled(e))
                    && e.base().equals("E") && e.sub() != null
                    && e.sup() == null && e.sub().isSingle() && (e.accent() == null || e.accent().equals("hat"))
                    && !body.names.isBound(NameKeys.full(e))) {
                Expr under = e.sub().single();
                Expr weighted = under instanceof Expr.Relation r ? discreteExpectation(b.span(), e, r, g.items().get(0))
                        : null;
                if (weighted != null) {
                    return expr(weighted);
                }
                if (under instanceof Expr.Relation r && r.op() == dev.eqc.compiler.ast.RelOp.RELATED
                        || under instanceof Expr.Apply) {
                    // \mathbb{E}_{p_{\mathrm{data}}(\mathbf{x})}[…], \mathbb{E}_{q_\phi(z|x)}[…]: the distribution
                    // drawn from, with its variable, as \mathbb{E}_{x \sim p} names them.
                    // \mathbb{E}_{x \sim p}[f(x)]: the samples of x are the last axis of f(x).
                    Diagnostic.of(Code.W0132, file.source, e.span(), "`" + file.source.slice(b.span())
                                    + "` is read as the mean over the last axis (the samples of `"
                                    + file.source.slice(under instanceof Expr.Relation r ? r.left().span() : under.span())
                                    + "`)")
                            .caret("mean over the last axis")
                            .help("to average over another axis, name it: `\\mathbb{E}_{i}[…]` with an index `i`")
                            .report(file.diagnostics);
                    return new Term.BuiltinCall(b.span(), Builtin.MEAN, List.of(expr(g.items().get(0))));
                }
                return axisForm(b.span(), e.withScripts(e.span(), null, null, 0), under, g.items().get(0));
            }
        }
        if (isExpectation(b.left()) && b.right() instanceof Expr.Power p && p.base() instanceof Expr.Group g
                && g.items().size() == 1) {
            // \mathbb{E}[X]^2 is (\mathbb{E}[X])^2.
            Term mean = new Term.BuiltinCall(b.span(), Builtin.MEAN, List.of(expr(g.items().get(0))));
            return new Term.Power(b.span(), mean, body.script(p.exponent()));
        }
        if (isExpectation(b.left()) && b.right() instanceof Expr.Group g && g.items().size() == 1) {
            // \mathbb{E}[x]: the mean over the last axis (SPEC 3.3).
            return new Term.BuiltinCall(b.span(), Builtin.MEAN, List.of(expr(g.items().get(0))));
        }
        return null;
    }

    // ---- gradients -----------------------------------------------------------------------------

    private boolean isBareNabla(Expr.Sym s) {
        return s.kind() == SymKind.COMMAND && s.base().equals("\\nabla") && s.bare() && !body.names.isBound("\\nabla");
    }

    /**
     * {@code \\nabla f(\\theta_t)} (Sutskever et al.'s momentum): the gradient of the file's function {@code f} of one
     * parameter with respect to its argument, at the input {@code \\theta_t}, read as
     * {@code \\nabla_{\\theta_t} f(\\theta_t)} (W0146). An argument that is not an input (Nesterov's
     * {@code \\nabla f(\\theta_t + \\mu v_t)}) is E0103; null when {@code f} is no such function.
     */
    private Term gradientAtArgument(Span span, Expr.Sym nabla, Expr.Apply given) {
        Expr.Apply call = given.withConditionsAsArguments();
        if (!(call.callee() instanceof Expr.Sym f) || call.args().isEmpty()) {
            return null;
        }
        PendingDefinition defined = file.definition(NameKeys.full(f));
        if (defined == null || !defined.function() || defined.params().size() != call.args().size()) {
            return null;
        }
        if (call.args().size() > 1) {
            return gradientAtOneOfSeveral(span, f, call, defined);
        }
        Expr arg = call.args().get(0);
        String printed = file.source.slice(arg.span());
        if (!(arg instanceof Expr.Sym name) || file.input(NameKeys.full(name)) == null || body.scope.param(
                NameKeys.full(name)) != null) {
            // Nesterov's \nabla f(\theta_t + \mu v_t), Bottou et al.'s \nabla F(\tilde{w}_k): at a point the file computes.
            Term at = gradientAtPoint(span, call, 0);
            if (at == null) {
                return body.unsupported(span, "the gradient of `" + file.source.slice(f.span()) + "` at `" + printed
                        + "`; name the point: define `" + file.source.slice(f.span()) + "`'s gradient at an input,"
                        + " like `g = \\nabla_{u} " + file.source.slice(f.span()) + "(u)` with `u` declared");
            }
            String param = file.source.slice(defined.params().get(0).span());
            Diagnostic.of(Code.W0146, file.source, span, "`" + file.source.slice(span) + "` is the gradient of `"
                            + file.source.slice(f.span()) + "` with respect to its parameter `" + param + "`, taken at `"
                            + printed + "`")
                    .caret("with respect to `" + param + "`, at `" + printed + "`")
                    .help("write `\\nabla_{" + param + "} " + file.source.slice(call.span()) + "` to say so")
                    .report(file.diagnostics);
            return at;
        }
        Diagnostic.of(Code.W0146, file.source, span, "`" + file.source.slice(span) + "` is the gradient of `"
                        + file.source.slice(f.span()) + "` with respect to its argument, at `" + printed + "`: read as `\\nabla_{"
                        + printed + "} " + file.source.slice(call.span()) + "`")
                .caret("with respect to `" + printed + "`")
                .help("write `\\nabla_{" + printed + "} " + file.source.slice(call.span()) + "` to say so")
                .report(file.diagnostics);
        return gradient(span, call, arg);
    }

    /**
     * The gradient of the file's function called as {@code call} with respect to its parameter {@code k}, taken at
     * that argument, which the file computes ({@code \\nabla F(\\tilde{w}_k)}) rather than takes as an input: a
     * variable of this gradient alone stands for the parameter, shaped like the argument, and the gradient pass puts
     * the argument in its place. Null when the call does not resolve to a call of a function of the file.
     */
    private Term gradientAtPoint(Span span, Expr.Apply call, int k) {
        Expr arg = call.args().get(k);
        Term point = expr(arg);
        String printed = file.source.slice(arg.span()).trim();
        Input variable = new Input("\u0000point " + span.start() + ":" + printed, printed, "point", arg.span(), null,
                false, false, -1);
        Expr outerArg = pointArgument;
        Term outerVariable = pointVariable;
        pointArgument = arg;
        pointVariable = new Term.InputRef(arg.span(), variable);
        Term of;
        try {
            of = expr(call);
        } finally {
            pointArgument = outerArg;
            pointVariable = outerVariable;
        }
        if (TermTrees.preorder(of).stream().noneMatch(t -> t instanceof Term.InputRef r && r.input() == variable)) {
            return null;   // not a call that took the argument as it is
        }
        return new Term.Gradient(span, of, variable, arg.span(), point);
    }

    /**
     * Sutskever et al.'s {@code \\nabla_\\theta f(\\theta_t + \\mu v_t)} with {@code f(\\theta) = …}: the name under
     * {@code \\nabla} is the parameter of the file's function, not an input (nothing declares it), so the gradient is
     * with respect to that parameter at the argument in its place (no warning: the subscript says which). Before, the
     * undeclared {@code \\theta} was an assumed number the call does not read, a gradient of 0, silently. A named
     * argument is {@link GradientPoints}' (before resolution); null when this is no such gradient.
     */
    private Term parameterAtPoint(Span span, Expr of, Expr wrt) {
        if (!(wrt instanceof Expr.Sym by) || !(of instanceof Expr.Apply given)
                || !(given.withConditionsAsArguments().callee() instanceof Expr.Sym f)) {
            return null;
        }
        Expr.Apply call = given.withConditionsAsArguments();
        String key = NameKeys.full(by);
        PendingDefinition defined = file.definition(NameKeys.full(f));
        if (defined == null || !defined.function() || defined.params().size() != call.args().size()
                || file.wasDeclared(key) || file.definition(key) != null || body.scope.param(key) != null
                || body.scope.indexVar(key) != null) {
            return null;
        }
        for (int k = 0; k < call.args().size(); k++) {
            if (NameKeys.full(defined.params().get(k)).equals(key) && !(call.args().get(k) instanceof Expr.Sym)) {
                return gradientAtPoint(span, call, k);
            }
        }
        return null;
    }

    /** While {@link #gradientAtPoint} resolves its call: the argument written and the variable standing for it. */
    private Expr pointArgument;
    private Term pointVariable;

    /**
     * Sutton &amp; Barto's {@code \\nabla \\hat{v}(S_t, \\mathbf{w}_t)}, Titans' {@code \\nabla \\ell(\\mathcal{M}_{t-1}; x_t)}:
     * a bare {@code \\nabla} of the file's function of several arguments is the gradient with respect to the one
     * argument it can vary: an input that is no integer (a state {@code S \\in \\mathbb{N}}), whose parameter only
     * picks elements ({@code \\mathbf{x}(s)}) or that the body never reads is no candidate. Of several, the one the
     * statement updates ({@code \\mathbf{w} \\leftarrow \\mathbf{w} + \\alpha \\delta \\nabla \\hat{v}(S, \\mathbf{w})}).
     * W0488 names the choice; when none or several remain, E0365 asks for the subscript.
     */
    private Term gradientAtOneOfSeveral(Span span, Expr.Sym f, Expr.Apply call, PendingDefinition defined) {
        java.util.Set<Integer> picking = IndexParameters.positions(defined, file);
        List<Expr> candidates = new java.util.ArrayList<>();
        List<String> skipped = new java.util.ArrayList<>();
        for (int k = 0; k < call.args().size(); k++) {
            Expr arg = call.args().get(k);
            Expr.Sym param = defined.params().get(k);
            // w^\top, w_i, w_1 read w; a subscripted parameter (\theta_t) only under its own subscript
            String key = NameKeys.withSub(param);
            String base = NameKeys.base(param);
            boolean read = readsName(defined.rhs(), param.sub() == null ? base : null, key);
            Input in = arg instanceof Expr.Sym named ? file.input(NameKeys.full(named)) : null;
            String printed = "`" + file.source.slice(arg.span()) + "`";
            if (arg instanceof Expr.Num) {
                skipped.add(printed + " is a number");
            } else if (in != null && in.integer()) {
                skipped.add(printed + " is an integer");
            } else if (picking.contains(k)) {
                skipped.add(printed + " only picks elements");
            } else if (!read) {
                skipped.add(printed + "'s parameter is not read by the body");
            } else {
                candidates.add(arg);
            }
        }
        String lhsBase = body.def == null || body.def.nameSym() == null ? null : NameKeys.base(body.def.nameSym());
        String why = skipped.isEmpty() ? "" : " (" + String.join(", ", skipped) + ")";
        if (candidates.size() > 1 && lhsBase != null) {
            List<Expr> updated = candidates.stream().filter(a -> a instanceof Expr.Sym s
                    && NameKeys.base(s).equals(lhsBase)).toList();
            if (updated.size() == 1) {
                why = ", the one this statement updates" + why;
                candidates = updated;
            }
        } else if (candidates.size() == 1) {
            why = ", the only one it can vary" + why;
        }
        String callText = file.source.slice(call.span());
        if (candidates.size() != 1 || !(candidates.get(0) instanceof Expr.Sym wrt)
                || file.input(NameKeys.full(wrt)) == null || body.scope.param(NameKeys.full(wrt)) != null) {
            String names = candidates.stream().map(a -> "`" + file.source.slice(a.span()) + "`")
                    .collect(java.util.stream.Collectors.joining(", "));
            Diagnostic.of(Code.E0365, file.source, span, "`" + file.source.slice(span) + "` does not say which argument of `"
                            + file.source.slice(f.span()) + "` the gradient is taken with respect to"
                            + (candidates.isEmpty() ? ": none is an input it can vary" + why
                                    : candidates.size() > 1 ? ": it could be any of " + names
                                    : ": " + names + " is not an input"))
                    .caret("with respect to which argument?")
                    .help("write the argument under the sign, like `\\nabla_{" + (candidates.isEmpty() ? "w"
                            : file.source.slice(candidates.get(0).span())) + "} " + callText
                            + "`, with that argument a declared input")
                    .report(file.diagnostics);
            return new Term.Literal(span, Double.NaN);
        }
        String printed = file.source.slice(wrt.span());
        Diagnostic.of(Code.W0488, file.source, span, "`" + file.source.slice(span) + "` is the gradient of `"
                        + file.source.slice(f.span()) + "` with respect to `" + printed + "`" + why
                        + ": read as `\\nabla_{" + printed + "} " + callText + "`")
                .caret("with respect to `" + printed + "`")
                .help("write `\\nabla_{" + printed + "} " + callText + "` to say so")
                .report(file.diagnostics);
        return gradient(span, call, wrt);
    }

    /** {@code \\partial X} (or {@code \\partial} alone in a numerator): X, else null. */
    static Expr isPartial(Expr e) {
        return dev.eqc.compiler.ast.GradientValues.partialOf(e);
    }

    private static boolean isPartialSign(Expr.Sym s) {
        return s.kind() == SymKind.COMMAND && s.base().equals("\\partial") && s.bare();
    }

    /**
     * {@code \nabla_{\mathbf{w}} \ell} with {@code \ell(\mathbf{w})} a function of the file whose parameters are
     * all named like inputs: {@code \ell} applied to those inputs, {@code \ell(\mathbf{w})} (W0102); null otherwise.
     */
    private Expr appliedToItsParameters(Expr of) {
        if (!(of instanceof Expr.Sym s) || s.sub() != null || s.sup() != null) {
            return null;
        }
        PendingDefinition f = file.definition(NameKeys.full(s));
        if (f == null || !f.function() || f.params().isEmpty() || !f.indexLetters().isEmpty()
                || f.params().stream().anyMatch(p -> file.input(NameKeys.full(p)) == null)) {
            return null;
        }
        List<Expr> args = new java.util.ArrayList<>(f.params());
        String call = f.latexName() + "(" + String.join(", ", f.params().stream()
                .map(p -> file.source.slice(p.span())).toList()) + ")";
        Diagnostic.of(Code.W0102, file.source, s.span(), "`" + file.source.slice(s.span()) + "` is a function; the gradient is"
                        + " taken of `" + call + "` at the inputs of those names")
                .caret("read as `" + call + "`")
                .help("write `" + call + "` to say so")
                .report(file.diagnostics);
        return new Expr.Apply(s.span(), s, args, s.span());
    }

    /**
     * A gradient of {@code of} with respect to the input {@code wrt} names (SPEC 3.6); the gradient
     * pass differentiates it after shape inference. Anything but an input is E0111.
     */
    /**
     * Adam's {@code g_t \leftarrow \nabla_\theta f_t(\theta_{t-1})}, {@code W - \eta \frac{\partial L}{\partial W}}, Prince's
     * {@code \frac{\partial L[\boldsymbol\phi_t]}{\partial \boldsymbol\phi}}: the gradient of a loss or function that the
     * file does not compute (no definition, no declaration, or a declared input, which depends on nothing), which
     * the paper's algorithm is given. An input named as printed, shaped like the variable differentiated with respect
     * to, or, when that is no input, like the one argument written (W0419). Before, an undefined function's value had
     * no shape (E0192), an undeclared name was assumed a matrix (E0305), and a declared input's gradient was 0,
     * silently. Null when {@code of} is computed by the file or no shape can be told.
     */
    private Term givenGradient(Span span, Expr of, Expr wrt) {
        Expr.Sym f;
        List<Expr> args;
        if (of instanceof Expr.Sym s) {
            f = s;
            args = List.of();
        } else if (of instanceof Expr.Apply a && a.callee() instanceof Expr.Sym s) {
            f = s;
            args = a.args();
        } else if (of instanceof Expr.Binary b && b.op() == BinaryOp.JUXTAPOSE && b.left() instanceof Expr.Sym s
                && b.right() instanceof Expr.Group g && g.bracket() == dev.eqc.compiler.ast.Bracket.SQUARE && !g.items().isEmpty()) {
            f = s;   // L[\boldsymbol\phi_t]: Prince writes a loss's argument in square brackets
            args = g.items();
        } else {
            return null;
        }
        String key = NameKeys.full(f);
        if (!(wrt instanceof Expr.Sym by) || key.equals(NameKeys.full(by)) || file.definition(key) != null
                || body.scope.param(key) != null || body.scope.indexVar(key) != null || f.kind() == SymKind.COMMAND
                && !GreekLetters.isLetter(f.base()) && !f.base().equals("\\ell") || f.kind() == SymKind.BB) {
            return null;
        }
        if (args.isEmpty()) {
            Input in = file.input(key);
            if (in != null && !(in.declared() && in.dims() != null && in.dims().isEmpty() && !in.isApplied())
                    || in == null && body.names.isBound(key)) {
                return null;   // an input of another shape, or a name bound otherwise: as before
            }
        } else if (Builtin.lookup(f.base()).isPresent() || body.names.isBound(key) && file.input(key) == null
                || file.hasInput(key) || file.wasDeclared(key + "(" + AppliedValues.argumentText(file.source,
                        new Expr.Apply(of.span(), f, args, of.span())) + ")")) {
            return null;
        }
        Input shapedLike = file.input(NameKeys.full(by));
        Expr like = wrt;
        if ((shapedLike == null || !shapedLike.declared() || shapedLike.dims() == null) && args.size() == 1
                && args.get(0) instanceof Expr.Sym point) {
            shapedLike = file.input(NameKeys.full(point));
            like = point;
        }
        if (shapedLike == null || !shapedLike.declared() || shapedLike.dims() == null || shapedLike.integer()) {
            return null;
        }
        String printed = file.source.slice(span).trim();
        String function = file.source.slice(f.span()).trim();
        Input in = file.appliedInput("\u0000given gradient:" + printed.replaceAll("\\s+", ""), printed,
                "grad" + upperFirst(JavaNames.of(f, true)), span, new Input.Applied(printed, ""), shapedLike.dims());
        Diagnostic.of(Code.W0419, file.source, span, "`" + printed + "` is the gradient of `" + function + "`, which "
                        + (args.isEmpty() && file.input(key) != null ? "is an input of the file, not computed from `"
                        + file.source.slice(wrt.span()).trim() + "`" : "the file does not define")
                        + ": read as a given input, shaped like `" + file.source.slice(like.span()).trim() + "`")
                .caret("input `" + printed + "`")
                .help("pass it with `--input '" + printed + "=…'`; to have eqc differentiate it, define `" + function
                        + (args.isEmpty() ? "" : "(…)") + " = …` in terms of `" + file.source.slice(wrt.span()).trim() + "`")
                .report(file.diagnostics);
        body.readsUndefinedFunctions = true;
        return body.names.inputRef(span, in);
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** {@code \max(\{h_u, \forall u \in \mathcal{N}(v)\})}, {@code \mathrm{MEAN}\{…\}}: a reduction over a set's members. */
    private Term overMembers(Expr.Apply a, Expr.Sym callee) {
        if (!callee.bare() || file.definition(NameKeys.full(callee)) != null) {
            return null;
        }
        Optional<Builtin> builtin = Builtin.lookup(callee.base());
        if (builtin.isEmpty()) {
            return null;
        }
        return switch (builtin.get()) {
            case MAX -> body.sets.overMembers(a, Term.ReduceOp.MAX, false);
            case MIN -> body.sets.overMembers(a, Term.ReduceOp.MIN, false);
            case SUM -> body.sets.overMembers(a, Term.ReduceOp.SUM, false);
            case MEAN -> body.sets.overMembers(a, Term.ReduceOp.SUM, true);
            default -> null;
        };
    }

    Term gradient(Span span, Expr of, Expr wrt) {
        Term given = givenGradient(span, of, wrt);
        if (given != null) {
            return given;
        }
        Term atPoint = parameterAtPoint(span, of, wrt);
        if (atPoint != null) {
            return atPoint;
        }
        Expr applied = appliedToItsParameters(of);
        if (applied != null) {
            of = applied;
        }
        Term ofTerm = expr(of);
        Term wrtTerm = expr(wrt);
        if (wrtTerm instanceof Term.InputRef in && in.input().integer()) {
            return body.error(Code.E0111, wrt.span(), "cannot differentiate with respect to `"
                            + file.source.slice(wrt.span()) + "`: it is an integer input",
                    "declare it over \\mathbb{R} to differentiate with respect to it");
        }
        if (wrtTerm instanceof Term.InputRef in) {
            return new Term.Gradient(span, ofTerm, in.input(), wrt.span());
        }
        String what = wrtTerm instanceof Term.ValueRef || wrtTerm instanceof Term.Call ? "a definition"
                : wrtTerm instanceof Term.ParamRef ? "a parameter of this function"
                : wrtTerm instanceof Term.ConstRef ? "a constant"
                : wrtTerm instanceof Term.DimValue ? "a dimension" : "an expression";
        return body.error(Code.E0111, wrt.span(), "cannot differentiate with respect to `"
                        + file.source.slice(wrt.span()) + "`: it is " + what + ", not an input",
                "take the gradient with respect to a declared input, like `\\nabla_{W} L` with `W \\in \\mathbb{R}^{…}`");
    }

    // ---- applications --------------------------------------------------------------------

    /**
     * {@code \delta(c_i, c_j)} (Newman's modularity), a {@code \delta} the file neither defines nor declares, of two
     * arguments: the Kronecker delta, 1 where the two are equal and 0 elsewhere (W0310), as {@code \delta_{ij}} is.
     */
    private Term kroneckerDelta(Expr.Apply a) {
        Diagnostic.of(Code.W0310, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is read as the Kronecker"
                        + " delta: 1 where `" + file.source.slice(a.args().get(0).span()) + "` equals `"
                        + file.source.slice(a.args().get(1).span()) + "`, else 0")
                .caret("Kronecker delta")
                .help("write `[" + file.source.slice(a.args().get(0).span()) + " = "
                        + file.source.slice(a.args().get(1).span()) + "]` to say so and silence this warning, or"
                        + " define `\\delta(a, b) = …` for another function")
                .report(file.diagnostics);
        return new Term.Compare(a.span(), Term.CompareOp.EQ, expr(a.args().get(0)), expr(a.args().get(1)));
    }

    Term apply(Expr.Apply given) {
        Expr.Apply a = given.withConditionsAsArguments();
        if (!(a.callee() instanceof Expr.Sym callee)) {
            if (a.callee() instanceof Expr.Underset u && a.args().size() == 1) {
                Expr.BigOp under = operatorOverIndex(u, a.args().get(0), a.span());
                if (under != null) {
                    return expr(under);
                }
                return axisForm(a.span(), u.op(), u.under(), a.args().get(0));
            }
            return product(a);
        }
        if (callee.kind() == SymKind.COMMAND && callee.base().equals("\\binom") && a.args().size() == 2) {
            return binomial(a);
        }
        if (callee.kind() == SymKind.COMMAND && callee.base().equals("\\delta") && callee.bare()
                && a.args().size() == 2 && file.definition(NameKeys.full(callee)) == null
                && file.input(NameKeys.full(callee)) == null) {
            return kroneckerDelta(a);
        }
        if (callee.kind() == SymKind.COMMAND && a.args().size() == 1 && a.args().get(0) instanceof Expr.Binary arg
                && arg.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                && dev.eqc.compiler.parse.ProductChain.isReciprocal(arg.left())
                && dev.eqc.compiler.parse.ProductChain.isSumOrProduct(arg.right())
                && !file.source.slice(new Span(callee.span().end(), arg.span().start())).contains("(")) {
            // \log \frac{1}{k} \sum_{i=1}^{k} w_i (IWAE): the parser took the sum into the argument (ProductChain).
            String fn = file.source.slice(callee.span()).strip();
            Diagnostic.of(Code.W0322, file.source, a.span(), "`" + file.source.slice(a.span()).strip() + "` is read as `"
                            + fn + "` of the whole product, `" + fn + "(" + file.source.slice(arg.span()).strip()
                            + ")`: the reciprocal is the coefficient of the " + (arg.right() instanceof Expr.BigOp big
                            && big.operator().base().equals("\\prod") ? "product" : "sum") + " after it")
                    .caret(fn + " of the mean")
                    .help("write the parentheses to say so, or `" + fn + "(" + file.source.slice(arg.left().span()).strip()
                            + ") \\cdot …` for the product of the two")
                    .report(file.diagnostics);
        }
        Term overMembers = overMembers(a, callee);
        if (overMembers != null) {
            return overMembers;
        }
        Term ofMember = memberOfDeclaredValues(a, callee);
        if (ofMember != null) {
            return ofMember;
        }
        Term labelled = elementAtSuperscriptIndex(a, callee);
        if (labelled != null) {
            return labelled;
        }
        Term density = normalDensityBesideCdf(a, callee);
        if (density != null) {
            return density;
        }
        Expr logOf = PendingDefinition.logOfName(a);
        if (logOf != null) {
            // \log p(x) where the file defines \log p(x) = …: that function, not the logarithm of p.
            Expr.Sym p = logOf instanceof Expr.Apply inner ? (Expr.Sym) inner.callee() : (Expr.Sym) logOf;
            Expr.Sym named = PendingDefinition.logName(new Span(a.span().start(), p.span().end()), p);
            if (file.definition(NameKeys.full(named)) != null || logOf instanceof Expr.Sym
                    && file.input(NameKeys.full(named)) != null && file.input(NameKeys.full(named)).declared()
                    || logOf instanceof Expr.Apply inner && declaredApplication(new Expr.Apply(inner.span(), named,
                    inner.args(), inner.argsSpan()).withConditionsAsArguments(), named)) {
                // \log \pi_t(\mathbf{a}_t|\mathbf{s}_t) declared with its shape (SAC): that declared value.
                return expr(logOf instanceof Expr.Apply inner ? new Expr.Apply(a.span(), named, inner.args(), inner.argsSpan())
                        : named);
            }
        }
        if (callee.sub() != null && callee.sup() == null && a.args().size() == 1 && (callee.kind() == SymKind.BB
                || callee.kind() == SymKind.WORD) && callee.base().equals("E") && callee.primes() == 0
                && (callee.accent() == null || callee.accent().equals("hat"))
                && !(callee.sub().isSingle() && callee.sub().single() instanceof Expr.Sym)
                && file.definition(NameKeys.full(callee)) == null && file.input(NameKeys.full(callee)) == null
                && !body.names.isBound(NameKeys.full(callee))) {
            // \mathbb{E}_{y \sim \pi_t(\cdot|x)}(…) (SPPO): parentheses after an expectation that draws, as its
            // square brackets (W0132 names the reading); it was E0103.
            return expr(new Expr.Binary(a.span(), new Span(callee.span().end(), callee.span().end()), BinaryOp.JUXTAPOSE,
                    callee, new Expr.Group(a.argsSpan(), Bracket.PAREN, a.args())));
        }
        if (callee.sub() != null && callee.sup() == null && a.args().size() == 1 && axisBuiltin(callee) != null
                && file.definition(NameKeys.full(callee)) == null) {
            // \mathrm{softmax}_j(e_{ij}), \mathbb{E}_k(x): the subscript names the axis or index.
            Expr.Sym bare = callee.withScripts(callee.span(), null, null, 0);
            return axisForm(a.span(), bare, callee.sub().isSingle() ? callee.sub().single() : null, a.args().get(0));
        }
        if (isRelativeEntropy(callee, a)) {
            // D(P \parallel M) (Lin 1991; Cover & Thomas): information theory's relative entropy, the KL divergence.
            Diagnostic.of(Code.W0102, file.source, callee.span(), "`" + file.source.slice(a.span())
                            + "` is read as the Kullback-Leibler divergence (relative entropy) `\\sum "
                            + file.source.slice(a.args().get(0).span()) + " (\\log " + file.source.slice(a.args().get(0).span())
                            + " - \\log " + file.source.slice(a.args().get(1).span()) + ")`, as information theory writes `D`")
                    .caret("the KL divergence")
                    .help("write `D_{KL}` to say so and silence this warning, or define `D(p, q) = …` for another divergence")
                    .report(file.diagnostics);
            Term kl = divergence(a);
            if (kl != null) {
                return kl;
            }
        }
        if (isDivergence(callee) && file.definition(NameKeys.full(callee)) == null) {
            Term kl = divergence(a);
            if (kl != null) {
                return kl;
            }
        }
        if (isCrossEntropy(callee, a)) {
            return crossEntropy(a);
        }
        if (isIndicator(callee) && a.args().size() == 1) {
            return body.indicator(a.args().get(0), a.span());
        }
        if (isPlainIndicator(callee, a)) {
            // I(y_i \neq G_m(x_i)) (ESL, Algorithm 10.1): a plain I of a comparison is the indicator; the identity
            // matrix has no argument (was E0304, the identity's size).
            Diagnostic.of(Code.W0351, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is read as the"
                            + " indicator of `" + file.source.slice(a.args().get(0).span()) + "`: 1 where it holds, else 0")
                    .caret("indicator, not the identity matrix")
                    .help("write `\\mathbb{1}(" + file.source.slice(a.args().get(0).span()) + ")` to say so and"
                            + " silence this warning")
                    .report(file.diagnostics);
            return body.indicator(a.args().get(0), a.span());
        }
        if (isSwishWithBeta(callee) && a.args().size() == 1 && file.definition(NameKeys.full(callee)) == null) {
            // \text{Swish}_\beta(x) = x \sigma(\beta x) (Ramachandran et al.); Swish_1 is SiLU.
            Term x = expr(a.args().get(0));
            Term beta = expr(callee.sub().single());
            Term scaled = new Term.Arith(a.span(), a.span(), Term.ArithOp.MUL, beta, x);
            return new Term.Arith(a.span(), a.span(), Term.ArithOp.MUL, x,
                    new Term.BuiltinCall(a.span(), Builtin.SIGMOID, List.of(scaled)));
        }
        if (isExpectation(callee) && a.args().size() == 1) {
            return new Term.BuiltinCall(a.span(), Builtin.MEAN, List.of(expr(a.args().get(0))));
        }
        if (isClipCall(callee, a) && file.definition(NameKeys.full(callee)) == null) {
            return clip(a);
        }
        List<Expr> interval = clipInterval(callee);
        if (interval != null && a.args().size() == 1 && file.definition(NameKeys.full(callee)) == null) {
            // \mathrm{clip}_{[1/r_{max}, r_{max}]}(x) (Batch Renormalization): the interval written below clip.
            return clip(new Expr.Apply(a.span(), a.callee(), List.of(a.args().get(0), interval.get(0),
                    interval.get(1)), a.argsSpan()));
        }
        if (isOneHot(callee) && a.args().size() == 1 && file.definition(NameKeys.full(callee)) == null) {
            return oneHot(a);
        }
        if (isLogit(callee) && a.args().size() == 1 && file.definition(NameKeys.full(callee)) == null
                && !file.wasDeclared(NameKeys.full(callee)) && !body.names.isBound(NameKeys.full(callee))) {
            // \text{logit}(t) (SD3's logit-normal sampling): the log-odds \log(t / (1 - t)), the inverse of \sigma.
            Term t = expr(a.args().get(0));
            Term odds = new Term.Arith(a.span(), a.span(), Term.ArithOp.DIV, t, new Term.Arith(a.span(), a.span(),
                    Term.ArithOp.SUB, new Term.Literal(a.span(), 1.0), t));
            return new Term.BuiltinCall(a.span(), Builtin.LOG, List.of(odds));
        }
        if (isIdentity(callee) && a.args().size() == 1 && file.definition(NameKeys.full(callee)) == null
                && !file.wasDeclared(NameKeys.full(callee)) && !body.names.isBound(NameKeys.full(callee))) {
            // \mathrm{id}(x_\ell) (the identity shortcut of residual networks, stochastic depth): the argument.
            return expr(a.args().get(0));
        }
        if (callee.kind() == SymKind.COMMAND && callee.base().equals("\\sigma") && callee.sup() == null
                && callee.sub() != null && SOFTMAX_SIGMAS.contains(callee.sub().key()) && a.args().size() == 1
                && file.definition(NameKeys.full(callee)) == null && !file.wasDeclared(NameKeys.full(callee))) {
            return builtinCall(a, Builtin.SOFTMAX);   // \sigma_{SM}: Guo et al.'s softmax (temperature scaling)
        }
        String key = NameKeys.full(callee);
        if (declaredApplication(a, callee)) {
            return applied.undefined(a, callee);
        }
        Term squared = powerOfDeclaredValue(a, callee);
        if (squared != null) {
            return squared;
        }
        PendingDefinition target = file.definition(key);
        Term atIndex = indexParameterCall(a, callee, target);
        if (atIndex != null) {
            return atIndex;
        }
        if (target != null && target.function()) {
            return call(a, callee, target);
        }
        Term powered = target == null ? poweredCall(a, callee) : null;
        if (powered != null) {
            return powered;
        }
        PendingDefinition family = target == null ? functionFamily(callee) : null;
        if (family != null) {
            return familyCall(a, callee, family);
        }
        Term member = memberCall(a, callee, target);
        if (member != null) {
            return member;
        }
        Term positions = tableAtPositions(a, callee, target, given);
        if (positions != null) {
            return positions;
        }
        Term element = elementCall(a, callee, target);
        if (element != null) {
            return element;
        }
        Term state = stateElement(a, callee, target);
        if (state != null) {
            return state;
        }
        if (target == null && body.scope.param(key) == null && file.input(key) != null && file.input(key).declared()) {
            Term declared = applied.declared(a, callee, file.input(key), given);
            if (declared != null) {
                return declared;
            }
        }
        Term picked = definedVectorAt(a, callee, target);
        if (picked != null) {
            return picked;
        }
        if (target != null || body.names.isBound(key)) {
            return product(a);
        }
        Term derivative = primedBuiltin(a, callee);
        if (derivative != null) {
            return derivative;
        }
        Optional<Builtin> builtin = callee.bare() || callee.kind() == SymKind.COMMAND && callee.sub() == null
                ? Builtin.lookup(callee.base()) : Optional.empty();
        if (callee.kind() == SymKind.COMMAND && callee.base().equals("\\log") && callee.sup() == null
                && callee.sub() != null && callee.sub().key().equals("2")) {
            builtin = Optional.of(Builtin.LOG2);   // \log_2
        }
        if (callee.kind() == SymKind.COMMAND && callee.base().equals("\\log") && callee.sup() == null
                && callee.sub() != null && callee.sub().key().equals("e")) {
            builtin = Optional.of(Builtin.LOG);   // \log_e (scikit-learn's MSLE): the natural logarithm (was E0101)
        }

        if (builtin.isEmpty() && callee.kind() == SymKind.WORD && callee.sub() == null && callee.accent() == null
                && callee.primes() == 0 && callee.sup() != null && callee.sup().isSingle()
                && callee.sup().single() instanceof Expr.Num) {
            builtin = Builtin.lookup(callee.base());   // \mathrm{relu}^2(x) (FLASH's squared ReLU), as \sin^2(x)
        }
        if (builtin.isEmpty() && callee.kind() == SymKind.WORD && callee.sub() == null && callee.accent() == null
                && callee.primes() == 0 && callee.sup() != null && Builtin.lookup(callee.base()).orElse(null) == Builtin.DIAG) {
            builtin = Optional.of(Builtin.DIAG);   // \textrm{diag}^{-\frac{1}{2}}(\mathbf{Q}) (D2L), below
        }
        if (builtin.isPresent() && callee.sup() == null) {
            return builtinCall(a, builtin.get());
        }
        Double base = logBase(callee);
        if (base != null) {
            // \log_{10} x: the natural logarithm divided by that of the base.
            Expr.Sym ln = callee.withScripts(callee.span(), null, null, 0);
            Term log = builtinCall(new Expr.Apply(a.span(), ln, a.args(), a.argsSpan()), Builtin.LOG);
            return new Term.Arith(a.span(), callee.sub().span(), Term.ArithOp.DIV, log,
                    new Term.Literal(callee.sub().span(), Math.log(base)));
        }
        if (builtin.isPresent() && builtin.get().kind() == Builtin.Kind.UNARY && callee.sup() != null
                && callee.sup().isSingle() && callee.sup().single() instanceof Expr.Num n && n.value() >= 2
                && n.value() == Math.rint(n.value())) {
            // \sin^2(x) = (\sin x)^2: a positive whole power on a function powers its value.
            Expr.Sym bare = callee.withScripts(callee.span(), callee.sub(), null, callee.primes());
            Term value = builtinCall(new Expr.Apply(a.span(), bare, a.args(), a.argsSpan()), builtin.get());
            return new Term.Power(a.span(), value, new Term.Literal(n.span(), n.value()));
        }
        if (builtin.isPresent() && builtin.get() == Builtin.DIAG && callee.sup() != null && callee.sup().isSingle()
                && !callee.sup().isTranspose() && a.args().size() == 1) {
            // D2L's \textrm{diag}^{-\frac{1}{2}}(\mathbf{Q}): a number on the name of diag powers its value, the
            // diagonal (a product with a matrix then reads the diagonal matrix, W0405); diag has no inverse function
            Term exponent = body.expr(callee.sup().single());
            if (ConstantFolder.fold(exponent) != null) {
                Expr.Sym bare = callee.withScripts(callee.span(), callee.sub(), null, callee.primes());
                Term value = builtinCall(new Expr.Apply(a.span(), bare, a.args(), a.argsSpan()), builtin.get());
                return new Term.Power(a.span(), value, exponent);
            }
        }
        Term notation = declaredWithNotation(a, callee);
        if (notation != null) {
            return notation;
        }
        Term slice = sliceOfCapital(a, callee);
        if (slice != null) {
            return slice;
        }
        Term component = componentOfRow(a, callee);
        if (component != null) {
            return component;
        }
        if (poweredValue(callee)) {
            // \Delta x^2_t (1 - \rho) (PyTorch's Adadelta box): the square of the defined \Delta x_t times the
            // parenthesis, as g^2_t (1 - \rho) is.
            return product(a);
        }
        Optional<String> nearest = nearFunction(callee);
        if (nearest.isEmpty() && applied.readsAsUndefined(a, callee)) {
            return applied.undefined(a, callee);
        }
        if (nearest.isPresent() || callee.kind() == SymKind.WORD
                || callee.kind() == SymKind.COMMAND && !GreekLetters.isLetter(callee.base())) {
            return body.error(Code.E0101, callee.span(), "unknown function `" + file.source.slice(callee.span()) + "`",
                    nearest.map(n -> "did you mean `" + n + "`?")
                            .orElse("define it first, like `\\mathrm{f}(x) = …`; the built-ins are listed in docs/LANGUAGE.md (Vocabulary)"));
        }
        return product(a);
    }

    /**
     * The built-in or defined function a word-like callee is a small edit away from ({@code \\mathrm{sofmax}}):
     * such a name stays an unknown function with "did you mean", never an undefined function's value.
     */
    private Optional<String> nearFunction(Expr.Sym callee) {
        boolean wordLike = (callee.kind() == SymKind.WORD || callee.kind() == SymKind.COMMAND
                && !GreekLetters.isLetter(callee.base()) || callee.kind() == SymKind.LETTERS)
                && callee.base().replace("\\", "").length() > 2;
        if (!wordLike || (callee.sub() != null || callee.sup() != null) && callee.base().replace("\\", "").length() <= 3) {
            // lin_x^i(x_t), enc_1(x): a short word with scripts names a layer the scripts select, not a typo of ln.
            return Optional.empty();
        }
        List<String> known = new ArrayList<>(Builtin.wordSpellings());
        file.definitions().stream().filter(PendingDefinition::function)
                .forEach(p -> known.add(p.nameSym() != null ? p.nameSym().base() : p.latexName()));
        return Suggestions.nearest(callee.base().replace("\\", ""), known);
    }

    /**
     * {@code r_t(\\theta)} with {@code r \\in \\mathbb{R}^{T}} declared and {@code \\theta} a name the file does not
     * give (PPO's ratio, Schulman et al. Eq. 6): the declared value at the indices in scope its subscript names,
     * written with the parameters it depends on (W0190). Null unless the subscript is made of indices in scope,
     * one per axis of the declared name, and every argument is a name the file neither declares nor defines.
     */
    private Term declaredWithNotation(Expr.Apply a, Expr.Sym callee) {
        if (callee.sub() == null || callee.sup() != null || callee.primes() != 0 || a.args().isEmpty()) {
            return null;
        }
        Expr.Sym base = callee.withScripts(new Span(callee.span().start(), callee.sub().span().start() - 1), null, null, 0);
        Input values = file.input(NameKeys.full(base));
        if (values == null || !values.declared() || values.dims() == null || values.labels() != null
                || values.dims().size() != callee.sub().items().size()
                || file.definition(NameKeys.full(callee)) != null || file.input(NameKeys.full(callee)) != null) {
            return null;
        }
        for (Expr part : callee.sub().items()) {
            if (!(part instanceof Expr.Sym i) || !i.bare() || body.scope.indexVar(i.base()) == null) {
                return null;
            }
        }
        for (Expr arg : a.args()) {
            if (!(arg instanceof Expr.Sym p) || !p.bare() || file.hasInput(NameKeys.full(p))
                    || file.definition(NameKeys.full(p)) != null || body.scope.indexVar(p.base()) != null) {
                return null;
            }
        }
        String name = file.source.slice(callee.span());
        Diagnostic.of(Code.W0190, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is read as `" + name
                        + "` of the declared `" + file.source.slice(base.span()) + "`: `"
                        + String.join(", ", a.args().stream().map(x -> file.source.slice(x.span())).toList())
                        + "` is notation for what it depends on, not an input")
                .caret("read as " + name)
                .help("write `" + name + "` to say so and silence this warning")
                .report(file.diagnostics);
        body.readsUndefinedFunctions = true;   // L(\\theta) = … r_t(\\theta) …: \\theta is notation there too (W0191)
        return expr(callee);
    }

    /**
     * The Switch Transformer's {@code P_i = \frac{1}{T} \sum_{x \in \mathcal{B}} p_i(x)} with {@code p \in \mathbb{R}^{T
     * \times N}} declared (Fedus et al., Eq. 6: the router's probability for expert i at token x): a subscripted name
     * applied to indices in scope, whose bare name is declared with one axis per argument and one more and is also
     * written applied to as many arguments (the row {@code p(x)} in {@code \mathrm{argmax}\, p(x)}), and which the file
     * neither declares nor defines, is component i of the row {@code p(x)}: the element {@code p_{x, i}}, the
     * arguments on the leading axes, the subscript on the last (W0472). It was an input named {@code p_i(x)} (W0190).
     * Null for anything else (YOLO's {@code p_i(c)} alone, cell i and class c, stays that input).
     */
    private Term componentOfRow(Expr.Apply a, Expr.Sym callee) {
        if (callee.sub() == null || !callee.sub().isSingle() || callee.sup() != null || callee.primes() != 0
                || !(callee.sub().single() instanceof Expr.Sym i) || !i.bare() || body.scope.indexVar(i.base()) == null) {
            return null;
        }
        String key = NameKeys.full(callee);
        if (file.hasInput(key) || file.definition(key) != null || file.isDefinedName(key) || body.names.isBound(key)
                || body.scope.param(key) != null) {
            return null;
        }
        Expr.Sym bare = callee.withScripts(callee.span(), null, null, 0);
        Input table = file.input(NameKeys.full(bare));
        if (table == null || !table.declared() || table.dims() == null || table.labels() != null || table.isApplied()
                || table.dims().size() != a.args().size() + 1 || file.definition(NameKeys.full(bare)) != null
                || body.scope.param(NameKeys.full(bare)) != null) {
            return null;
        }
        if (file.applicationTexts(NameKeys.full(bare)).stream().noneMatch(t -> t.split(",", -1).length == a.args().size())) {
            // YOLO's p_i(c), cell i and class c of p \in \mathbb{R}^{S^2 \times K}, orders them the other way: only a
            // file that also writes the row p(x) itself says which axis the argument is.
            return null;
        }
        List<IndexVar> vars = new ArrayList<>();
        for (Expr e : a.args()) {
            if (!(e instanceof Expr.Sym x) || !x.bare() || body.scope.indexVar(x.base()) == null) {
                return null;
            }
            vars.add(body.scope.indexVar(x.base()));
        }
        vars.add(body.scope.indexVar(i.base()));
        if (new java.util.HashSet<>(vars).size() != vars.size()) {
            return null;
        }
        String name = file.source.slice(new Span(callee.span().start(), callee.sub().span().start() - 1)).trim();
        String written = name + "_{" + String.join(", ", vars.stream().map(IndexVar::name).toList()) + "}";
        Diagnostic.of(Code.W0472, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is read as component `"
                        + i.base() + "` of the row `" + name + "(" + String.join(", ", a.args().stream()
                        .map(e -> file.source.slice(e.span())).toList()) + ")` of the declared `" + name
                        + "`: the element `" + written + "`, the arguments on the leading axes, the subscript on the last")
                .caret("the element " + written)
                .help("write `" + written + "` to say so and silence this warning")
                .report(file.diagnostics);
        return new Term.Index(a.span(), body.names.inputRef(bare.span(), table), vars);
    }

    /**
     * {@code u_c(i, j)} with {@code \mathbf{U} \in \mathbb{R}^{H \times W \times C}} declared and {@code u_c} named
     * nowhere (SE-net's squeeze, Hu et al. 2018: "U = [u_1, …, u_C]", the c-th channel of U at row i, column j; SKNet
     * prints {@code \mathbf{U}_c(i, j)} of the declared U itself): the element of the declared capital at the indices
     * of the subscript and the arguments, each on the axis its range names (W0400). Null unless the callee is one
     * Latin letter with a subscript, neither declared nor defined, its capital (or itself, upper-case) is declared
     * with one axis per index, every index is in scope, and each index finds its own axis: by the dimension its sum
     * runs to, else by its upper-case letter, else as the one index left for the one axis left; axes of the same
     * size cannot be told apart, and stay the input they were (W0190).
     */
    private Term sliceOfCapital(Expr.Apply a, Expr.Sym callee) {
        if (callee.sub() == null || callee.sup() != null || callee.primes() != 0 || callee.accent() != null
                || callee.kind() != SymKind.LETTERS || callee.base().length() != 1
                || !Character.isLetter(callee.base().charAt(0)) || callee.base().charAt(0) > 'z' || a.args().isEmpty()) {
            return null;
        }
        boolean upper = Character.isUpperCase(callee.base().charAt(0));
        Expr.Sym bare = callee.withScripts(callee.span(), null, null, 0);
        for (String k : upper ? List.of(NameKeys.full(callee)) : List.of(NameKeys.full(callee), NameKeys.full(bare))) {
            if (file.hasInput(k) || file.definition(k) != null || file.isDefinedName(k) || body.names.isBound(k)
                    || body.scope.param(k) != null) {
                return null;
            }
        }
        Expr.Sym capitalSym = new Expr.Sym(callee.span(), callee.kind(), callee.base().toUpperCase(java.util.Locale.ROOT),
                null, null, null, 0);
        Input capital = file.input(NameKeys.full(capitalSym));
        List<Expr> indices = new ArrayList<>(callee.sub().items());
        indices.addAll(a.args());
        if (capital == null || !capital.declared() || capital.dims() == null || capital.labels() != null
                || capital.isApplied() || capital.dims().size() != indices.size()) {
            return null;
        }
        List<IndexVar> vars = new ArrayList<>();
        for (Expr e : indices) {
            if (!(e instanceof Expr.Sym i) || !i.bare() || body.scope.indexVar(i.base()) == null
                    || vars.contains(body.scope.indexVar(i.base()))) {
                return null;
            }
            vars.add(body.scope.indexVar(i.base()));
        }
        List<String> axes = capital.dims().stream().map(d -> d instanceof Dim.Symbol s ? s.name() : null).toList();
        if (axes.contains(null) || new java.util.HashSet<>(axes).size() != axes.size()) {
            return null;   // a number or a repeated size: the ranges cannot tell the axes apart
        }
        IndexVar[] onAxis = new IndexVar[axes.size()];
        List<IndexVar> left = new ArrayList<>();
        for (IndexVar v : vars) {
            String size = v.upper() instanceof Term.DimValue d ? d.dim()
                    : v.upper() == null && v.rangeOf() == null ? v.name().toUpperCase(java.util.Locale.ROOT) : null;
            int axis = size == null ? -1 : axes.indexOf(size);
            if (axis >= 0 && onAxis[axis] == null) {
                onAxis[axis] = v;
            } else if (v.upper() == null && v.rangeOf() == null) {
                left.add(v);
            } else {
                return null;   // a range that names no axis, or one another index took
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int k = 0; k < onAxis.length; k++) {
            if (onAxis[k] == null) {
                free.add(k);
            }
        }
        if (left.size() > 1 || left.size() != free.size()) {
            return null;
        }
        if (left.size() == 1) {
            onAxis[free.get(0)] = left.get(0);
        }
        List<IndexVar> ordered = List.of(onAxis);
        String name = file.source.slice(capital.span()).trim();
        String written = name + "_{" + String.join(", ", ordered.stream().map(IndexVar::name).toList()) + "}";
        Diagnostic.of(Code.W0400, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is read as the element `"
                        + written + "` of the declared `" + name + "`: `" + file.source.slice(callee.span())
                        + "` is its slice at `" + file.source.slice(callee.sub().span()).replaceAll("^_?\\{?|\\}$", "")
                        + "`, as `" + name + " = [" + callee.base().toLowerCase(java.util.Locale.ROOT)
                        + "_1, \\dots]` prints it; each index on the axis of"
                        + " its range (" + String.join(", ", java.util.stream.IntStream.range(0, axes.size())
                        .mapToObj(k -> ordered.get(k).name() + ": " + axes.get(k)).toList()) + ")")
                .caret("the element " + written)
                .help("write `" + written + "` to say so, or declare `" + file.source.slice(callee.span())
                        + "` for an input of its own")
                .report(file.diagnostics);
        return new Term.Index(a.span(), body.names.inputRef(callee.span(), capital), ordered);
    }

    /**
     * Munchausen RL's {@code \pi_t(a_t)} and {@code \pi_{t+1}(a')} with {@code \pi_t = \mathrm{softmax}(q_t / \tau)}
     * defined in the file, {@code a_t \in \{1, \dots, A\}} declared and {@code a'} bound by {@code \sum_{a'}}: a value
     * the file defines whole, written as a function of one class label or index, is its element, as W0161 reads a
     * declared {@code p(x)}. Was the value times the label, {@code \pi_t \cdot a_t}, with exit code 0. Null unless the
     * callee is such a definition and the one argument a declared label or an index in scope.
     */
    private Term definedVectorAt(Expr.Apply a, Expr.Sym callee, PendingDefinition target) {
        if (target == null || target.function() || !target.indexLetters().isEmpty() || a.args().size() != 1
                || !(a.args().get(0) instanceof Expr.Sym arg) || arg.sup() != null || arg.accent() != null) {
            return null;
        }
        Input label = file.input(NameKeys.full(arg));
        boolean index = arg.sub() == null && body.scope.indexVar(arg.base() + "'".repeat(arg.primes())) != null;
        if (!index && (label == null || !label.declared() || label.labels() == null || label.dims() == null
                || !label.dims().isEmpty())) {
            return null;
        }
        String written = "(" + file.source.slice(callee.span()).strip() + ")_{" + file.source.slice(arg.span()).strip() + "}";
        Diagnostic.of(Code.W0161, file.source, a.span(), "`" + file.source.slice(a.span()).strip() + "` is read as the"
                        + " element `" + written + "`: `" + file.source.slice(callee.span()).strip() + "` is a value the"
                        + " file defines, written as a function of " + (index ? "the index" : "the class label") + " `"
                        + file.source.slice(arg.span()).strip() + "`, not a product")
                .caret("the element " + written)
                .help("write `" + written + "` to say so; for the product write `\\cdot`")
                .report(file.diagnostics);
        Expr.Group whole = new Expr.Group(callee.span(), dev.eqc.compiler.ast.Bracket.PAREN, List.of(callee));
        return expr(new Expr.Subscripted(a.span(), whole, new Script(a.argsSpan(), List.of(arg),
                file.source.slice(arg.span()).replaceAll("\\s+", ""))));
    }

    /**
     * {@code \mathrm{acc}(B_m)} under {@code \sum_{m=1}^{M}} where the file wrote {@code \mathrm{acc}(B_m) = …} for the
     * value of each member (W0428), {@code \mathrm{R}(X_n)} where it wrote RetNet's {@code \mathrm{R}(X_n) = Q_n S_n}
     * (W0382): the element at the index the argument's subscript names. Was the value times the argument (a silent
     * [N] vector for a sum of numbers). An argument that names no index in scope is E0348. Null unless the callee is a
     * value defined element by element and written as a function.
     */
    private Term memberCall(Expr.Apply a, Expr.Sym callee, PendingDefinition target) {
        if (target == null || target.function() || target.indexLetters().isEmpty() || target.nameSpan() == null
                || target.indexSpan() == null || target.indexSpan().start() <= target.nameSpan().end()
                || !file.source.slice(new Span(target.nameSpan().end(), target.indexSpan().start())).strip()
                .startsWith("(")) {
            return null;
        }
        String name = file.source.slice(callee.span()).strip();
        List<String> letters = a.args().size() == 1 && a.args().get(0) instanceof Expr.Sym arg && arg.sup() == null
                ? IndexLetters.of(arg.sub()) : null;
        if (letters == null || letters.size() != target.indexLetters().size()
                || letters.stream().anyMatch(l -> body.scope.indexVar(l) == null)) {
            return body.error(Code.E0348, a.span(), "`" + file.source.slice(a.span()).strip() + "` calls `" + name
                            + "`, which the file defines element by element over `" + String.join(", ",
                            target.indexLetters()) + "`, with an argument whose subscript names no index in scope",
                    "write the element, `" + name + "_{" + String.join(", ", target.indexLetters()) + "}`, with the"
                            + " index bound (`\\sum_{" + target.indexLetters().get(0) + "}`)");
        }
        Expr.Sym arg = (Expr.Sym) a.args().get(0);
        String written = name + "_{" + String.join(", ", letters) + "}";
        Diagnostic.of(Code.W0161, file.source, a.span(), "`" + file.source.slice(a.span()).strip() + "` is read as the"
                        + " element `" + written + "`: `" + name + "` is defined element by element, written as a"
                        + " function of `" + file.source.slice(arg.span()).strip() + "`, not a product")
                .caret("the element " + written)
                .help("write `" + written + "` to say so")
                .report(file.diagnostics);
        return expr(callee.withScripts(a.span(), arg.sub(), null, 0));
    }

    /** The base of {@code \\log_{10}}, {@code \\log_3}: a positive number other than 1 and 2 (LOG2 reads {@code \\log_2}); else null. */
    private static Double logBase(Expr.Sym callee) {
        if (callee.kind() != SymKind.COMMAND || !callee.base().equals("\\log") || callee.sup() != null
                || callee.sub() == null || !callee.sub().isSingle() || !(callee.sub().single() instanceof Expr.Num n)) {
            return null;
        }
        double b = n.value();
        return b > 0 && b != 1 && b != 2 ? b : null;
    }

    /**
     * {@code \ell(2k-1, 2k)} with {@code \ell_{i,j}} defined element-wise, {@code p(x)} with {@code p} a declared
     * vector and {@code x} an index in scope: a tensor written as a function of its indices, as papers print
     * probabilities and pairwise losses, is its element (W0161). Null unless the callee is such a tensor with
     * as many axes as arguments and every argument is an index in scope or an expression of indices and numbers.
     */
    private Term elementCall(Expr.Apply a, Expr.Sym callee, PendingDefinition target) {
        if (!isElementCall(a, callee, target)) {
            return null;
        }
        int rank = a.args().size();
        if (callee.sub() != null) {
            // \alpha_t(i): the declared \alpha_t indexed; its own subscript stays part of its name.
            List<IndexVar> vars = a.args().stream().map(e -> {
                Expr.Sym s = (Expr.Sym) e;
                return body.scope.indexVar(s.base() + "'".repeat(s.primes()));
            }).toList();
            String written = "(" + file.source.slice(callee.span()) + ")_{" + String.join(", ", a.args().stream()
                    .map(e -> file.source.slice(e.span())).toList()) + "}";
            int declaredRank = file.input(NameKeys.full(callee)) != null && file.input(NameKeys.full(callee)).dims() != null
                    ? file.input(NameKeys.full(callee)).dims().size() : rank;
            Diagnostic.of(Code.W0161, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is read as "
                            + (declaredRank > rank ? "a row" : "an element") + " of `" + file.source.slice(callee.span())
                            + "`, a declared tensor of " + declaredRank + " ax" + (declaredRank == 1 ? "is" : "es")
                            + " written as a function of its indices, not a product")
                    .caret("the element " + written)
                    .help("declare the tensor under a name of its own and index it, like `\\alpha \\in \\mathbb{R}^{N}`"
                            + " with `\\alpha_i`, to say so; for a product write `\\cdot`")
                    .report(file.diagnostics);
            return new Term.Index(a.span(), expr(callee), vars);
        }
        Script sub = new Script(a.argsSpan(), a.args(), String.join(",", a.args().stream()
                .map(e -> file.source.slice(e.span()).replaceAll("\\s+", "")).toList()));
        Expr.Sym element = callee.withScripts(a.span(), sub, null, 0);
        String written = file.source.slice(callee.span()) + "_{" + String.join(", ", a.args().stream()
                .map(e -> file.source.slice(e.span())).toList()) + "}";
        Input tensor = file.input(NameKeys.full(callee));
        int axes = target == null && tensor != null && tensor.dims() != null ? tensor.dims().size() : rank;
        Diagnostic.of(Code.W0161, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is read as the "
                        + (axes > rank ? "entry" : "element") + " `" + written + "`: `" + file.source.slice(callee.span())
                        + "` is a tensor of " + axes + " ax" + (axes == 1 ? "is" : "es") + ", written as a function of "
                        + (axes > rank ? "its leading indices" : "its indices"))
                .caret("the element " + written)
                .help("write `" + written + "` to say so")
                .report(file.diagnostics);
        return expr(element);
    }

    /**
     * {@code V(s_t)}, {@code V(s_{t+1})} with {@code V \in \mathbb{R}^{T+1}} declared and {@code s} named nowhere
     * (GAE's TD residual, Schulman et al. 2016): the declared values of a function the file does not define, at the
     * states the steps {@code t}, {@code t+1} index, so the elements {@code V_t}, {@code V_{t+1}} (W0190). Null
     * unless the callee is a declared vector applied to one argument, a name the file neither declares nor defines
     * and uses only as an argument, subscripted by an index in scope or an expression of indices and whole numbers.
     */
    private Term stateElement(Expr.Apply a, Expr.Sym callee, PendingDefinition target) {
        String key = NameKeys.full(callee);
        Input values = file.input(key);
        if (callee.sub() != null || callee.sup() != null || callee.primes() != 0 || target != null
                || body.scope.param(key) != null || values == null || !values.declared() || values.dims() == null
                || values.labels() != null || values.isApplied() || a.args().size() != 1 || values.dims().size() != 1) {
            return null;   // \pi(a_t \mid s_t) of several arguments: AppliedValues.declared
        }
        List<Expr> positions = new ArrayList<>();
        for (Expr arg : a.args()) {
            if (!(arg instanceof Expr.Sym st) || st.sub() == null || st.sup() != null || !st.sub().isSingle()
                    || !isIndexExpression(st.sub().single())) {
                return null;
            }
            Expr.Sym bare = st.withScripts(st.span(), null, null, st.primes());
            for (String k : List.of(NameKeys.full(st), NameKeys.full(bare))) {
                if (file.hasInput(k) || file.definition(k) != null || file.isDefinedName(k) || body.names.isBound(k)
                        || body.scope.param(k) != null || body.scope.indexVar(st.base()) != null) {
                    return null;
                }
            }
            if (!onlyArgument(bare)) {
                return null;
            }
            positions.add(st.sub().single());
        }
        // The subscript starts right after the callee, so the element's base reads as the callee's text.
        Script sub = new Script(new Span(callee.span().end() + 1, a.span().end()), positions, String.join(",",
                positions.stream().map(e -> file.source.slice(e.span()).replaceAll("\\s+", "")).toList()));
        Expr.Sym element = callee.withScripts(a.span(), sub, null, 0);
        String written = file.source.slice(callee.span()) + "_{" + String.join(", ", positions.stream()
                .map(e -> file.source.slice(e.span())).toList()) + "}";
        Diagnostic.of(Code.W0190, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is the value of `"
                        + file.source.slice(callee.span()) + "`, a function the file does not define, at the state"
                        + (positions.size() == 1 ? "" : "s") + " `" + String.join(", ", a.args().stream()
                        .map(e -> file.source.slice(e.span())).toList()) + "`: read as the element `" + written
                        + "` of the declared `" + file.source.slice(callee.span()) + "` (the states are not computed)")
                .caret("the element " + written)
                .help("write `" + written + "` to say so")
                .report(file.diagnostics);
        return expr(element);
    }

    /**
     * {@code Q(S_t, A_t)}, {@code \pi(a|S_{t+1})}, {@code q_{\bar\theta}(s_{t+1}, a')} with the table declared with one
     * axis per argument ({@code \pi \in \mathbb{R}^{n_s \times n_a}}) and every argument an index in scope or a declared
     * whole-number scalar, one of them at least (Sutton &amp; Barto's Expected Sarsa, Munchausen DQN): the element at
     * those positions, counted from 0 (W0140), the conditions after a bar first (W0256), as a table of conditional
     * values is laid out. Was the whole table (W0190) or E0190. Null for anything else.
     */
    private Term tableAtPositions(Expr.Apply a, Expr.Sym callee, PendingDefinition target, Expr.Apply given) {
        String key = NameKeys.full(callee);
        Input table = file.input(key);
        if (target != null || callee.sup() != null || body.scope.param(key) != null || body.names.isBound(key)
                && !(table != null && table.declared()) || table == null || !table.declared() || table.dims() == null
                || table.labels() != null || table.isApplied() || table.dims().size() != a.args().size()) {
            return null;
        }
        Expr.Apply ordered = AppliedValues.conditionsFirst(given);
        if (ordered.args().size() != a.args().size()) {
            return null;
        }
        Script sub = new Script(a.argsSpan(), ordered.args(), String.join(",", ordered.args().stream()
                .map(e -> file.source.slice(e.span()).replaceAll("\\s+", "")).toList()));
        List<Input> labels = body.names.labelElements(sub);
        boolean indicesOnly = ordered.args().stream().allMatch(e -> e instanceof Expr.Sym i && i.sub() == null
                && i.sup() == null && i.accent() == null && body.scope.indexVar(NameKeys.full(i)) != null
                && !body.names.isBound(NameKeys.full(i)));
        if (labels == null && !indicesOnly) {
            return atArgMax(a, table, ordered);
        }
        if (indicesOnly && ordered.args().equals(a.args())) {
            return null;   // p(i, j) of indices in the order printed: elementCall
        }
        String function = file.source.slice(callee.span()).trim();
        if (indicesOnly && !ordered.args().equals(a.args()) && namedLike(a.args(), table.dims())
                && !namedLike(ordered.args(), table.dims())) {
            // p(s' \mid s, a) with p \in \mathbb{R}^{S \times S \times A}: the axes are named as the letters are
            // printed, next state first, so the declaration says the order (was E0304, the conditions first).
            Diagnostic.of(Code.W0256, file.source, a.span(), "`" + file.source.slice(a.span()) + "` reads the declared `"
                            + function + "` in the order printed, as its declared axes " + table.dims().stream()
                            .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + " name the letters:"
                            + " not the conditions first")
                    .caret("element " + String.join(", ", a.args().stream()
                            .map(e -> file.source.slice(e.span()).trim()).toList()))
                    .help("write `" + function + "_{" + String.join(", ", a.args().stream()
                            .map(e -> file.source.slice(e.span()).trim()).toList()) + "}` to say so")
                    .report(file.diagnostics);
            return new Term.Index(a.span(), body.names.inputRef(callee.span(), table), a.args().stream()
                    .map(e -> body.scope.indexVar(NameKeys.full((Expr.Sym) e))).toList());
        }
        if (!ordered.args().equals(a.args())) {
            String order = String.join(", ", ordered.args().stream().map(e -> file.source.slice(e.span()).trim()).toList());
            Diagnostic.of(Code.W0256, file.source, a.span(), "`" + file.source.slice(a.span()) + "` reads the declared `"
                            + function + "` with the condition first: the element at `" + order + "`, a row per condition")
                    .caret("element " + order)
                    .help("write `" + function + "_{" + String.join(", ", a.args().stream()
                            .map(e -> file.source.slice(e.span()).trim()).toList()) + "}` for the other order")
                    .report(file.diagnostics);
        }
        if (indicesOnly) {
            // p(s' \mid s, a) of indices in scope with p \in \mathbb{R}^{n_s \times n_a \times n_s}: element s, a, s'
            // (was p_{s', s, a}, in the order printed).
            return new Term.Index(a.span(), body.names.inputRef(callee.span(), table), ordered.args().stream()
                    .map(e -> body.scope.indexVar(NameKeys.full((Expr.Sym) e))).toList());
        }
        return body.names.gather(a.span(), body.names.inputRef(callee.span(), table), sub);
    }

    /**
     * Sutton &amp; Barto's Double Q-learning, {@code Q_2\big(S_{t+1}, \\underset{a}{\arg\max}\, Q_1(S_{t+1},a)\big)}:
     * a declared table at one argument per axis, each an index in scope, a declared whole-number label or an arg
     * max (min) over a bare index. The element at those positions, the arg max's position counted from 0 as the
     * table's are (W0140). Null when an argument is anything else.
     */
    private Term atArgMax(Expr.Apply a, Input table, Expr.Apply ordered) {
        List<Expr> args = ordered.args();
        if (args.stream().noneMatch(CallResolver::isArgMaxOverLetter)) {
            return null;
        }
        List<IndexVar> vars = new ArrayList<>();
        List<IndexVar> classes = new ArrayList<>();
        Term condition = null;
        for (Expr arg : args) {
            if (arg instanceof Expr.Sym i && i.sub() == null && i.sup() == null && i.accent() == null
                    && body.scope.indexVar(NameKeys.full(i)) != null && !body.names.isBound(NameKeys.full(i))) {
                vars.add(body.scope.indexVar(NameKeys.full(i)));
                continue;
            }
            boolean argMax = isArgMaxOverLetter(arg);
            List<Input> label = argMax ? null : body.names.labelElements(new Script(arg.span(), List.of(arg),
                    file.source.slice(arg.span()).replaceAll("\\s+", "")));
            if (!argMax && (label == null || label.get(0) == null || label.get(0).selecting().count() != null)) {
                return null;   // a label counted from 1 (declared \{1, \dots, K\}) keeps the other readings
            }
            Diagnostic.of(Code.W0140, file.source, arg.span(), "`" + file.source.slice(arg.span()).trim()
                            + "` is read as a position of `" + file.source.slice(a.callee().span()).trim()
                            + "` counted from 0" + (argMax ? " (the arg max's position along its index)" : ""))
                    .caret("0 selects the first element")
                    .help(argMax ? "an arg max over a bare index counts from 0; write the range (`\\arg\\max_{a=1}^{A}`)"
                            + " to count from 1" : Input.countingHelp(label.get(0)))
                    .report(file.diagnostics);
            IndexVar c = new IndexVar(IndexVar.CLASSES, arg.span(), null, null, List.of());
            vars.add(c);
            classes.add(c);
            Term eq = new Term.Compare(arg.span(), Term.CompareOp.EQ, expr(arg), new Term.IndexValue(arg.span(), c));
            condition = condition == null ? eq : new Term.Arith(arg.span(), arg.span(), Term.ArithOp.MUL, condition, eq);
        }
        Term selected = new Term.Where(a.span(), condition, new Term.Index(a.span(),
                body.names.inputRef(a.callee().span(), table), vars), new Term.Literal(a.span(), 0.0));
        for (int k = classes.size() - 1; k >= 0; k--) {
            selected = new Term.Reduce(a.span(), Term.ReduceOp.SUM, classes.get(k), selected);
        }
        return selected;
    }

    /**
     * {@code \\underset{a}{\arg\max}\, f(a)} or {@code \arg\max_a f(a)}: an arg max or min over a bare letter (also
     * what makes a definition an arg max for NameResolver).
     */
    static boolean isArgMaxOverLetter(Expr e) {
        Expr.Sym op;
        if (e instanceof Expr.Binary j && j.left() instanceof Expr.Underset u && u.op() instanceof Expr.Sym o
                && o.bare() && u.under() instanceof Expr.Sym letter && letter.bare()) {
            op = o;
        } else if (e instanceof Expr.BigOp big && big.operator().sup() == null && big.operator().sub() != null
                && big.operator().sub().isSingle() && big.operator().sub().single() instanceof Expr.Sym letter
                && letter.bare()) {
            op = big.operator();
        } else {
            return false;
        }
        return (op.kind() == SymKind.COMMAND || op.kind() == SymKind.WORD)
                && java.util.Set.of("\\argmax", "\\argmin", "argmax", "argmin").contains(op.base());
    }

    /**
     * Whether the name {@code s} ({@code s} of {@code V(s_t)}) appears in the file's definitions only inside the
     * arguments of applications, as the states of RL papers do: it names what the values are of, nothing computed.
     */
    private boolean onlyArgument(Expr.Sym s) {
        String key = NameKeys.full(s);
        boolean[] elsewhere = {false};
        for (PendingDefinition p : file.definitions()) {
            java.util.Set<Expr> inArguments = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            SubscriptForms.walk(p.rhs(), e -> {
                if (e instanceof Expr.Apply ap) {
                    ap.args().forEach(arg -> SubscriptForms.walk(arg, inArguments::add));
                }
            });
            SubscriptForms.walk(p.rhs(), e -> {
                if (e instanceof Expr.Sym x && !inArguments.contains(x)
                        && NameKeys.full(x.withScripts(x.span(), null, null, x.primes())).equals(key)) {
                    elsewhere[0] = true;
                }
            });
        }
        return !elsewhere[0];
    }

    /** Whether {@link #elementCall} reads {@code a} as an element; decides only, reports nothing. */
    private boolean isElementCall(Expr.Apply a, Expr.Sym callee, PendingDefinition target) {
        if (callee.sub() != null && subscriptedElementCall(a, callee, target)) {
            return true;
        }
        if (callee.sub() != null || callee.sup() != null || callee.primes() != 0 || a.args().isEmpty()) {
            return false;
        }
        String key = NameKeys.full(callee);
        int rank;
        if (target != null && !target.function() && !target.indexLetters().isEmpty()) {
            rank = target.indexLetters().size();
        } else if (target == null && file.input(key) != null && (body.scope.param(key) == null
                || file.input(key).declared()) && file.input(key).dims() != null && file.input(key).labels() == null) {
            // A parameter with a declared namesake has its shape (D(p \| q) with p, q \in \mathbb{R}^K): p(x) is p_x.
            rank = file.input(key).dims().size();
        } else {
            return false;
        }
        // P(i) of a declared matrix: its row i, as P_i (was P times i).
        boolean rows = target == null && rank > a.args().size();
        // \mathbf{x}(S) with S \in \mathbb{N} an input (Sutton & Barto's feature vector of the state S): its row S,
        // as \mathbf{x}_S reads it (was the matrix times S)
        return (rank == a.args().size() || rows) && (a.args().stream().allMatch(this::isIndexExpression)
                || target == null && a.args().stream().allMatch(this::integerInput));
    }

    /**
     * {@code \alpha_t(i)}, {@code \delta_{t-1}(i)} with {@code \alpha_t \in \mathbb{R}^{N}} declared under that whole
     * spelling and {@code i} an index in scope (Rabiner's forward variable and Viterbi recursion): the element, as
     * {@link #isElementCall} reads {@code p(x)} of a declared {@code p}; was a product by the index.
     */
    private boolean subscriptedElementCall(Expr.Apply a, Expr.Sym callee, PendingDefinition target) {
        String key = NameKeys.full(callee);
        Input in = file.input(key);
        return target == null && callee.sup() == null && callee.primes() == 0 && in != null && in.declared()
                && in.dims() != null && in.labels() == null && !in.isApplied() && body.scope.param(key) == null
                && in.dims().size() >= a.args().size()   // \mathbf{M}_t(i) of the N x M memory: its row i (NTM)
                && a.args().stream().allMatch(e -> e instanceof Expr.Sym s && s.sub() == null && s.sup() == null
                        && s.accent() == null && body.scope.indexVar(s.base() + "'".repeat(s.primes())) != null);
    }

    /** An index in scope, or an expression of indices in scope and whole numbers ({@code 2k-1}), with one index at least. */
    private boolean isIndexExpression(Expr e) {
        return indexTerms(e) > 0;
    }

    /** How many index names {@code e} uses, or -1 when it uses anything but indices in scope and whole numbers. */
    private int indexTerms(Expr e) {
        if (e instanceof Expr.Sym s) {
            return s.sub() == null && s.sup() == null && s.accent() == null
                    && body.scope.indexVar(s.base() + "'".repeat(s.primes())) != null ? 1 : -1;
        }
        if (e instanceof Expr.Num n) {
            return n.text().matches("\\d+") ? 0 : -1;
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB
                || b.op() == BinaryOp.JUXTAPOSE)) {
            int l = indexTerms(b.left());
            int r = indexTerms(b.right());
            return l < 0 || r < 0 ? -1 : l + r;
        }
        return -1;
    }

    /**
     * {@code f[…]} is a call: a defined function or a statistic called with square brackets; or
     * {@code D_{KL}[q || p]}, {@code D_{KL}[q, p]}, the divergence in square brackets. Any {@code D_{..}[q || p]}
     * is a call of two distributions (the parser read the bars as its comma), never a product with a
     * concatenation: a divergence the file does not define is then the located error of an undefined function.
     */
    private boolean isBracketCall(Expr.Sym f, Expr.Group g) {
        int n = g.items().size();
        if (g.bracket() == Bracket.SET && isBracketStatistic(f, n)
                && Builtin.lookup(f.base()).orElse(null) != Builtin.SOFTMAX
                && Builtin.lookup(f.base()).orElse(null) != Builtin.LOG_SOFTMAX) {
            return true;   // scikit-learn's Var\{y - \hat{y}\}: a statistic's argument in braces, as in square brackets
        }
        if (g.bracket() == Bracket.SET && n == 1 && isBracketBuiltin(f)) {
            return true;   // Aggarwal's \text{sign}\{\overline{W} \cdot \overline{X}\}: a built-in word's argument in braces
        }
        return g.bracket() == Bracket.SQUARE && (isDefinedFunctionOf(f, n) || isBracketStatistic(f, n)
                || n == 1 && isFreeSigma(f) || n >= 1 && isBracketBuiltin(f)
                || n >= 1 && declaredApplication(new Expr.Apply(f.span().to(g.span()), f, g.items(), g.span()), f)
                || n == 2 && (dividedByBars(g) || isDivergence(f) && file.definition(NameKeys.full(f)) == null
                && !body.names.isBound(NameKeys.full(f))));
    }

    /**
     * Prince's {@code \\mathrm{ReLU}[\\mathbf{x}]}, {@code \\text{softmax}[\\mathbf{z}]}: a built-in function written as a
     * word, which the file neither declares, defines nor binds, called with square brackets as with parentheses; it
     * was E0104 (the function without an argument). {@code \\exp[…]}, {@code \\log[…]} already apply as commands.
     */
    private boolean isBracketBuiltin(Expr.Sym f) {
        String key = NameKeys.full(f);
        // \text{softmax}_{y_i}[…], \mathrm{softmax}_j[…]: with an axis or a label under it, as with parentheses
        Builtin b = Builtin.lookup(f.base()).orElse(null);
        return f.kind() == SymKind.WORD && (f.sub() == null || f.sub().isSingle()
                && (b == Builtin.SOFTMAX || b == Builtin.LOG_SOFTMAX)) && f.sup() == null && f.primes() == 0
                && f.accent() == null && b != null && !body.names.isBound(key) && file.definition(key) == null
                && !file.hasInput(key);
    }

    /**
     * ACON-C's {@code \\sigma[\\beta(p_1 - p_2) x]}: a bare {@code \\sigma} the file neither declares, defines nor
     * binds is the logistic sigmoid, with square brackets as with parentheses; it was an undeclared number times the
     * bracket, asked for as an input.
     */
    private boolean isFreeSigma(Expr.Sym f) {
        String key = NameKeys.full(f);
        return f.bare() && f.kind() == SymKind.COMMAND && f.base().equals("\\sigma") && !body.names.isBound(key)
                && file.definition(key) == null && !file.hasInput(key);
    }

    /** Whether {@code f} names a function defined in this file with {@code n} parameters (not a bound name). */
    /**
     * {@code Var[X]}, {@code \\mathrm{Var}[x]}, {@code \\operatorname{Std}[x]}: the variance, standard deviation
     * or mean written as an expectation is, with square brackets (layer norm's {@code \\sqrt{Var[X] + \\epsilon}}),
     * when the file gives the word no other meaning; bare {@code Var} was the product V a r.
     */
    private boolean isBracketStatistic(Expr.Sym f, int n) {
        if (n != 1 || !f.bare() || f.kind() == SymKind.COMMAND || f.kind() == SymKind.BB || body.names.isBound(NameKeys.full(f))
                || file.definition(NameKeys.full(f)) != null || f.base().length() < 2) {
            return false;
        }
        Builtin b = Builtin.lookup(f.base()).orElse(null);
        if (b == Builtin.STOP_GRADIENT) {
            return true; // \mathrm{sg}[z_e(x)], as VQ-VAE prints the stop-gradient
        }
        // \text{softmax}\left[\frac{1}{\sqrt{d}} …\right] (ViT-22B's QK normalisation): softmax alone has no meaning
        return f.base().length() >= 3 && (b == Builtin.VAR || b == Builtin.STD || b == Builtin.MEAN
                || b == Builtin.SOFTMAX || b == Builtin.LOG_SOFTMAX);
    }

    boolean isDefinedFunctionOf(Expr.Sym f, int n) {
        String key = NameKeys.full(f);
        PendingDefinition target = file.definition(key);
        return target != null && target.function() && target.indexLetters().isEmpty()
                && target.params().size() == n && body.scope.param(key) == null;
    }

    /** {@code clip(x, a, b) = min(max(x, a), b)}; {@code clip(x, c) = clip(x, -c, c)}. */
    /**
     * Whether {@code a} is the value of a function the file does not define whose application the file declares
     * ({@code k(\mathbf{x}_*, \mathbf{x}_*) \in \mathbb{R}}, {@code \mathbf{x}(0) \in \mathbb{R}^{d}}), at the
     * same arguments as written there.
     */
    /**
     * Whether the application {@code a} of the function being defined is declared with its shape at exactly these
     * arguments ({@code \hat{\theta}_\gamma(t-1) \in \mathbb{R}^{d}}): a given value, not a call of the definition.
     */
    private boolean declaredPreviousValue(Expr.Apply a, Expr.Sym callee) {
        Input in = file.input(NameKeys.full(callee) + "(" + AppliedValues.argumentText(file.source,
                a.withConditionsAsArguments()) + ")");
        return in != null && in.isApplied() && in.declared();
    }

    /**
     * Deep ensembles' {@code \\mu^2_{\\theta_m}(\\mathbf{x})} with {@code \\mu_{\\theta_m}(\\mathbf{x})} declared (and
     * the power itself not): the declared value squared, as {@code \\sin^2(x)} is the square of the sine; it was an
     * input of its own named for the whole spelling (W0190), which the run asked for. Null otherwise.
     */
    private Term powerOfDeclaredValue(Expr.Apply a, Expr.Sym callee) {
        if (callee.sup() == null || !callee.sup().isSingle() || !(callee.sup().single() instanceof Expr.Num n)
                || n.value() < 2 || n.value() != Math.rint(n.value())) {
            return null;
        }
        Expr.Sym bare = callee.withScripts(callee.span(), callee.sub(), null, callee.primes());
        Expr.Apply plain = new Expr.Apply(a.span(), bare, a.args(), a.argsSpan());
        if (!declaredApplication(plain, bare)) {
            return null;
        }
        return new Term.Power(a.span(), applied.undefined(plain, bare), new Term.Literal(n.span(), n.value()));
    }

    /**
     * DARTS' {@code \sum_{o \in \mathcal{O}} \ldots o(x)} with {@code o(x) \in \mathbb{R}^{|\mathcal{O}| \times d}}
     * declared: the function's name is the index the sum runs over, each operation {@code o} of the set, so {@code
     * o(x)} is the declared value of that operation, the row {@code o} (W0459). It was the whole declared stack in
     * every term, silently. Null for anything else.
     */
    private Term memberOfDeclaredValues(Expr.Apply a, Expr.Sym callee) {
        String key = NameKeys.full(callee);
        IndexVar v = body.scope.indexVar(key);
        if (!callee.bare() || v == null || file.definition(key) != null || body.scope.param(key) != null) {
            return null;
        }
        Input in = file.input(key + "(" + AppliedValues.argumentText(file.source, a) + ")");
        if (in == null || !in.isApplied() || !in.declared() || in.dims() == null || in.dims().isEmpty()) {
            return null;
        }
        String written = file.source.slice(a.span()).strip();
        Diagnostic.of(Code.W0459, file.source, a.span(), "`" + written + "` applies `" + key + "`, the index `" + key
                        + "` runs over here: read as the declared value of that member, `" + in.latex() + "` at `"
                        + key + "`, the first axis")
                .caret("row `" + key + "` of `" + in.latex() + "`")
                .help("to say so, write `" + in.latex() + "_{" + key + "}`; for the whole declared value, name the index"
                        + " with another letter")
                .report(file.diagnostics);
        return new Term.Index(a.span(), body.names.inputRef(a.span(), in), List.of(v));
    }

    /**
     * Expected improvement as Brochu et al. (Eq. 4) and Jones et al. print it, {@code (\mu(x) - f(x^+)) \Phi(Z) +
     * \sigma(x) \phi(Z)}: in a file that applies the standard normal CDF {@code \Phi}, an undefined, undeclared {@code
     * \phi} applied to one argument is the standard normal density, {@code e^{-z^2/2} / \sqrt{2\pi}} (W0460). It was
     * the value of an unknown function, an input the run asked for. Null for anything else.
     */
    private Term normalDensityBesideCdf(Expr.Apply a, Expr.Sym callee) {
        String key = NameKeys.full(callee);
        if (!callee.bare() || !(key.equals("\\phi") || key.equals("\\varphi")) || a.args().size() != 1
                || file.definition(key) != null || file.input(key) != null || body.scope.param(key) != null
                || body.names.isBound(key) || !file.appliedInputs(key).isEmpty()
                || file.input(key + "(" + AppliedValues.argumentText(file.source, a) + ")") != null
                || !java.util.regex.Pattern.compile("\\\\Phi\\s*(\\\\left|\\\\big[gl]*|\\\\Big[gl]*)?\\s*\\(")
                        .matcher(file.source.text()).find()) {
            return null;
        }
        String written = file.source.slice(a.span()).strip();
        Diagnostic.of(Code.W0460, file.source, a.span(), "`" + written + "` is read as the standard normal density,"
                        + " the derivative of the `\\Phi` the file applies: `e^{-z^2/2} / \\sqrt{2\\pi}`")
                .caret("the standard normal density")
                .help("to say so, write it out: `\\frac{1}{\\sqrt{2\\pi}} e^{-Z^2/2}`; for another function, define `"
                        + key + "` or declare its value")
                .report(file.diagnostics);
        Span at = a.span();
        Term z = expr(a.args().get(0));
        Term exponent = new Term.Arith(at, at, Term.ArithOp.DIV, new Term.Negate(at, new Term.Power(at, z,
                new Term.Literal(at, 2.0))), new Term.Literal(at, 2.0));
        return new Term.Arith(at, at, Term.ArithOp.DIV, new Term.BuiltinCall(at, Builtin.EXP, List.of(exponent)),
                new Term.Literal(at, Math.sqrt(2 * Math.PI)));
    }

    /**
     * DANN's {@code \frac{1}{n} \sum_{i=1}^{n} L_y^i(\theta_f, \theta_y)} with the losses {@code L_y \in \mathbb{R}^{n}}
     * declared: a declared vector with a superscript index in scope, applied to arguments, is its element at that
     * index, the value of the i-th example's loss; the arguments say what it depends on (W0154). It was the value
     * of an unknown function {@code L_y^i} (E0192). Null for anything else.
     */
    private Term elementAtSuperscriptIndex(Expr.Apply a, Expr.Sym callee) {
        if (callee.sup() == null || !callee.sup().isSingle() || !(callee.sup().single() instanceof Expr.Sym letter)
                || !letter.bare()) {
            return null;
        }
        IndexVar v = body.scope.indexVar(NameKeys.full(letter));
        Expr.Sym bare = callee.withScripts(callee.span(), callee.sub(), null, callee.primes());
        String key = NameKeys.full(bare);
        Input in = file.input(key);
        if (v == null || body.names.isBound(NameKeys.full(callee)) || file.definition(NameKeys.full(callee)) != null
                || file.input(NameKeys.full(callee)) != null || in == null || !in.declared() || in.isApplied()
                || in.labels() != null || in.dims() == null || in.dims().size() != 1) {
            return null;
        }
        String written = file.source.slice(a.span()).strip();
        Diagnostic.of(Code.W0154, file.source, a.span(), "`" + written + "` is read as element `" + v.name() + "` of the"
                        + " declared `" + in.latex() + "` " + in.dims() + ": the superscript indexes it, and the arguments"
                        + " say what the value depends on (they are not computed)")
                .caret("`" + v.name() + "` indexes `" + in.latex() + "`")
                .help("write `" + in.latex() + "_{" + v.name() + "}` to say so")
                .report(file.diagnostics);
        return new Term.Index(a.span(), body.names.inputRef(a.span(), in), List.of(v));
    }

    private boolean declaredApplication(Expr.Apply a, Expr.Sym callee) {
        String key = NameKeys.full(callee);
        if (file.definition(key) != null || body.names.isBound(key) && body.scope.param(key) == null) {
            return false;
        }
        // DPO's \mathcal{L}(\pi_\theta; \pi_{ref}) = …\pi_\theta(y_w \mid x)… with \pi_\theta(y_w \mid x) declared: the
        // parameter names the policy whose declared values the body reads; left unused, it is notation (W0191).
        Input in = file.input(key + "(" + AppliedValues.argumentText(file.source, a) + ")");
        return in != null && in.isApplied() && in.declared();
    }

    /**
     * {@code \binom{K}{2}} (InstructGPT's {@code \frac{1}{\binom{K}{2}}}): the binomial coefficient of two whole
     * numbers the file fixes; of values known only at run time it is not supported.
     */
    private Term binomial(Expr.Apply a) {
        Term top = expr(a.args().get(0));
        Double n = ConstantFolder.fold(top);
        Double k = ConstantFolder.fold(expr(a.args().get(1)));
        if (n == null && k != null && k == Math.rint(k) && k >= 0 && k <= 20) {
            // \binom{K}{2} with K a number known at run time (InstructGPT's K responses ranked per prompt, was
            // E0103): the falling product K (K-1) … (K-k+1) / k!, which is 0 for a whole K below k, as the
            // coefficient is.
            return fallingProduct(a.span(), top, (int) Math.rint(k));
        }
        if (n == null || k == null || n != Math.rint(n) || k != Math.rint(k) || k < 0 || n < 0 || n > 1000) {
            return body.unsupported(a.span(), "`\\binom` of whole numbers the file fixes, like `K = 4` declared");
        }
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return new Term.Literal(a.span(), k > n ? 0 : Math.rint(c));
    }

    /** {@code n (n-1) … (n-k+1) / k!}: the binomial coefficient of {@code n} over a whole {@code k}. */
    private static Term fallingProduct(Span span, Term n, int k) {
        Term product = new Term.Literal(span, 1.0);
        double factorial = 1;
        for (int i = 0; i < k; i++) {
            Term factor = i == 0 ? n : new Term.Arith(span, span, Term.ArithOp.SUB, n, new Term.Literal(span, i));
            product = i == 0 ? factor : new Term.Arith(span, span, Term.ArithOp.MUL, product, factor);
            factorial *= i + 1;
        }
        return k < 2 ? product : new Term.Arith(span, span, Term.ArithOp.DIV, product, new Term.Literal(span, factorial));
    }

    /**
     * {@code \mathrm{clip}(x, a, b)}, {@code \mathrm{clip}(x, c)} (to {@code [-c, c]}), and PyTorch's
     * {@code \mathrm{clamp}(x, a, b)} (quantisation papers: {@code \mathrm{clamp}(\lfloor w/s \rceil, -2^{b-1},
     * 2^{b-1} - 1)}); a two-argument clamp is PyTorch's lower bound only, so it is not read.
     */
    private static boolean isClipCall(Expr.Sym callee, Expr.Apply a) {
        if (!(callee.kind() == SymKind.WORD || callee.kind() == SymKind.LETTERS) || !callee.bare()) {
            return false;
        }
        return callee.base().equalsIgnoreCase("clip") && (a.args().size() == 3 || a.args().size() == 2)
                || callee.base().equals("clamp") && a.args().size() == 3;
    }

    /** {@code \mathrm{clip}_{[a, b]}}: the bounds {@code a}, {@code b}; otherwise {@code null}. */
    private static List<Expr> clipInterval(Expr.Sym callee) {
        if ((callee.kind() == SymKind.WORD || callee.kind() == SymKind.LETTERS) && callee.base().equalsIgnoreCase("clip")
                && callee.sup() == null && callee.accent() == null && callee.primes() == 0 && callee.sub() != null
                && callee.sub().items().size() == 1 && callee.sub().single() instanceof Expr.Group g
                && g.bracket() == dev.eqc.compiler.ast.Bracket.SQUARE && g.items().size() == 2) {
            return g.items();
        }
        return null;
    }

    private Term clip(Expr.Apply a) {
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

    /**
     * SPPO's {@code \\mathbb{E}_{y \\sim \\pi_t(\\cdot|x)}\\left(\\log(…) - \\eta(…)\\right)^2} (Wu et al., Eq. 3.6),
     * Casella and Berger's {@code E(X - \\mu)^2}: an expectation the file does not define, applied with parentheses to
     * a sum or difference and raised to a number, is the expectation of the power, {@code \\mathbb{E}[(X - \\mu)^2]}
     * (W0469); it was the power of the expectation, silently, or E0103 with a subscript that draws. Applied so to one
     * term ({@code \\mathbb{E}(X)^2}) the same spelling means {@code (\\mathbb{E}[X])^2} in a variance formula, so eqc
     * stops (E0363). Null when {@code a} is no such expectation.
     */
    Term poweredExpectation(Expr.Power p, Expr.Apply a) {
        if (!(a.callee() instanceof Expr.Sym e) || !(e.kind() == SymKind.BB || e.kind() == SymKind.WORD)
                || !e.base().equals("E") || e.sup() != null || e.primes() != 0
                || e.accent() != null && !e.accent().equals("hat") || a.args().size() != 1
                || !p.exponent().isSingle() || !(p.exponent().single() instanceof Expr.Num)
                || body.names.isBound(NameKeys.full(e)) || file.definition(NameKeys.full(e)) != null
                || file.input(NameKeys.full(e)) != null
                || body.names.isBound(NameKeys.full(e.withScripts(e.span(), null, null, 0)))) {
            return null;
        }
        Expr arg = a.args().get(0);
        String exponent = file.source.slice(p.exponent().span());
        String inside = file.source.slice(arg.span());
        String mean = file.source.slice(e.span());
        if (!(arg instanceof Expr.Binary sum && (sum.op() == BinaryOp.ADD || sum.op() == BinaryOp.SUB
                || sum.op() == BinaryOp.PLUS_MINUS))) {
            return body.error(Code.E0363, p.span(), "`" + file.source.slice(p.span()) + "` may be the power of the"
                            + " expectation, `(" + mean + "[" + inside + "])^{" + exponent + "}` as in a variance formula,"
                            + " or the expectation of the power, `" + mean + "[(" + inside + ")^{" + exponent + "}]`",
                    "write the one meant: `(" + mean + "[" + inside + "])^{" + exponent + "}` or `" + mean + "[("
                            + inside + ")^{" + exponent + "}]`");
        }
        Diagnostic.of(Code.W0469, file.source, p.span(), "`" + file.source.slice(p.span()) + "` is read as the expectation"
                        + " of the power, `" + mean + "[(…)^{" + exponent + "}]`, as in `E(X - \\mu)^2` for the variance:"
                        + " the power applies to the difference inside the parentheses")
                .caret("the mean of the " + (exponent.equals("2") ? "square" : "power"))
                .help("write `" + mean + "\\left[(…)^{" + exponent + "}\\right]` to say so and silence this warning, or `("
                        + mean + "[…])^{" + exponent + "}` for the power of the expectation")
                .report(file.diagnostics);
        Span inner = new Span(a.argsSpan().start(), p.span().end());
        Expr powered = new Expr.Power(inner, new Expr.Group(a.argsSpan(), Bracket.PAREN, List.of(arg)), p.exponent());
        return expr(new Expr.Binary(p.span(), new Span(e.span().end(), e.span().end()), BinaryOp.JUXTAPOSE, e,
                new Expr.Group(inner, Bracket.SQUARE, List.of(powered))));
    }

    /**
     * Whether {@link #apply} reads {@code a} as a product ({@code \lambda(a - b)}, {@code A(B)}) rather than
     * a call: the same decisions in the same order, without resolving anything or reporting.
     */
    boolean isProduct(Expr.Apply a) {
        if (!(a.callee() instanceof Expr.Sym callee)) {
            return !(a.callee() instanceof Expr.Underset && a.args().size() == 1);
        }
        if (callee.sub() != null && callee.sup() == null && a.args().size() == 1 && axisBuiltin(callee) != null
                && file.definition(NameKeys.full(callee)) == null) {
            return false;
        }
        if ((isIndicator(callee) || isExpectation(callee)) && a.args().size() == 1) {
            return false;
        }
        if (isSwishWithBeta(callee) && a.args().size() == 1 && file.definition(NameKeys.full(callee)) == null) {
            return false;
        }
        if (isClipCall(callee, a) && file.definition(NameKeys.full(callee)) == null) {
            return false;
        }
        if (clipInterval(callee) != null && a.args().size() == 1 && file.definition(NameKeys.full(callee)) == null) {
            return false;
        }
        if (isOneHot(callee) && a.args().size() == 1 && file.definition(NameKeys.full(callee)) == null) {
            return false;
        }
        String key = NameKeys.full(callee);
        if (declaredApplication(a, callee)) {
            return false;
        }
        PendingDefinition target = file.definition(key);
        if (target != null && target.function()) {
            return false;
        }
        if (target == null && functionFamily(callee) != null) {
            return false;
        }
        if (isElementCall(a, callee, target)) {
            return false;
        }
        if (target != null || body.names.isBound(key)) {
            return a.args().size() == 1;
        }
        boolean builtin = (callee.bare() || callee.kind() == SymKind.COMMAND && callee.sub() == null)
                && Builtin.lookup(callee.base()).isPresent()
                || callee.kind() == SymKind.COMMAND && callee.base().equals("\\log") && callee.sub() != null;
        if (builtin && callee.sup() == null) {
            return false;
        }
        if (nearFunction(callee).isEmpty() && applied.readsAsUndefined(a, callee)) {
            return false;
        }
        return !(callee.kind() == SymKind.WORD
                || callee.kind() == SymKind.COMMAND && !GreekLetters.isLetter(callee.base()))
                && a.args().size() == 1;
    }

    /**
     * {@code \lambda(a - b)^2}, {@code A(B)^T}: when the application is a product, the power or transpose
     * binds to the parenthesis, as in {@code \lambda \cdot (a - b)^2}; papers never mean
     * {@code (\lambda(a - b))^2}. {@code f(x)^2} with {@code f} a function stays {@code (f(x))^2}.
     */
    Term poweredProduct(Expr.Power p, Expr.Apply a) {
        Expr arg = a.args().get(0);
        Span powered = new Span(a.argsSpan().start(), p.span().end());
        Term base = expr(arg);
        Term right = NameKeys.TRANSPOSE_MARKS.contains(p.exponent().key())
                ? new Term.Transpose(powered, base)
                : new Term.Power(powered, base, body.script(p.exponent()));
        Term left = expr(a.callee());
        return new Term.Product(p.span(), new Span(a.callee().span().end(), a.argsSpan().start()), left, right);
    }

    /** {@code Q=S(x)} in an argument list: the parameter a keyword argument names, else null. */
    private static Expr.Sym keyword(Expr arg) {
        return arg instanceof Expr.Relation r && r.op() == dev.eqc.compiler.ast.RelOp.EQ && r.left() instanceof Expr.Sym s
                && s.sup() == null ? s : null;
    }

    /** {@code x(1 + y)}: not a function, so a product. */
    private Term product(Expr.Apply a) {
        if (a.args().size() != 1) {
            return body.error(Code.E0101, a.callee().span(), "`" + file.source.slice(a.callee().span())
                    + "` is not a function", "only functions take several arguments");
        }
        if (a.args().get(0) instanceof Expr.Num n && n.text().matches("\\d+")) {
            // \mathbf{x}(0): the value at 0 (a time, a step) in the papers that print it, never "x times 0".
            String name = file.source.slice(a.callee().span());
            return body.error(Code.E0155, a.span(), "`" + file.source.slice(a.span()) + "` is a name before a"
                            + " parenthesised number: `" + name + "` at " + n.text() + " (a value of its own, as `\\mathbf{x}(0)`"
                            + " is the data at time 0) or `" + name + "` times " + n.text() + " cannot be told",
                    "name the value, like `" + name + "_" + n.text() + "`, and declare it; for the product write `"
                            + name + " \\cdot " + n.text() + "`");
        }
        if (a.callee() instanceof Expr.Sym f && a.args().get(0) instanceof Expr.Sym arg && arg.accent() == null
                && arg.sup() == null && body.names.find(NameKeys.full(f)) instanceof Binding.InputName tensor
                && tensor.input().declared() && tensor.input().dims() != null && !tensor.input().dims().isEmpty()
                && undeclaredName(arg)) {
            // TD(0)'s r + \gamma V(s_1) - V(s_0) with V \in \mathbb{R}^{n} and the states not declared: V at the
            // state (as with s_0 \in \mathbb{N}) or V times an assumed number; was the product, a vector, with only
            // W0101 for the state.
            String name = file.source.slice(f.span());
            String at = file.source.slice(arg.span());
            return body.error(Code.E0380, a.span(), "`" + file.source.slice(a.span()) + "` is the declared `" + name
                            + "` before a parenthesised name the file does not declare: `" + name + "` at `" + at
                            + "` (its entry, as a value table read at a state) or `" + name + "` times `" + at
                            + "` cannot be told",
                    "declare `" + at + " \\in \\mathbb{N}` to read the entry at it, or `" + at + " \\in \\mathbb{R}` and"
                            + " write `" + name + " \\cdot " + at + "` for the product");
        }
        Term left = expr(a.callee());
        Term right = expr(a.args().get(0));
        return new Term.Product(a.span(), new Span(a.callee().span().end(), a.argsSpan().start()), left, right);
    }

    /** Whether {@code s} names nothing the file declares, defines or binds (an undeclared input so far counts). */
    private boolean undeclaredName(Expr.Sym s) {
        if (s.kind() != SymKind.LETTERS && s.kind() != SymKind.COMMAND) {
            return false;
        }
        String key = NameKeys.full(s);
        if (body.scope.indexVar(s.base() + "'".repeat(s.primes())) != null && s.sub() == null) {
            return false;
        }
        Binding b = body.names.find(key);
        return b == null && !file.isDefinedName(key) || b instanceof Binding.InputName in && !in.input().declared()
                && !in.input().isApplied();
    }

    /**
     * The family of functions {@code E_i(x)} with {@code i} in scope calls ({@code E_i(x) = \max(0, xW_i)}
     * defined over its index), or null: the callee's subscript is as many index variables in scope as the
     * family has indices.
     */
    private PendingDefinition functionFamily(Expr.Sym callee) {
        if (callee.sub() == null || callee.sup() != null) {
            return null;
        }
        Expr.Sym bare = callee.withScripts(callee.span(), null, null, callee.primes());
        PendingDefinition family = file.definition(NameKeys.full(bare));
        if (family == null || !family.function() || family.indexLetters().isEmpty()
                || family.nameSym() == null || family.nameSym().sub() != null) {
            return null;
        }
        List<IndexVar> vars = body.names.indicesOf(callee);
        return vars != null && vars.size() == family.indexLetters().size() ? family : null;
    }

    /** Member {@code i} of a family of functions, called: {@code E_i(x)} is {@code E(x)_i}. */
    private Term familyCall(Expr.Apply a, Expr.Sym callee, PendingDefinition family) {
        List<IndexVar> vars = body.names.indicesOf(callee);
        if (a.args().size() != family.params().size()) {
            return body.error(Code.E0104, a.span(), "`" + family.latexName() + "` takes " + family.params().size()
                    + " argument" + (family.params().size() == 1 ? "" : "s") + ", got " + a.args().size(), null);
        }
        if (family == body.def || body.definitions.inProgress(family)) {
            return body.error(Code.E0105, callee.span(), "`" + family.latexName() + "` is defined in terms of itself",
                    "eqc compiles closed-form equations; unroll the recurrence into separate names");
        }
        Resolved resolved = body.definitions.resolve(family);
        List<Term> args = new ArrayList<>();
        for (int k = 0; k < a.args().size(); k++) {
            if (file.notationalParameters(family.key()).contains(NameKeys.full(family.params().get(k)))) {
                body.readsUndefinedFunctions = true;   // r_t(\theta) with \theta notation: the argument is not computed
                continue;
            }
            args.add(a.args().get(k) == pointArgument ? pointVariable : expr(a.args().get(k)));
        }
        if (resolved instanceof Resolved.Generic generic) {
            // The member's body, with the family's index renamed to the one in scope here.
            Definition d = generic.definition();
            body.definitions.instantiated(d);
            d.freeInputs().forEach(body.scope::useInput);
            Term member = instantiate(file, d, args);
            for (int k = 0; k < vars.size(); k++) {
                member = IndexRenamer.rename(member, d.indices().get(k), vars.get(k));
            }
            return member;
        }
        if (!(resolved instanceof Resolved.Defined defined)) {
            return new Term.Literal(a.span(), Double.NaN);
        }
        Definition d = defined.definition();
        body.scope.useDefinition(d);
        return new Term.Index(a.span(), new Term.Call(a.span(), d, args), vars);
    }

    /**
     * DIoU's {@code \rho^2(\mathbf{b}, \mathbf{b}^{gt})} with {@code \rho(u, v) = \|u - v\|_2} defined and {@code \rho^2}
     * neither defined nor declared: the square of the value, as {@code \sin^2(x)} is. With one parameter, {@code
     * f^2(x)} could also be {@code f(f(x))}, so W0393 says which is read. Null when this is not the case.
     */
    /** Whether {@code callee} is a whole power of a value the file defines or declares, as {@code \Delta x^2_t}. */
    private boolean poweredValue(Expr.Sym callee) {
        if (callee.sup() == null || !callee.sup().isSingle() || !(callee.sup().single() instanceof Expr.Num n)
                || n.value() < 2 || n.value() != Math.rint(n.value())) {
            return false;
        }
        String bare = NameKeys.full(callee.withScripts(callee.span(), callee.sub(), null, callee.primes()));
        PendingDefinition f = file.definition(bare);
        return f != null && !f.function() || f == null && file.input(bare) != null && file.input(bare).declared();
    }

    private Term poweredCall(Expr.Apply a, Expr.Sym callee) {
        if (callee.sup() == null || !callee.sup().isSingle() || !(callee.sup().single() instanceof Expr.Num n)
                || n.value() < 2 || n.value() != Math.rint(n.value()) || file.wasDeclared(NameKeys.full(callee))
                || body.names.isBound(NameKeys.full(callee))) {
            return null;
        }
        Expr.Sym bare = callee.withScripts(callee.span(), callee.sub(), null, callee.primes());
        PendingDefinition f = file.definition(NameKeys.full(bare));
        if (f == null || !f.function() || f.params().size() != a.args().size()) {
            return null;
        }
        if (f.params().size() == 1) {
            String name = file.source.slice(callee.span()).trim().replaceFirst("\\^\\s*\\{?\\s*\\d+\\s*\\}?", "");
            String arg = file.source.slice(a.args().get(0).span()).trim();
            Diagnostic.of(Code.W0393, file.source, a.span(), "`" + file.source.slice(a.span()).trim() + "` is read as `("
                            + name + "(" + arg + "))^{" + (int) n.value() + "}`, the power of the value, not `" + name
                            + "` applied " + (int) n.value() + " times")
                    .caret("power of the value")
                    .help("write `" + name + "(" + arg + ")^{" + (int) n.value() + "}` to say so and silence this warning")
                    .report(file.diagnostics);
        }
        Term value = call(new Expr.Apply(a.span(), bare, a.args(), a.argsSpan()), bare, f);
        return new Term.Power(a.span(), value, new Term.Literal(n.span(), n.value()));
    }

    private Term call(Expr.Apply given, Expr.Sym callee, PendingDefinition target) {
        Expr.Apply a = given;
        if (a.args().stream().anyMatch(arg -> keyword(arg) != null)) {
            // \mathrm{Attention}(Q=S(x), K=x, V=x): keyword arguments bind by parameter name.
            Expr[] bound = new Expr[target.params().size()];
            int position = 0;
            for (Expr arg : a.args()) {
                Expr.Sym name = keyword(arg);
                int slot;
                if (name == null) {
                    slot = position++;
                } else {
                    slot = -1;
                    for (int k = 0; k < target.params().size(); k++) {
                        if (NameKeys.full(target.params().get(k)).equals(NameKeys.full(name))) {
                            slot = k;
                        }
                    }
                    if (slot < 0) {
                        return body.error(Code.E0104, name.span(), "`" + target.latexName() + "` has no parameter `"
                                        + file.source.slice(name.span()) + "`",
                                "its parameters are " + String.join(", ", target.params().stream()
                                        .map(p -> "`" + file.source.slice(p.span()) + "`").toList()) + "; it is defined as `"
                                        + file.source.slice(target.span()).lines().findFirst().orElse("") + "`");
                    }
                }
                if (slot >= bound.length || bound[slot] != null) {
                    return body.error(Code.E0104, arg.span(), slot >= bound.length ? "`" + target.latexName() + "` takes "
                                    + bound.length + " argument" + (bound.length == 1 ? "" : "s") + ", got more"
                                    : "`" + file.source.slice(target.params().get(slot).span()) + "` is given twice",
                            "it is defined as `" + file.source.slice(target.span()).lines().findFirst().orElse("") + "`");
                }
                bound[slot] = name == null ? arg : ((Expr.Relation) arg).right();
            }
            for (int k = 0; k < bound.length; k++) {
                if (bound[k] == null) {
                    return body.error(Code.E0104, a.span(), "`" + target.latexName() + "` is called without `"
                                    + file.source.slice(target.params().get(k).span()) + "`",
                            "it is defined as `" + file.source.slice(target.span()).lines().findFirst().orElse("") + "`");
                }
            }
            a = new Expr.Apply(a.span(), a.callee(), List.of(bound), a.argsSpan());
        }
        if (a.args().size() != target.params().size()) {
            // \ell(w; (x, y)) called as it is defined: the tuple is as many arguments as it has names.
            List<Expr> flat = new ArrayList<>();
            for (Expr arg : a.args()) {
                List<Expr.Sym> grouped = PendingDefinition.groupedNames(arg);
                flat.addAll(grouped != null ? grouped : List.of(arg));
            }
            if (flat.size() == target.params().size()) {
                a = new Expr.Apply(a.span(), a.callee(), flat, a.argsSpan());
            }
        }
        if (a.args().size() != target.params().size()) {
            return body.error(Code.E0104, a.span(), "`" + target.latexName() + "` takes " + target.params().size()
                    + " argument" + (target.params().size() == 1 ? "" : "s") + ", got " + a.args().size(),
                    "it is defined as `" + file.source.slice(target.span()).lines().findFirst().orElse("") + "`");
        }
        if (target == body.def && declaredPreviousValue(a, callee)) {
            // EDM2's \hat{\theta}_\gamma(t) = \beta_\gamma(t) \hat{\theta}_\gamma(t-1) + … with \hat{\theta}_\gamma(t-1)
            // declared: the value the paper gives at that argument, as a declared m_{t-1} beside m_t = … (no recursion).
            return applied.undefined(a, callee);
        }
        if (target == body.def || body.definitions.inProgress(target)) {
            return body.error(Code.E0105, callee.span(), "`" + target.latexName() + "` is defined in terms of itself",
                    "eqc compiles closed-form equations; unroll the recurrence into separate names");
        }
        Resolved resolved = body.definitions.resolve(target);
        List<Term> args = new ArrayList<>();
        for (int k = 0; k < a.args().size(); k++) {
            if (file.notationalParameters(target.key()).contains(NameKeys.full(target.params().get(k)))) {
                body.readsUndefinedFunctions = true;   // r_t(\theta) with \theta notation: the argument is not computed
                continue;
            }
            args.add(a.args().get(k) == pointArgument ? pointVariable : expr(a.args().get(k)));
        }
        java.util.Map<String, Expr.Sym> renamedAt = new java.util.LinkedHashMap<>();
        for (int k = 0; k < target.params().size(); k++) {
            Expr.Sym p = target.params().get(k);
            if (body.def != null && body.def.function() && file.appliedParameters(target.key()).contains(NameKeys.full(p))
                    && a.args().get(k) instanceof Expr.Sym passed) {
                // OR(y|x) = \log odds(y|x): OR passes its own parameter on to a function that applies an undefined
                // one to it, so OR applies it too (a call OR(y_w|x) is then refused, not silently the value at y).
                for (Expr.Sym own : body.def.params()) {
                    if (NameKeys.full(own).equals(NameKeys.full(passed))) {
                        file.noteAppliedParameter(body.def.key(), NameKeys.full(own));
                    }
                }
            }
            String argText = file.source.slice(a.args().get(k).span()).replaceAll("\\s+", "");
            // passed on by a function as its own parameter (OR(y|x) = \log odds(y|x)), the body is inlined too, so
            // a call of the outer function at another name renames the values inside (OR(y_w|x) reads P(y_w|x))
            boolean passesOwn = body.def != null && body.def.function() && a.args().get(k) instanceof Expr.Sym own
                    && body.def.params().stream().anyMatch(q -> NameKeys.full(q).equals(NameKeys.full(own)));
            if (file.appliedParameters(target.key()).contains(NameKeys.full(p))
                    && (passesOwn || !argText.equals(file.source.slice(p.span()).replaceAll("\\s+", "")))) {
                if (a.args().get(k) instanceof Expr.Sym named && !(resolved instanceof Resolved.Generic g
                        && !g.definition().indices().isEmpty()) && !carriesIndexInScope(named)) {
                    // ORPO's odds_\theta(y|x) = P_\theta(y|x) / (1 - P_\theta(y|x)) called at y_w: the value at y_w,
                    // P_\theta(y_w|x), another input (renamedApplied below).
                    renamedAt.put(NameKeys.full(p), named);
                    continue;
                }
                // f(x) = 2 h(x) called as f(y + 1): h(x) is one input, so h(y + 1) would silently be that same value.
                return body.error(Code.E0191, a.args().get(k).span(), "`" + target.latexName() + "` applies a function"
                                + " the file does not define to its parameter `" + file.source.slice(p.span()) + "`, so it"
                                + " cannot be called with `" + file.source.slice(a.args().get(k).span()) + "`",
                        "that value is one input, named for `" + file.source.slice(p.span()) + "`; define the function"
                                + " in the file, or write its value at `" + file.source.slice(a.args().get(k).span())
                                + "` where you use it");
            }
        }
        if (!renamedAt.isEmpty()) {
            Definition d = resolved instanceof Resolved.Generic g ? g.definition()
                    : resolved instanceof Resolved.Defined def ? def.definition() : null;
            Term inlined = d == null ? null : renamedApplied(d, args, renamedAt, target, a.span());
            if (inlined == null) {
                Expr.Sym p = target.params().stream().filter(x -> renamedAt.containsKey(NameKeys.full(x))).findFirst()
                        .orElseThrow();
                Expr arg = a.args().get(target.params().indexOf(p));
                return body.error(Code.E0191, arg.span(), "`" + target.latexName() + "` applies a function"
                                + " the file does not define to its parameter `" + file.source.slice(p.span()) + "` inside"
                                + " another expression, so it cannot be called with `" + file.source.slice(arg.span()) + "`",
                        "that value is one input, named for `" + file.source.slice(p.span()) + "`; define the function"
                                + " in the file, or write its value at `" + file.source.slice(arg.span())
                                + "` where you use it");
            }
            return inlined;
        }
        if (resolved instanceof Resolved.Generic generic) {
            // Shapes come from this call: the body with the arguments in place of the parameters
            // (\mathrm{dist}(a, b) of two vectors is one distance, not one per element).
            Definition d = generic.definition();
            body.definitions.instantiated(d);
            d.freeInputs().forEach(body.scope::useInput);
            Term whole = instantiate(file, d, args);
            if (d.indices().isEmpty()) {
                return whole;
            }
            // \sigma(x) of an element-wise family \sigma_{nc}(x): every element, indexed by copies of its indices.
            List<IndexVar> vars = new ArrayList<>();
            for (IndexVar v : d.indices()) {
                IndexVar fresh = new IndexVar(v.name(), v.span(), v.lower(), v.upper(), List.of());
                whole = IndexRenamer.rename(whole, v, fresh);
                vars.add(fresh);
            }
            return new Term.Stack(a.span(), vars, whole, new Term.Literal(a.span(), 1.0));
        }
        if (!(resolved instanceof Resolved.Defined defined)) {
            return new Term.Literal(a.span(), Double.NaN);
        }
        Definition d = defined.definition();
        body.scope.useDefinition(d);
        return new Term.Call(a.span(), d, args);
    }

    /**
     * Whether each letter names the declared axis at its place: {@code s} (or {@code s'}) an axis {@code S},
     * {@code n_s} or {@code |S|}-like {@code N_s}, {@code a} an axis {@code A}, ignoring case.
     */
    private static boolean namedLike(List<Expr> letters, List<dev.eqc.compiler.term.Dim> dims) {
        if (letters.size() != dims.size()) {
            return false;
        }
        for (int k = 0; k < letters.size(); k++) {
            if (!(letters.get(k) instanceof Expr.Sym l) || !(dims.get(k) instanceof dev.eqc.compiler.term.Dim.Symbol axis)) {
                return false;
            }
            String name = axis.name().replaceAll("[{}\\\\]|mathcal|mathrm|text", "");
            String letter = l.base();
            if (!(name.equalsIgnoreCase(letter) || name.matches("(?i)[nN]_?" + java.util.regex.Pattern.quote(letter)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code \hat{v}(s, \mathbf{w})} under {@code \sum_{s \in \mathcal{S}}} with {@code \hat{v}(s, \mathbf{w}) \doteq
     * \mathbf{w}^\top \mathbf{x}(s)} and {@code \mathbf{x} \in \mathbb{R}^{S \times d}} (Sutton &amp; Barto, Eqs. 9.1,
     * 9.8): a function whose parameter only picks elements ({@link IndexParameters}), called with an index in scope
     * there, is its body with the arguments in place of the parameters, so that the index picks the row (W0388).
     * Was the whole {@code \mathbf{x}} (W0190) and E0301. Null for any other call, and when an argument uses a letter
     * the body binds under a sum of its own.
     */
    /** Whether {@code e} reads the name of base {@code base} under any subscript (base null: the spelling {@code key}). */
    private static boolean readsName(Expr e, String base, String key) {
        return IndexLetters.nodes(e, true).stream().anyMatch(n -> n instanceof Expr.Sym u
                && (base != null ? NameKeys.base(u).equals(base) : NameKeys.withSub(u).equals(key)));
    }

    /** A name of an integer input of the file with no axes ({@code S_t \\in \\mathbb{N}}), with at most simple scripts. */
    private boolean integerInput(Expr x) {
        if (!(x instanceof Expr.Sym s) || s.accent() != null) {
            return false;
        }
        Input in = file.input(NameKeys.full(s));
        return in != null && in.integer() && in.dims() != null && in.dims().isEmpty() && simpleScript(s.sub())
                && simpleScript(s.sup());
    }

    private static boolean simpleScript(Script sc) {
        return sc == null || sc.items().stream().allMatch(i -> i instanceof Expr.Num
                || i instanceof Expr.Sym n && n.sub() == null && n.sup() == null);
    }

    /** {@code arg} with every span moved to {@code at}, so that a body it is written into keeps its spans in order. */
    private static Expr.Sym placed(Expr.Sym arg, Span at) {
        return new Expr.Sym(at, arg.kind(), arg.base(), arg.accent(), placed(arg.sub(), at), placed(arg.sup(), at),
                arg.primes());
    }

    private static Script placed(Script sc, Span at) {
        return sc == null ? null : new Script(at, sc.items().stream().map(i -> i instanceof Expr.Sym n
                ? (Expr) placed(n, at) : new Expr.Num(at, ((Expr.Num) i).text())).toList(), sc.key());
    }

    private Term indexParameterCall(Expr.Apply a, Expr.Sym callee, PendingDefinition target) {
        if (target == null || !target.function() || target == body.def || body.definitions.inProgress(target)
                || a.args().size() != target.params().size()) {
            return null;
        }
        java.util.Set<Integer> picks = IndexParameters.positions(target, file);
        if (picks.isEmpty()) {
            return null;
        }
        java.util.Set<Integer> integerArgs = new java.util.HashSet<>();
        for (int k : picks) {
            Expr x = a.args().get(k);
            if (integerInput(x)) {
                integerArgs.add(k);   // \hat{v}(S_t, \mathbf{w}) with the state S_t \in \mathbb{N} an input
                continue;
            }
            if (!IndexParameters.letter(x) || body.scope.indexVar(NameKeys.full((Expr.Sym) x)) == null) {
                return null;
            }
        }
        List<Expr.Sym> params = target.params();
        java.util.Set<String> bound = IndexLetters.reductionLetters(target.rhs());
        for (int k = 0; k < params.size(); k++) {
            Expr x = a.args().get(k);
            boolean same = file.source.slice(x.span()).replaceAll("\\s+", "")
                    .equals(file.source.slice(params.get(k).span()).replaceAll("\\s+", ""));
            if (!same && !integerArgs.contains(k) && !(params.get(k).bare() && x instanceof Expr.Sym plain
                    && plain.bare())) {
                // \boldsymbol{\theta}_\mu or \mathbf{w}_t given another value: only a plain name takes a plain
                // parameter's place (written at the parameter's place in the body, so spans stay in order)
                return null;
            }
            for (Expr n : IndexLetters.nodes(x, true)) {
                if (n instanceof Expr.Sym s && bound.contains(s.base())) {
                    return null;   // the argument would be captured by the body's own sum
                }
            }
        }
        Expr expanded = new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                for (int k = 0; k < params.size(); k++) {
                    Expr.Sym p = params.get(k);
                    if (!p.bare() || s.accent() != null
                            || !NameKeys.full(s.withScripts(s.span(), null, null, 0)).equals(NameKeys.full(p))) {
                        continue;
                    }
                    Expr.Sym arg = (Expr.Sym) a.args().get(k);
                    if (file.source.slice(arg.span()).replaceAll("\\s+", "")
                            .equals(file.source.slice(p.span()).replaceAll("\\s+", ""))) {
                        return super.sym(s);   // the parameter's own name: the body reads the same value
                    }
                    if (integerArgs.contains(k) && s.bare()) {
                        return placed(arg, s.span());   // the state S_t itself, written at the parameter's place
                    }
                    return new Expr.Sym(s.span(), arg.kind(), arg.base(), null, script(s.sub()), script(s.sup()),
                            s.primes());
                }
                return super.sym(s);
            }
        }.expr(target.rhs());
        // the body is read here, at the call: the function keeps no method of its own (Resolver)
        file.markExpanded(target.key());
        List<String> pickers = picks.stream().map(k -> file.source.slice(params.get(k).span()).strip()).toList();
        List<String> at = picks.stream().map(k -> file.source.slice(a.args().get(k).span()).strip()).toList();
        Diagnostic.of(Code.W0388, file.source, a.span(), "`" + file.source.slice(a.span()).strip() + "` is `"
                        + target.latexName() + "`'s body at the ind" + (at.size() == 1 ? "ex `" : "ices `")
                        + String.join(", ", at) + "`: its parameter" + (pickers.size() == 1 ? " `" : "s `")
                        + String.join("`, `", pickers) + "` only pick" + (pickers.size() == 1 ? "s" : "")
                        + " elements of declared tensors, never a value")
                .caret("the body at " + String.join(", ", at))
                .help("to pass a value instead, use the parameter as one in the body")
                .report(file.diagnostics);
        return expr(expanded);
    }

    /**
     * {@code d}'s body with {@code args} in place of its parameters, each free dimension it binds from an
     * argument ({@code d_k}, a {@link dev.eqc.compiler.term.DimTie}) renamed for this instance and tied to
     * the argument here, so two calls at different widths have a {@code d_k} each.
     */
    static Term instantiate(FileScope file, Definition d, List<Term> args) {
        Term substituted = substitute(d.body(), d, args);
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        return mapLeaves(substituted, t -> {
            if (t instanceof Term.DimValue v && file.tie(v.dim()) != null) {
                String name = renamed.computeIfAbsent(v.dim(), old -> {
                    dev.eqc.compiler.term.DimTie tie = file.tie(old);
                    String fresh = file.newTieName(tie.printed());
                    file.addTie(new dev.eqc.compiler.term.DimTie(fresh, tie.printed(), tie.param(),
                            substitute(tie.of(), d, args), tie.last()));
                    return fresh;
                });
                return new Term.DimValue(v.span(), name);
            }
            return t;
        });
    }

    /** {@code t} with every leaf replaced by {@code f} of it. */
    static Term mapLeaves(Term t, java.util.function.UnaryOperator<Term> f) {
        List<Term> kids = t.children();
        if (kids.isEmpty()) {
            return f.apply(t);
        }
        List<Term> replaced = new ArrayList<>(kids.size());
        boolean changed = false;
        for (Term k : kids) {
            Term r = mapLeaves(k, f);
            changed |= r != k;
            replaced.add(r);
        }
        return changed ? t.withChildren(replaced) : t;
    }

    /**
     * {@code d}'s body at this call, where the call gives a parameter the body passes to undefined functions another
     * name ({@code renamed}: parameter key to the name given): ORPO's {@code \mathbf{odds}_\theta(y|x) =
     * \frac{P_\theta(y|x)}{1 - P_\theta(y|x)}} called as {@code \mathbf{odds}_\theta(y_w|x)} reads {@code
     * P_\theta(y_w|x)}, an input of its own, as the paper means (W0190 names it). Null when such a parameter stands
     * inside an argument rather than as one ({@code h(x_i)}, {@code h(Wx)}): no value to name (E0191).
     */
    private Term renamedApplied(Definition d, List<Term> args, java.util.Map<String, Expr.Sym> renamed, PendingDefinition target,
            Span call) {
        java.util.Map<String, String> printed = new java.util.HashMap<>();
        for (Expr.Sym p : target.params()) {
            if (renamed.containsKey(NameKeys.full(p))) {
                printed.put(file.source.slice(p.span()).replaceAll("\\s+", ""), file.source.slice(renamed.get(NameKeys.full(p)).span()).trim());
            }
        }
        boolean[] lost = {false};
        boolean[] renamedAny = {false};
        Term whole = mapLeaves(instantiate(file, d, args), t -> {
            if (!(t instanceof Term.InputRef ref) || !ref.input().isApplied()) {
                return t;
            }
            Input in = ref.input();
            List<String> parts = Input.Applied.split(in.applied().arguments());
            boolean changed = false;
            List<String> now = new ArrayList<>();
            for (String part : parts) {
                String at = printed.get(part.replaceAll("\\s+", ""));
                changed |= at != null;
                now.add(at != null ? at : part.trim());
            }
            for (String part : parts) {
                for (String param : printed.keySet()) {
                    if (!part.replaceAll("\\s+", "").equals(param) && java.util.regex.Pattern.compile("(?<![A-Za-z\\\\])"
                            + java.util.regex.Pattern.quote(param) + "(?![A-Za-z])").matcher(part.replaceAll("\\s+", "")).find()) {
                        lost[0] = true;   // h(x_i), h(Wx): the parameter inside an argument
                    }
                }
            }
            if (!changed) {
                return t;
            }
            renamedAny[0] = true;
            String arguments = String.join(", ", now);
            String function = in.applied().function();
            String key = in.key().substring(0, openingOfLast(in.key())) + "(" + arguments.replaceAll("\\s+", "") + ")";
            Input fresh = file.appliedInput(key, function + "(" + arguments + ")", in.javaName() + "_at_"
                    + arguments.replaceAll("\\\\[a-zA-Z]+", " ").replaceAll("[^A-Za-z0-9]+", "_"), call,
                    new Input.Applied(function, arguments, in.applied().ofNumbers()
                            && renamed.values().stream().allMatch(CallResolver.this::namesANumber)), in.dims());
            return new Term.InputRef(ref.span(), fresh);
        });
        if (lost[0] || !renamedAny[0]) {
            return null;   // inside an argument, or through a call of another function (OR(y) = \log odds(y)): E0191
        }
        for (Term t : TermTrees.preorder(whole)) {
            if (t instanceof Term.InputRef ref) {
                body.scope.useInput(ref.input());
            } else if (t instanceof Term.Call c) {
                body.scope.useDefinition(c.function());
            }
        }
        body.readsUndefinedFunctions = true;
        return whole;
    }

    /** Whether {@code s}, a call's argument, names a number here: nothing the file binds, or a scalar input. */
    private boolean namesANumber(Expr.Sym s) {
        Binding b = body.names.find(NameKeys.full(s));
        return b == null || b instanceof Binding.InputName in && !in.input().isApplied()
                && (in.input().dims() == null ? !in.input().declared() : in.input().dims().isEmpty());
    }

    /** Whether {@code s}'s subscript names an index in scope ({@code y_i} inside {@code \sum_i}). */
    private boolean carriesIndexInScope(Expr.Sym s) {
        boolean[] found = {false};
        if (s.sub() != null) {
            for (Expr item : s.sub().items()) {
                SubscriptForms.walk(item, e -> found[0] |= e instanceof Expr.Sym l && l.sub() == null
                        && body.scope.indexVar(l.base() + "'".repeat(l.primes())) != null);
            }
        }
        return found[0];
    }

    /** Where the parenthesis that closes {@code key} opens: {@code P^{(1)}(y,x)} at its third parenthesis. */
    private static int openingOfLast(String key) {
        int depth = 0;
        for (int i = key.length() - 1; i >= 0; i--) {
            depth += key.charAt(i) == ')' ? 1 : key.charAt(i) == '(' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return key.indexOf('(');
    }

    /** {@code d}'s body with {@code args} in place of its parameters. */
    static Term substitute(Term t, Definition d, List<Term> args) {
        if (t instanceof Term.ParamRef r && d.params().contains(r.param())) {
            return args.get(r.index());
        }
        List<Term> kids = t.children();
        if (kids.isEmpty()) {
            return t;
        }
        List<Term> replaced = new ArrayList<>(kids.size());
        for (Term k : kids) {
            replaced.add(substitute(k, d, args));
        }
        return t.withChildren(replaced);
    }

    /**
     * {@code \cos(\mathbf{q}_i, \mathbf{k}_j)} (Swin-v2's attention): the cosine of the angle between two vectors,
     * {@code \langle u, v \rangle / (\|u\| \|v\|)}, along their last axis (W0102).
     */
    private Term cosineSimilarity(Expr.Apply a) {
        Expr u = a.args().get(0);
        Expr v = a.args().get(1);
        Span at = a.span();
        Span none = new Span(at.start(), at.start());
        String uText = file.source.slice(u.span());
        String vText = file.source.slice(v.span());
        Diagnostic.of(Code.W0102, file.source, at, "`\\cos` of two arguments is read as the cosine similarity of `"
                        + uText + "` and `" + vText + "`, not the cosine of a number")
                .caret("read as `\\langle " + uText + ", " + vText + " \\rangle / (\\|" + uText + "\\| \\|" + vText
                        + "\\|)`")
                .help("write `\\frac{" + uText + "^\\top " + vText + "}{\\|" + uText + "\\| \\|" + vText
                        + "\\|}` to say so")
                .report(file.diagnostics);
        Expr.Sym sum = new Expr.Sym(at, SymKind.WORD, "sum", null, null, null, 0);
        Expr dot = new Expr.Apply(at, sum, List.of(new Expr.Binary(at, none, BinaryOp.HADAMARD, u, v)), at);
        Expr norms = new Expr.Binary(at, none, BinaryOp.JUXTAPOSE, new Expr.Norm(u.span(), u),
                new Expr.Norm(v.span(), v));
        return expr(new Expr.Frac(at, dot, norms));
    }

    /** Whether the arguments of {@code a} are in square brackets ({@code \mathrm{Var}[x]}, an expectation's notation). */
    private boolean squareBracketed(Expr.Apply a) {
        if (a.argsSpan() == null) {
            return false;
        }
        String text = file.source.slice(a.argsSpan()).replaceFirst("^\\\\(left|bigl|Bigl|biggl|Biggl|big|Big|bigg|Bigg)\\s*", "");
        return text.startsWith("[");
    }

    /**
     * {@code \mathrm{std}(r)}, {@code \mathrm{var}(r)}: divided by n (numpy's and the normalisation layers' convention)
     * where torch.std and GRPO's implementations divide by n - 1; said with W0262. The capitalised operator of
     * probability, {@code \mathrm{Var}(x)}, {@code \mathrm{Var}[x]} (layer norm's), is the population variance by
     * definition and says nothing.
     */
    private void populationStatistic(Expr.Apply a, Builtin b) {
        String x = file.source.slice(a.args().get(0).span());
        boolean std = b == Builtin.STD;
        String sample = "\\frac{1}{n-1}\\sum_i (" + x + "_i - \\mathrm{mean}(" + x + "))^2";
        Diagnostic.of(Code.W0262, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is the population "
                        + (std ? "standard deviation" : "variance") + ": the squared deviations are divided by n, the"
                        + " number of values (as numpy." + (std ? "std" : "var") + " and the normalisation layers do);"
                        + " torch." + (std ? "std" : "var") + " divides by n - 1")
                .caret("divided by n")
                .help("for the sample " + (std ? "standard deviation" : "variance") + " write `"
                        + (std ? "\\sqrt{" + sample + "}" : sample) + "`; `" + (std ? "\\sqrt{\\mathrm{Var}[" + x + "]}"
                        : "\\mathrm{Var}[" + x + "]") + "` is the population one without this warning")
                .report(file.diagnostics);
    }

    /**
     * PyG's TransformerConv {@code \\alpha_{i,j} = \\textrm{softmax}(\\ldots)}: a softmax of one number per element of
     * an element-wise definition, which the first reading of the file rejected (E0303), is the softmax over the
     * definition's index (the last one the argument reads), as GAT's {@code \\mathrm{softmax}_j(e_{ij})}: over the
     * neighbours when every read sums that index over a set (W0370). Said with W0410.
     */
    private Term scalarSoftmax(Expr.Apply a, Builtin b, IndexVar index) {
        String text = file.source.slice(a.span()).strip();
        String fn = file.source.slice(a.callee().span()).strip();
        Diagnostic.of(Code.W0410, file.source, a.span(), "`" + (text.length() > 60 ? fn + "(…)" : text) + "` is "
                        + "one number for each element of `" + body.def.latexName() + "`: read as the " + (b == Builtin.SOFTMAX
                        ? "softmax" : "log-softmax") + " over `" + index.name() + "`, the last index of `"
                        + body.def.latexName() + "` it reads, so the weights over `" + index.name() + "` sum to 1")
                .caret("over " + index.name())
                .help("write `" + fn + "_" + index.name() + "(…)` to say so and silence this warning")
                .report(file.diagnostics);
        return overIndex(a.span(), b, index, a.args().get(0));
    }

    private Term builtinCall(Expr.Apply a, Builtin b) {
        String over = (b == Builtin.SOFTMAX || b == Builtin.LOG_SOFTMAX) && a.args().size() == 1
                ? file.scalarSoftmaxCalls.get(a.span().start()) : null;
        IndexVar index = over == null ? null : body.scope.indexVar(over);
        if (index != null) {
            return scalarSoftmax(a, b, index);
        }
        Term family = b == Builtin.CONCAT ? body.subscripts.concat(a) : null;
        if (family != null) {
            return family;
        }
        if ((b == Builtin.LAYER_NORM && a.args().size() <= 3 || b == Builtin.RMS_NORM && a.args().size() == 2)
                && a.args().size() >= 2) {
            // LayerNorm(x, \gamma, \beta) = \gamma \odot LayerNorm(x) + \beta; RMSNorm(x, g) = g \odot RMSNorm(x)
            // (docs/LANGUAGE.md, Vocabulary): the gain and bias broadcast like any element-wise operand.
            Term normalised = new Term.BuiltinCall(a.span(), b, List.of(expr(a.args().get(0))));
            Term scaled = new Term.Arith(a.span(), a.span(), Term.ArithOp.MUL, expr(a.args().get(1)), normalised);
            return a.args().size() == 3
                    ? new Term.Arith(a.span(), a.span(), Term.ArithOp.ADD, scaled, expr(a.args().get(2))) : scaled;
        }
        if ((b == Builtin.MAX || b == Builtin.MIN) && a.args().size() == 1) {
            // \max(x): the largest element (of each row, for a matrix: docs/LANGUAGE.md, Vocabulary).
            Term x = expr(a.args().get(0));
            return b == Builtin.MAX ? new Term.BuiltinCall(a.span(), Builtin.MAX_LAST, List.of(x))
                    : new Term.Negate(a.span(), new Term.BuiltinCall(a.span(), Builtin.MAX_LAST,
                            List.of(new Term.Negate(a.span(), x))));
        }
        if (b == Builtin.COS && a.args().size() == 2) {
            return cosineSimilarity(a);
        }
        if (b.arity() < 0 ? a.args().size() < 2 : a.args().size() != b.arity()) {
            return body.error(Code.E0104, a.span(), "`" + b.displayName() + "` takes "
                    + (b == Builtin.LAYER_NORM ? "1 to 3 arguments (x, a gain, a bias)"
                    : b == Builtin.RMS_NORM ? "1 or 2 arguments (x, a gain)"
                    : b.arity() < 0 ? "two or more arguments" : b.arity() + " argument" + (b.arity() == 1 ? "" : "s"))
                    + ", got " + a.args().size(), null);
        }
        List<Term> args = new ArrayList<>();
        for (Expr arg : a.args()) {
            args.add(expr(arg));
        }
        if ((b == Builtin.STD || b == Builtin.VAR) && !squareBracketed(a) && a.callee() instanceof Expr.Sym f
                && Character.isLowerCase(f.base().charAt(0))) {
            populationStatistic(a, b);
        }
        if (b == Builtin.ARGMAX || b == Builtin.ARGMIN) {
            Diagnostic.of(Code.W0132, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is a position"
                            + " along the last axis counted from 0 (the first of equal extremes)")
                    .caret("counted from 0")
                    .help("add 1 for a position counted from 1")
                    .report(file.diagnostics);
        }
        return new Term.BuiltinCall(a.span(), b, args);
    }

    // ---- axis forms, expectations, indicators -------------------------------------------------

    /**
     * Nielsen's {@code \\sigma'(z^l)} (BP1, BP2), {@code \\tanh'(x)}: a built-in element-wise function with one prime
     * (no scripts), applied to one argument and not given another meaning by the file, is its derivative at the
     * argument (W0450); before, the prime was dropped and {@code \\sigma'(z)} computed {@code \\sigma(z)}. A built-in
     * whose derivative eqc does not know (or a second prime) is E0360 rather than the function itself.
     */
    private Term primedBuiltin(Expr.Apply a, Expr.Sym callee) {
        if (callee.primes() == 0 || callee.sub() != null || callee.sup() != null || callee.accent() != null
                || callee.kind() != SymKind.COMMAND && callee.kind() != SymKind.WORD) {
            return null;
        }
        Builtin b = Builtin.lookup(callee.base()).orElse(null);
        if (b == null || a.args().size() != 1) {
            return null;
        }
        String key = NameKeys.full(callee);
        if (file.definition(key) != null || file.wasDeclared(key) || body.names.isBound(key)) {
            return null;
        }
        String name = file.source.slice(callee.span());
        String arg = file.source.slice(a.args().get(0).span());
        if (callee.primes() != 1 || b.kind() != Builtin.Kind.UNARY || derivativeOf(b, null, a.span()) == null) {
            return body.error(Code.E0360, callee.span(), "eqc does not know the derivative `" + name + "` of a"
                            + " built-in function",
                    "write the derivative out, e.g. `\\sigma(x)(1 - \\sigma(x))` for `\\sigma'(x)`");
        }
        Diagnostic.of(Code.W0450, file.source, callee.span(), "`" + name + "(" + arg + ")` is read as the derivative"
                        + " of `" + (name.endsWith("'") ? name.substring(0, name.length() - 1) : name) + "` at `" + arg + "`, element-wise")
                .caret("the derivative, not another function")
                .help("if `" + name + "` is a function of its own, declare or define it")
                .report(file.diagnostics);
        return derivativeOf(b, expr(a.args().get(0)), a.span());
    }

    /** The derivative of an element-wise built-in at {@code x}, or null when eqc does not know it (x null: only asks). */
    private static Term derivativeOf(Builtin b, Term x, Span sp) {
        boolean known = switch (b) {
            case SIGMOID, TANH, EXP, LOG, SIN, COS, SQRT, SOFTPLUS, RELU, SINH, COSH -> true;
            default -> false;
        };
        if (!known || x == null) {
            return known ? new Term.Literal(sp, 0) : null;
        }
        Term one = new Term.Literal(sp, 1.0);
        switch (b) {
            case SIGMOID: {
                Term s = new Term.BuiltinCall(sp, Builtin.SIGMOID, List.of(x));
                return new Term.Arith(sp, sp, Term.ArithOp.MUL, s, new Term.Arith(sp, sp, Term.ArithOp.SUB, one, s));
            }
            case TANH:
                return new Term.Arith(sp, sp, Term.ArithOp.SUB, one,
                        new Term.Power(sp, new Term.BuiltinCall(sp, Builtin.TANH, List.of(x)), new Term.Literal(sp, 2.0)));
            case EXP:
                return new Term.BuiltinCall(sp, Builtin.EXP, List.of(x));
            case LOG:
                return new Term.Arith(sp, sp, Term.ArithOp.DIV, one, x);
            case SIN:
                return new Term.BuiltinCall(sp, Builtin.COS, List.of(x));
            case COS:
                return new Term.Arith(sp, sp, Term.ArithOp.MUL, new Term.Literal(sp, -1.0),
                        new Term.BuiltinCall(sp, Builtin.SIN, List.of(x)));
            case SINH:
                return new Term.BuiltinCall(sp, Builtin.COSH, List.of(x));
            case COSH:
                return new Term.BuiltinCall(sp, Builtin.SINH, List.of(x));
            case SQRT:
                return new Term.Arith(sp, sp, Term.ArithOp.DIV, one, new Term.Arith(sp, sp, Term.ArithOp.MUL,
                        new Term.Literal(sp, 2.0), new Term.BuiltinCall(sp, Builtin.SQRT, List.of(x))));
            case SOFTPLUS:
                return new Term.BuiltinCall(sp, Builtin.SIGMOID, List.of(x));
            default: {
                // relu'(x): 1 where x > 0, else 0 (the subgradient 0 at 0, as PyTorch takes it): (sign x + |sign x|)/2
                Term sign = new Term.BuiltinCall(sp, Builtin.SIGN, List.of(x));
                return new Term.Arith(sp, sp, Term.ArithOp.MUL, new Term.Literal(sp, 0.5), new Term.Arith(sp, sp,
                        Term.ArithOp.ADD, sign, new Term.BuiltinCall(sp, Builtin.ABS, List.of(sign))));
            }
        }
    }

    /** The last-axis built-in an operator names ({@code \\mathrm{softmax}}, {@code \\mathbb{E}}), or null. */
    private static Builtin axisBuiltin(Expr op) {
        if (op instanceof Expr.Sym s && s.sup() == null) {
            if ((s.kind() == SymKind.BB || s.kind() == SymKind.WORD) && s.base().equals("E")) {
                return Builtin.MEAN;   // \mathbb{E}, and \mathrm{E} as Ioffe and Szegedy print it
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
    /**
     * {@code \\underset{a}{\arg\max} [Q_t(a) + …]} (Sutton and Barto's UCB), {@code \\underset{i}{\max} x_i}: an arg max,
     * arg min, max or min with a fresh lowercase letter under it that the body uses is the operator over that index,
     * as {@code \arg\max_a} is; null when the letter is a dimension or a name of the file (an axis form).
     */
    private Expr.BigOp operatorOverIndex(Expr.Underset u, Expr argument, Span at) {
        if (!(u.op() instanceof Expr.Sym op) || !op.bare()
                || !(op.kind() == SymKind.COMMAND && java.util.Set.of("\\argmax", "\\argmin", "\\max", "\\min")
                        .contains(op.base())
                    || op.kind() == SymKind.WORD && java.util.Set.of("argmax", "argmin").contains(op.base()))
                || !(u.under() instanceof Expr.Sym letter) || !letter.bare() || letter.kind() != SymKind.LETTERS
                || letter.base().length() != 1 || !Character.isLowerCase(letter.base().charAt(0))
                || file.isDimension(letter.base()) || body.names.isBound(letter.base())
                || body.scope.indexVar(letter.base()) != null || !mentions(argument, letter.base())) {
            return null;
        }
        // An arg max under-set as a word (\operatorname{argmax} with a below it) is the operator \argmax, as the word
        // with a subscript is; it was handed to the reductions as a word they do not know (E0103).
        Expr.Sym command = op.kind() == SymKind.WORD ? new Expr.Sym(op.span(), SymKind.COMMAND, "\\" + op.base(), null,
                null, null, 0) : op;
        Expr.Sym withIndex = command.withScripts(u.span(),
                new dev.eqc.compiler.ast.Script(letter.span(), List.of(letter), letter.base()), null, 0);
        return new Expr.BigOp(at, withIndex, argument);
    }

    /** Whether {@code e} mentions the bare letter {@code letter} anywhere, scripts and arguments included. */
    private static boolean mentions(Expr e, String letter) {
        boolean[] found = {false};
        SubscriptForms.walk(e, x -> {
            if (x instanceof Expr.Sym s && s.bare() && s.kind() == SymKind.LETTERS && s.base().equals(letter)) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private Term axisForm(Span at, Expr op, Expr under, Expr argument) {
        Builtin b = axisBuiltin(op);
        if (b != null && under instanceof Expr.Group names && names.items().size() > 1
                && names.items().stream().allMatch(n -> n instanceof Expr.Sym s && s.sup() == null)) {
            return severalAxes(at, b, names, argument);
        }
        SetReductions.Member written = (b == Builtin.SOFTMAX || b == Builtin.LOG_SOFTMAX)
                && under instanceof Expr.Relation r ? writtenMember(r) : null;
        if (written != null) {
            // \mathrm{softmax}_{j \in \mathcal{N}_i}(e_{ij}): over the members of the set, 0 outside it.
            return normalised(at, b, body.scope.indexVar(((Expr.Sym) ((Expr.Relation) under).left()).base()), written,
                    argument);
        }
        if (b == null || !(under instanceof Expr.Sym u) || u.sup() != null) {
            return body.unsupported(at, "an axis form is softmax, mean, Var, logsumexp, sum or \\mathbb{E} with a"
                    + " dimension or an index under it");
        }
        IndexVar index = u.sub() == null ? body.scope.indexVar(u.base()) : null;
        if (index != null) {
            return overIndex(at, b, index, argument);
        }
        Input label = b == Builtin.SOFTMAX || b == Builtin.LOG_SOFTMAX ? file.input(NameKeys.full(u)) : null;
        if ((label == null || label.labels() == null) && (b == Builtin.SOFTMAX || b == Builtin.LOG_SOFTMAX)
                && u.sub() != null) {
            label = file.input(NameKeys.full(u.withScripts(u.span(), null, null, u.primes())));   // y_i of y's labels
        }
        if (label != null && label.labels() != null && op instanceof Expr.Sym o) {
            // Prince's \text{softmax}_{y_i}[\mathbf{f}[\mathbf{x}_i, \boldsymbol\phi]]: the output at the class the
            // label names, as \mathrm{softmax}(z)_{y_i}; it was the softmax along the last axis (W0102), the whole
            // vector where one probability is meant.
            Expr.Apply call = new Expr.Apply(at, o.withScripts(o.span(), null, null, o.primes()), List.of(argument),
                    argument.span());
            return expr(new Expr.Subscripted(at, call, new dev.eqc.compiler.ast.Script(u.span(), List.of(u),
                    file.source.slice(u.span()).strip())));
        }
        if (u.sub() == null && u.primes() == 0 && (b == Builtin.MEAN || b == Builtin.SUM)
                && !file.isDimension(NameKeys.withSub(u)) && !body.names.isBound(NameKeys.full(u))
                && u.kind() == SymKind.LETTERS && u.base().length() == 1 && Character.isLowerCase(u.base().charAt(0))) {
            // \mathbb{E}_t[r_t A_t], \hat{\mathbb{E}}_i[…]: the mean over the index it names, bound here.
            IndexVar v = new IndexVar(u.base(), u.span(), null, null, List.of());
            body.scope.enter(v);
            Term x = expr(argument);
            body.scope.leave();
            Term sum = new Term.Reduce(at, Term.ReduceOp.SUM, v, x);
            // The count is Σ_i (0 i + 1): a body that mentions i, so the generated loop has its axis.
            Term one = new Term.Arith(at, at, Term.ArithOp.ADD, new Term.Arith(at, at, Term.ArithOp.MUL,
                    new Term.Literal(at, 0.0), new Term.IndexValue(u.span(), v)), new Term.Literal(at, 1.0));
            return b == Builtin.SUM ? sum : new Term.Arith(at, at, Term.ArithOp.DIV, sum,
                    new Term.Reduce(at, Term.ReduceOp.SUM, v, one));
        }
        String dim = NameKeys.withSub(u);
        return new Term.AlongAxis(at, b, expr(argument), dim, false);
    }

    /**
     * {@code op} over the index {@code index} in scope ({@code \\mathrm{softmax}_j(e_{ij})}): written with a reduction
     * over a fresh copy of it; over a set when the index is a member of one, and over the kept terms of a cut reduction.
     */
    private Term overIndex(Span at, Builtin b, IndexVar index, Expr argument) {
        if (b != Builtin.SOFTMAX && b != Builtin.LOG_SOFTMAX && b != Builtin.SUM && b != Builtin.MEAN) {
            return body.unsupported(at, "over an index, eqc computes softmax, log-softmax, sum and mean");
        }
        SetReductions.Member set = (b == Builtin.SOFTMAX || b == Builtin.LOG_SOFTMAX)
                && body.scope.cutOf(index) == null && index.excluded().isEmpty()
                ? body.sets.normalisedOver(index, at) : null;
        if (set != null) {
            // \sum_{j \in \mathcal{N}_i} w_{ij} v_j with w_{ij} = \mathrm{softmax}_j(…): over the set (W0370).
            return normalised(at, b, index, set, argument);
        }
        Term x = expr(argument);
        // \sum_{j \ne i}: the copy leaves out the same term.
        IndexVar fresh = new IndexVar(index.name() + "'", index.span(), index.lower(), index.upper(),
                index.excluded());
        Term copy = IndexRenamer.rename(x, index, fresh);
        Term one = new Term.Literal(at, 1.0);
        Term keep = body.scope.cutOf(index);
        if (keep != null || !index.excluded().isEmpty()) {
            // \sum_{j=1}^{t} \mathrm{Softmax}_j(…) v_j (DeepSeek-V2's causal attention): the softmax normalises
            // over the terms the enclosing reduction keeps, not over the whole axis.
            if (keep != null) {
                Term kept = IndexRenamer.rename(keep, index, fresh);
                copy = new Term.Where(at, kept, copy, new Term.Literal(at,
                        b == Builtin.SUM || b == Builtin.MEAN ? 0.0 : Double.NEGATIVE_INFINITY));
                one = new Term.Where(at, kept, one, new Term.Literal(at, 0.0));
            }
            // A left-hand index cut by the definition's own tail (\forall j \leq i) is said by W0471.
            if (keep == null || !body.scope.leftIndices().contains(index) || file.indexCut(body.def.key()) == null) {
                Diagnostic.of(Code.W0340, file.source, at, "`" + file.source.slice(at) + "` is taken over the values of `"
                                + index.name() + "` the enclosing reduction keeps, not over the whole axis: "
                                + (b == Builtin.SOFTMAX || b == Builtin.LOG_SOFTMAX
                                        ? "its weights sum to 1 over the terms that are summed"
                                        : "the same terms the reduction over it counts"))
                        .caret("over the kept " + index.name())
                        .help("write the normaliser out (`\\frac{\\exp(e_{tj})}{\\sum_{k=1}^{t} \\exp(e_{tk})}`) to say so"
                                + " and silence this warning")
                        .report(file.diagnostics);
            }
        }
        return switch (b) {
            case SUM -> new Term.Reduce(at, Term.ReduceOp.SUM, fresh, copy);
            case MEAN -> new Term.Arith(at, at, Term.ArithOp.DIV, new Term.Reduce(at, Term.ReduceOp.SUM, fresh, copy),
                    new Term.Reduce(at, Term.ReduceOp.SUM, fresh, one));
            default -> {
                Term logProb = new Term.Arith(at, at, Term.ArithOp.SUB, x,
                        new Term.Reduce(at, Term.ReduceOp.LOGSUMEXP, fresh, copy));
                yield b == Builtin.SOFTMAX ? new Term.BuiltinCall(at, Builtin.EXP, List.of(logProb)) : logProb;
            }
        };
    }

    /**
     * A softmax or log-softmax over {@code index}, written with a log-sum-exp over a fresh copy of it; over the
     * members of {@code set} only when there is one (the entries outside it are {@code -\\infty}: 0 after the
     * softmax).
     */
    private Term normalised(Span at, Builtin b, IndexVar index, SetReductions.Member set, Expr argument) {
        Term x = expr(argument);
        IndexVar fresh = new IndexVar(index.name() + "'", index.span(), index.lower(), index.upper(), List.of());
        Term copy = IndexRenamer.rename(x, index, fresh);
        if (set != null) {
            String usedAs = "the softmax runs over its row";
            Term outside = new Term.Literal(at, Double.NEGATIVE_INFINITY);
            x = new Term.Where(x.span(), body.sets.contains(set, index, usedAs), x, outside);
            copy = new Term.Where(copy.span(), body.sets.contains(set, fresh, usedAs), copy, outside);
        }
        Term logProb = new Term.Arith(at, at, Term.ArithOp.SUB, x, new Term.Reduce(at, Term.ReduceOp.LOGSUMEXP, fresh, copy));
        return b == Builtin.SOFTMAX ? new Term.BuiltinCall(at, Builtin.EXP, List.of(logProb)) : logProb;
    }

    /** The set of {@code \\mathrm{softmax}_{j \\in \\mathcal{N}_i}}, with j and i indices in scope, or null. */
    private SetReductions.Member writtenMember(Expr.Relation r) {
        SetScopedReads.Membership m = SetScopedReads.membership(r);
        IndexVar member = m == null ? null : body.scope.indexVar(m.member());
        IndexVar owner = m == null ? null : body.scope.indexVar(m.set().owner());
        return member == null || owner == null ? null
                : new SetReductions.Member(m.set().family(), owner, m.set().span(), m.set().withOwner());
    }

    /**
     * {@code \\underset{B, H, W}{\\mathbb{E}}[X]}: a mean, sum or variance over several named axes at once
     * (batch norm's statistics). Each name must be a dimension of the file, since the position of an
     * axis that is no dimension cannot be told. The variance is the mean of squared deviations from the
     * mean over all of them, as batch norm computes it (divided by the count, not by one less).
     */
    private Term severalAxes(Span at, Builtin b, Expr.Group names, Expr argument) {
        if (b != Builtin.MEAN && b != Builtin.SUM && b != Builtin.VAR) {
            return body.unsupported(at, "over several axes at once, eqc computes a mean, a sum or a variance");
        }
        List<String> dims = new ArrayList<>();
        for (Expr n : names.items()) {
            Expr.Sym s = (Expr.Sym) n;
            String dim = NameKeys.withSub(s);
            if (!file.isDimension(dim)) {
                return body.error(Code.E0304, s.span(), "`" + file.source.slice(s.span()) + "` under `"
                        + file.source.slice(at) + "` is not a dimension of any declared tensor, so eqc cannot tell"
                        + " which axis it names", "declare the tensor with its axes named, like `X \\in \\mathbb{R}^{B"
                        + " \\times C \\times H \\times W}`");
            }
            if (dims.contains(dim)) {
                return body.error(Code.E0304, s.span(), "`" + dim + "` is named twice under `"
                        + file.source.slice(at) + "`", "name each axis once");
            }
            dims.add(dim);
        }
        Term x = expr(argument);
        if (b == Builtin.VAR) {
            Term deviation = new Term.Arith(at, at, Term.ArithOp.SUB, x, alongEach(at, Builtin.MEAN, x, dims, true));
            return alongEach(at, Builtin.MEAN, new Term.Power(at, deviation, new Term.Literal(at, 2.0)), dims, false);
        }
        return alongEach(at, b, x, dims, false);
    }

    /** {@code b} along each of {@code dims} in turn (the last named innermost). */
    private static Term alongEach(Span at, Builtin b, Term x, List<String> dims, boolean keep) {
        Term t = x;
        for (int i = dims.size() - 1; i >= 0; i--) {
            t = new Term.AlongAxis(at, b, t, dims.get(i), keep);
        }
        return t;
    }

    /** {@code \\mathrm{logit}}, {@code \\text{logit}}, {@code \\operatorname{logit}}: the log-odds. */
    private static boolean isLogit(Expr.Sym callee) {
        return callee.kind() == SymKind.WORD && callee.bare() && callee.base().equals("logit");
    }

    /** {@code \\mathrm{id}}, {@code \\mathrm{Id}}, {@code \\operatorname{id}}: the identity function. */
    private static boolean isIdentity(Expr.Sym callee) {
        return callee.kind() == SymKind.WORD && callee.bare() && (callee.base().equals("id") || callee.base().equals("Id"));
    }

    /** {@code \mathrm{onehot}}, {@code \mathrm{one\_hot}}, {@code \operatorname{OneHot}}. */
    private static boolean isOneHot(Expr.Sym callee) {
        return (callee.kind() == SymKind.WORD || callee.kind() == SymKind.LETTERS) && callee.bare()
                && callee.base().replace("\\_", "").replace("_", "").replace("-", "").equalsIgnoreCase("onehot");
    }

    /**
     * {@code \mathrm{onehot}(y)} of class labels {@code y} with K classes: y's shape with an axis of K
     * added last, 1 at the position of each label and 0 elsewhere (docs/LANGUAGE.md, Vocabulary).
     */
    private Term oneHot(Expr.Apply a) {
        Expr arg = a.args().get(0);
        Term ofArgmax = oneHotOfArgmax(a, arg);
        if (ofArgmax != null) {
            return ofArgmax;
        }
        Input in = null;
        boolean labelParameter = false;
        if (arg instanceof Expr.Sym s && s.bare() && body.names.find(NameKeys.full(s)) instanceof Binding.InputName n) {
            in = n.input();
        } else if (arg instanceof Expr.Sym s && s.bare() && body.names.find(NameKeys.full(s)) instanceof Binding.ParamName pn
                && pn.param().declaration() != null && pn.param().declaration().labels() != null) {
            // \ell(\theta, y) := \ldots \mathrm{onehot}(y): a parameter named like declared labels is those labels.
            in = pn.param().declaration();
            labelParameter = true;
        }
        if (in == null || in.labels() == null || in.labels().count() == null) {
            return body.error(Code.E0103, arg.span(), "not supported yet: `\\mathrm{onehot}` of `"
                    + file.source.slice(arg.span()) + "`", in != null && in.labels() != null
                    ? "declare the number of classes: `" + in.latex() + " \\in \\{1, \\dots, K\\}^{…}`"
                    : "one-hot takes class labels by name, declared like `y \\in \\{1, \\dots, K\\}^N`");
        }
        Span at = a.span();
        List<dev.eqc.compiler.term.IndexVar> vars = new ArrayList<>();
        for (int k = 0; k < in.dims().size(); k++) {
            vars.add(new dev.eqc.compiler.term.IndexVar("the positions of a label", at, null, null, List.of()));
        }
        Term count = in.labels().count().asTerm(at);
        int first = in.labels().first();
        dev.eqc.compiler.term.IndexVar c = new dev.eqc.compiler.term.IndexVar(dev.eqc.compiler.term.IndexVar.CLASSES,
                at, new Term.Literal(at, first), first == 1 ? count
                : new Term.Arith(at, at, Term.ArithOp.SUB, count, new Term.Literal(at, 1.0)), List.of());
        Term y = labelParameter ? body.expr(arg) : body.names.inputRef(arg.span(), in);
        Term label = vars.isEmpty() ? y : new Term.Index(arg.span(), y, vars);
        List<dev.eqc.compiler.term.IndexVar> all = new ArrayList<>(vars);
        all.add(c);
        return new Term.Stack(at, all, new Term.Compare(at, Term.CompareOp.EQ, label, new Term.IndexValue(at, c)), y);
    }

    /**
     * {@code \\mathrm{one\\_hot}(\\arg\\max_i y_i)} (the Gumbel-Max trick, straight-through Gumbel): the vector over
     * the range of {@code i}, 1 at the position the arg max picks (the first of equal maxima, as it does) and 0
     * elsewhere. Null when the argument is no arg max or arg min over an index.
     */
    private Term oneHotOfArgmax(Expr.Apply a, Expr arg) {
        Expr inner = arg;
        while (inner instanceof Expr.Group g && g.items().size() == 1 && g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN) {
            inner = g.items().get(0);
        }
        if (!(inner instanceof Expr.BigOp b) || !(b.operator().base().equals("\\argmax")
                || b.operator().base().equals("\\argmin"))) {
            return null;
        }
        Term picked = body.expr(inner);
        if (!(picked instanceof Term.Reduce r) || r.op() != Term.ReduceOp.ARGMAX && r.op() != Term.ReduceOp.ARGMIN) {
            return picked instanceof Term.Literal l && Double.isNaN(l.value()) ? picked : null;
        }
        Span at = a.span();
        IndexVar v = r.var();
        IndexVar c = new IndexVar(IndexVar.CLASSES, at, v.lower(), v.upper(), List.of(), v);
        return new Term.Stack(at, List.of(c), new Term.Compare(at, Term.CompareOp.EQ, picked, new Term.IndexValue(at, c)),
                picked);
    }

    /**
     * The index the samples under an expectation all carry: {@code a_t, s_t \\sim \\pi} gives {@code t} (the
     * distribution after {@code \\sim} is notation); null unless there are several names, each subscripted by the
     * same single lower-case letter that is no dimension, no bound name and no index already in scope.
     */
    private Expr.Sym sampledStep(List<Expr> items) {
        Expr.Sym step = null;
        int names = 0;
        for (Expr item : items) {
            Expr name = item instanceof Expr.Relation r && r.op() == dev.eqc.compiler.ast.RelOp.RELATED ? r.left() : item;
            if (!(name instanceof Expr.Sym s) || s.sup() != null || s.sub() == null || !s.sub().isSingle()
                    || !(s.sub().single() instanceof Expr.Sym t) || !t.bare() || t.kind() != SymKind.LETTERS
                    || t.base().length() != 1 || !Character.isLowerCase(t.base().charAt(0))
                    || step != null && !step.base().equals(t.base())) {
                return null;
            }
            step = t;
            names++;
        }
        if (step == null || names < 2 || file.isDimension(step.base()) || body.names.isBound(step.base())
                || body.scope.indexVar(step.base()) != null) {
            return null;
        }
        return step;
    }

    /**
     * {@code \\mathbb{E}_{x \\sim P}[\\log \\frac{P(x)}{Q(x)}]} (Goodfellow et al., Eq. 3.50) with {@code P} a declared
     * vector and {@code x} a letter nothing else names: the expectation under the discrete distribution
     * {@code P}, {@code \\sum_x P_x […]}, where {@code P(x)} inside is the element {@code P_x} (W0161). Null for
     * any other subscript.
     */
    private Expr discreteExpectation(Span span, Expr.Sym e, Expr.Relation r, Expr inner) {
        if (r.op() != dev.eqc.compiler.ast.RelOp.RELATED || !(r.left() instanceof Expr.Sym x) || x.sub() != null
                || x.sup() != null || x.primes() > 0 || !(r.right() instanceof Expr.Sym p) || p.sub() != null
                || p.sup() != null) {
            return null;
        }
        Input distribution = file.input(NameKeys.full(p));
        String letter = NameKeys.full(x);
        if (distribution == null || !distribution.declared() || distribution.dims() == null
                || distribution.dims().size() != 1 || letter.length() != 1 || file.hasInput(letter)
                || body.names.isBound(letter) || file.isDefinedName(letter)) {
            return null;
        }
        Diagnostic.of(Code.W0132, file.source, e.span(), "`" + file.source.slice(span)
                        + "` is read as the expectation under the distribution `" + file.source.slice(p.span())
                        + "`, a vector of probabilities: `\\sum_" + letter + " " + file.source.slice(p.span()) + "_"
                        + letter + " […]`")
                .caret("weighted by " + file.source.slice(p.span()))
                .help("for the mean of samples drawn from it, write `\\frac{1}{N} \\sum_{n}` over them")
                .report(file.diagnostics);
        Expr.Sym index = new Expr.Sym(x.span(), SymKind.LETTERS, letter, null, null, null, 0);
        Script sub = new Script(x.span(), List.of(index), letter);
        Expr.Sym sum = new Expr.Sym(e.span(), SymKind.COMMAND, "\\sum", null, sub, null, 0);
        Expr weight = p.withScripts(e.span(), sub, null, 0);   // the index inside E's subscript, after its start
        Expr product = new Expr.Binary(span, e.span(), BinaryOp.JUXTAPOSE, weight,
                new Expr.Group(inner.span(), Bracket.PAREN, List.of(inner)));
        return new Expr.BigOp(span, sum, product);
    }

    private boolean isExpectation(Expr e) {
        // \mathbb{E}, and \mathrm{E} as PyTorch's normalisation layers print it (\mathrm{E}[x], beside \mathrm{Var}[x])
        return e instanceof Expr.Sym s && (s.kind() == SymKind.BB || s.kind() == SymKind.WORD) && s.base().equals("E")
                && s.bare()
                && !body.names.isBound(NameKeys.full(s));
    }

    /** {@code \text{Swish}_1}, {@code \mathrm{Swish}_{\beta}}: swish with the coefficient in its subscript. */
    private static boolean isSwishWithBeta(Expr.Sym s) {
        return (s.kind() == SymKind.WORD || s.kind() == SymKind.LETTERS) && s.base().equalsIgnoreCase("swish")
                && s.sup() == null && s.sub() != null && s.sub().isSingle();
    }

    /**
     * {@code I(y_i \neq G_m(x_i))}, {@code I(x_i \le t)}: a plain capital I, neither declared nor defined by the file,
     * applied to one comparison (ESL's notation for the indicator function).
     */
    private boolean isPlainIndicator(Expr.Sym callee, Expr.Apply a) {
        return callee.kind() == SymKind.LETTERS && callee.base().equals("I") && callee.bare() && a.args().size() == 1
                && a.args().get(0) instanceof Expr.Relation r && COMPARISONS.contains(r.op())
                && file.definition(NameKeys.full(callee)) == null && file.input(NameKeys.full(callee)) == null
                && !body.names.isBound(NameKeys.full(callee));
    }

    private static final java.util.Set<dev.eqc.compiler.ast.RelOp> COMPARISONS = java.util.EnumSet.of(
            dev.eqc.compiler.ast.RelOp.EQ, dev.eqc.compiler.ast.RelOp.NE, dev.eqc.compiler.ast.RelOp.LT,
            dev.eqc.compiler.ast.RelOp.GT, dev.eqc.compiler.ast.RelOp.LE, dev.eqc.compiler.ast.RelOp.GE);

    static boolean isIndicator(Expr e) {
        return e instanceof Expr.Sym s && (s.kind() == SymKind.BB || s.kind() == SymKind.WORD)
                && (s.base().equals("1") || s.kind() == SymKind.BB && s.base().equals("I") && s.sub() == null)
                && s.sup() == null;
    }

    /**
     * The two items of {@code g} were written with bars between them ({@code [q || p]}, {@code [q \| p]},
     * {@code [q \Bigl|\Bigr| p]}): the parser read them as the two arguments of a divergence.
     */
    private boolean dividedByBars(Expr.Group g) {
        int from = g.items().get(0).span().end();
        int to = g.items().get(1).span().start();
        if (from < 0 || to <= from) {
            return false;
        }
        String between = file.source.slice(new Span(from, to));
        return between.contains("|") || between.contains("Vert");
    }

    /**
     * {@code D(P \parallel M)}, {@code D(p \| q)}: a bare {@code D} that the file neither defines nor declares,
     * applied to two arguments written with bars (or {@code \parallel}) between them.
     */
    private boolean isRelativeEntropy(Expr.Sym s, Expr.Apply a) {
        if (!s.bare() || s.kind() != SymKind.LETTERS || !s.base().equals("D") || a.args().size() != 2
                || file.definition(NameKeys.full(s)) != null || file.hasInput(NameKeys.full(s))
                || body.names.isBound(NameKeys.full(s))) {
            return false;
        }
        int from = a.args().get(0).span().end();
        int to = a.args().get(1).span().start();
        String between = to > from && from >= 0 ? file.source.slice(new Span(from, to)) : "";
        return between.contains("|") || between.contains("Vert") || between.contains("parallel");
    }

    /**
     * {@code \mathrm{CE}(p, q)}, {@code \text{CE}}, {@code \mathrm{XE}}, {@code \mathrm{CrossEntropy}}, and FixMatch's
     * {@code H(p, q)}: two arguments given to a cross-entropy the file does not define (nor binds nor declares).
     */
    private boolean isCrossEntropy(Expr.Sym s, Expr.Apply a) {
        if (s.sup() != null || s.sub() != null || s.primes() != 0 || s.accent() != null || a.args().size() != 2
                || file.definition(NameKeys.full(s)) != null || file.hasInput(NameKeys.full(s))
                || body.names.isBound(NameKeys.full(s)) || !file.appliedInputs(NameKeys.full(s)).isEmpty()) {
            return false;
        }
        String word = s.base().toLowerCase(java.util.Locale.ROOT);
        return (s.kind() == SymKind.WORD || s.kind() == SymKind.LETTERS)
                && (word.equals("ce") || word.equals("xe") || word.equals("crossentropy"))
                || (s.kind() == SymKind.LETTERS || s.kind() == SymKind.WORD || s.kind() == SymKind.CAL)
                        && s.base().equals("H");
    }

    /**
     * The cross-entropy of the second argument's distribution relative to the first's, {@code -\sum p \log q} along
     * the last axis (W0432, the first argument is the target: FixMatch's {@code H(\hat{q}_b, p_m(y \mid …))}); a
     * class label given as either argument is E0352, since the other may be probabilities or logits.
     */
    private Term crossEntropy(Expr.Apply a) {
        String p = file.source.slice(a.args().get(0).span());
        String q = file.source.slice(a.args().get(1).span());
        for (Expr arg : a.args()) {
            if (arg instanceof Expr.Sym sym && isLabel(sym)) {
                String label = file.source.slice(arg.span());
                Expr otherArg = arg == a.args().get(0) ? a.args().get(1) : a.args().get(0);
                String other = arg == a.args().get(0) ? q : p;
                if (printedAsProbabilities(otherArg) && labelsLeft(sym) == 0) {
                    return labelCrossEntropy(a, sym, otherArg);
                }
                if (labelsLeft(sym) > 0) {
                    Diagnostic.of(Code.E0352, file.source, arg.span(), "`" + file.source.slice(a.span()) + "` is given `"
                                    + label + "`, class labels of several samples: the cross-entropy of a label picks"
                                    + " along the classes of one sample")
                            .caret("labels of several samples")
                            .help("give one sample's label and its prediction, like `\\frac{1}{N} \\sum_{i=1}^{N} "
                                    + file.source.slice(a.callee().span()) + "(" + label + "_i, …)`")
                            .report(file.diagnostics);
                    return new Term.Literal(a.span(), Double.NaN);
                }
                Diagnostic.of(Code.E0352, file.source, arg.span(), "`" + file.source.slice(a.span()) + "` is given the"
                                + " class label `" + label + "`: the cross-entropy of a label is `-\\log` of the"
                                + " probability it picks, but `" + other + "` may hold probabilities or logits")
                        .caret("a class label")
                        .help("write `-\\log " + other + "_{" + label + "}` for probabilities, or `-\\log \\mathrm{softmax}("
                                + other + ")_{" + label + "}` for logits")
                        .report(file.diagnostics);
                return new Term.Literal(a.span(), Double.NaN);   // stands for the failed call, as BodyResolver.error
            }
        }
        Diagnostic.of(Code.W0432, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is read as the"
                        + " cross-entropy `-\\sum " + p + " \\log " + q + "` along the last axis: `" + p
                        + "` is the target distribution, `" + q + "` the predicted probabilities")
                .caret("-\\sum " + p + " \\log " + q)
                .help("write `-\\sum_k " + p + "_k \\log " + q + "_k` (or define `" + file.source.slice(a.callee().span())
                        + "(p, q) = …`) to say so and silence this warning; for logits, `\\log \\mathrm{softmax}(…)`")
                .report(file.diagnostics);
        Span at = a.span();
        Term pointwise = new Term.Arith(at, at, Term.ArithOp.MUL, expr(a.args().get(0)),
                new Term.BuiltinCall(at, Builtin.LOG, List.of(expr(a.args().get(1)))));
        return new Term.Arith(at, at, Term.ArithOp.MUL, new Term.Literal(at, -1.0),
                new Term.BuiltinCall(at, Builtin.SUM, List.of(pointwise)));
    }

    /**
     * FixMatch's {@code \mathrm{H}(\hat{q}_b, p_m(y \mid \mathcal{A}(u_b)))} with the pseudo-label {@code \hat{q}_b =
     * \arg\max(q_b)}: minus the log of the probability the label picks, {@code -\sum_c [c = \hat{q}_b] \log p_c}
     * (W0432 says so), the label counted as it is declared (an arg max from 0).
     */
    private Term labelCrossEntropy(Expr.Apply a, Expr.Sym label, Expr probabilities) {
        String l = file.source.slice(label.span());
        String q = file.source.slice(probabilities.span());
        Diagnostic.of(Code.W0432, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is read as the"
                        + " cross-entropy of the class label `" + l + "`, `-\\log` of the probability of `" + q
                        + "` it picks")
                .caret("-\\log " + q + "_{" + l + "}")
                .help("write `-\\log` of the picked probability (`-\\sum_c \\mathbb{1}[c = " + l + "] \\log …_c`) to say so"
                        + " and silence this warning")
                .report(file.diagnostics);
        Span at = a.span();
        int first = 0;
        for (String key : List.of(NameKeys.full(label), NameKeys.full(label.withScripts(label.span(), null, null,
                label.primes())))) {
            dev.eqc.compiler.term.Input in = file.input(key);
            if (in != null && in.selecting() != null) {
                first = in.selecting().first();
                break;
            }
        }
        IndexVar c = new IndexVar(IndexVar.CLASSES, at, null, null, List.of());
        Term position = first == 0 ? new Term.IndexValue(at, c)
                : new Term.Arith(at, at, Term.ArithOp.ADD, new Term.IndexValue(at, c), new Term.Literal(at, first));
        Term picked = new Term.Where(at, new Term.Compare(at, Term.CompareOp.EQ, position, expr(label)),
                NameResolver.indexOf(at, new Term.BuiltinCall(at, Builtin.LOG, List.of(expr(probabilities))), List.of(c)),
                new Term.Literal(at, 0.0));
        return new Term.Arith(at, at, Term.ArithOp.MUL, new Term.Literal(at, -1.0),
                new Term.Reduce(at, Term.ReduceOp.SUM, c, picked));
    }

    /**
     * How many axes of labels {@code s} leaves: 0 for one label ({@code y_i} of {@code y \in \{1, \dots, C\}^N},
     * {@code \hat{q}_b} of {@code \hat{q}_b = \arg\max(q_b)}); more for a bare vector of them, whose cross-entropy
     * would pick along the samples' axis.
     */
    private int labelsLeft(Expr.Sym s) {
        int written = s.sub() == null ? 0 : s.sub().items().size();
        Expr.Sym bare = s.withScripts(s.span(), null, null, s.primes());
        dev.eqc.compiler.term.Input in = file.input(NameKeys.full(s)) != null ? file.input(NameKeys.full(s))
                : file.input(NameKeys.full(bare));
        if (in != null && in.dims() != null) {
            return file.input(NameKeys.full(s)) != null ? in.dims().size() : in.dims().size() - written;
        }
        PendingDefinition d = file.definition(NameKeys.full(s)) != null ? file.definition(NameKeys.full(s))
                : file.definition(NameKeys.full(bare));
        return d == null ? 0 : d.indexLetters().size() - (file.definition(NameKeys.full(s)) != null ? 0 : written);
    }

    /** Whether {@code e} is printed as a distribution: {@code p_m(y \mid x)} with a bar, or a softmax. */
    private boolean printedAsProbabilities(Expr e) {
        String text = file.source.slice(e.span());
        return text.matches("(?s)\\s*[pPqQ][^(]*\\(.*(\\\\mid|\\|).*\\)\\s*")
                || text.matches("(?s)\\s*\\\\(mathrm|operatorname)\\s*\\{\\s*softmax\\s*\\}.*");
    }

    /**
     * Whether {@code s}, or the name it indexes ({@code y_b}), is a declared input of class labels or a value the file
     * defines as an arg max or arg min (FixMatch's pseudo-label {@code \hat{q}_b = \arg\max(q_b)}).
     */
    private boolean isLabel(Expr.Sym s) {
        for (String key : List.of(NameKeys.full(s), NameKeys.full(s.withScripts(s.span(), null, null, s.primes())))) {
            dev.eqc.compiler.term.Input in = file.input(key);
            PendingDefinition d = file.definition(key);
            if (in != null && in.selecting() != null || d != null && file.source.slice(d.rhs().span())
                    .matches("(?s)\\s*(\\\\arg\\s*\\\\?|\\\\(mathrm|operatorname)\\s*\\{\\s*arg\\s*)(max|min).*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code D_{\mathrm{KL}}}, {@code \mathrm{KL}}, {@code D_{KL}}, {@code \mbox{D}_{KL}}, R-Drop's {@code \mathcal{D}_{KL}},
     * {@code \mathbb{D}_{\mathrm{KL}}}: the Kullback-Leibler divergence.
     */
    private boolean isDivergence(Expr.Sym s) {
        if (s.sup() != null) {
            return false;
        }
        if (s.sub() == null) {
            return (s.kind() == SymKind.WORD || s.kind() == SymKind.LETTERS) && s.base().equals("KL");
        }
        String sub = file.source.slice(s.sub().span()).replaceAll("\\\\[a-zA-Z]+|[{} ]", "");
        return s.base().equals("D") && (s.kind() == SymKind.LETTERS || s.kind() == SymKind.WORD || s.kind() == SymKind.CAL
                || s.kind() == SymKind.BB) && sub.equals("KL");
    }

    /**
     * {@code D_{\mathrm{KL}}(P \,\|\, Q)} (also {@code (P, Q)}, {@code (P \Vert Q)}): the discrete divergence
     * {@code \sum P (\log P - \log Q)} along the last axis; null when the arguments are not two.
     */
    private Term divergence(Expr.Apply a) {
        List<Expr> args = a.args();
        if (args.size() == 1 && args.get(0) instanceof Expr.Binary b && b.op() == BinaryOp.CONCAT) {
            args = List.of(b.left(), b.right());
        }
        if (args.size() != 2) {
            return null;
        }
        Span at = a.span();
        Term logRatio = new Term.Arith(at, at, Term.ArithOp.SUB,
                new Term.BuiltinCall(at, Builtin.LOG, List.of(expr(args.get(0)))),
                new Term.BuiltinCall(at, Builtin.LOG, List.of(expr(args.get(1)))));
        Term pointwise = new Term.Arith(at, at, Term.ArithOp.MUL, expr(args.get(0)), logRatio);
        return new Term.BuiltinCall(at, Builtin.SUM, List.of(pointwise));
    }
}
