package dev.eqc.compiler.parse;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.ast.UnaryOp;
import dev.eqc.compiler.source.Span;
import dev.eqc.grammar.EqLexer;
import dev.eqc.grammar.EqParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Turns one statement's parse tree into {@link Expr} records. One small method per grammar
 * alternative. Decides only what syntax decides: letter runs, which factor a function
 * command applies to, and how far a big operator reaches. Meaning is left to name resolution.
 */
final class AstBuilder {
    private final String text;
    private final ProductChain chains;

    AstBuilder(String text) {
        this.text = text;
        this.chains = new ProductChain(text);
    }

    /** The comma-separated relations of a statement. */
    List<Expr> statement(EqParser.StatementContext ctx) {
        List<Expr> items = new ArrayList<>();
        for (EqParser.RelationContext r : ctx.relation()) {
            items.add(relation(r));
        }
        return items;
    }

    Expr relation(EqParser.RelationContext ctx) {
        // The child lists are fetched once: ctx.expr(i) scans all children, which is quadratic.
        List<EqParser.ExprContext> exprs = ctx.expr();
        List<EqParser.RelOpContext> ops = ctx.relOp();
        Expr result = expr(exprs.get(0));
        for (int i = 0; i < ops.size(); i++) {
            Expr right = expr(exprs.get(i + 1));
            EqParser.RelOpContext op = ops.get(i);
            result = new Expr.Relation(result.span().to(right.span()), span(op), relOp(op.getStart()), result, right);
        }
        return result;
    }

    static RelOp relOp(Token t) {
        return switch (t.getType()) {
            case EqLexer.EQ -> RelOp.EQ;
            case EqLexer.ASSIGN, EqLexer.DEFINE_SIGN -> RelOp.DEFINE;
            case EqLexer.ARROW_ASSIGN -> RelOp.ASSIGN;
            case EqLexer.IN -> RelOp.IN;
            case EqLexer.LT -> RelOp.LT;
            case EqLexer.GT -> RelOp.GT;
            case EqLexer.LE -> RelOp.LE;
            case EqLexer.GE -> RelOp.GE;
            case EqLexer.NE -> RelOp.NE;
            case EqLexer.RELATED -> RelOp.RELATED;
            case EqLexer.COLON -> RelOp.SUCH_THAT;
            case EqLexer.BAR, EqLexer.VBAR -> RelOp.GIVEN;
            default -> throw new AssertionError("relation operator " + t.getText());
        };
    }

    Expr expr(EqParser.ExprContext ctx) {
        List<EqParser.MultiplicativeContext> terms = ctx.multiplicative();
        List<EqParser.AddOpContext> ops = ctx.addOp();
        Expr result = multiplicative(terms.get(0));
        for (int i = 0; i < ops.size(); i++) {
            Expr right = multiplicative(terms.get(i + 1));
            Token op = ops.get(i).getStart();
            Expr signedBody = op.getType() == EqLexer.MINUS
                    ? withBody(result, new Expr.Unary(span(op).to(right.span()), span(op), UnaryOp.NEG, right)) : null;
            if (signedBody != null) {
                result = signedBody; // \sum_i -x_i: the sign belongs to the body, as papers mean
                continue;
            }
            BinaryOp kind = switch (op.getType()) {
                case EqLexer.PLUS -> BinaryOp.ADD;
                case EqLexer.MINUS -> BinaryOp.SUB;
                default -> BinaryOp.PLUS_MINUS;
            };
            result = new Expr.Binary(result.span().to(right.span()), span(op), kind, result, right);
        }
        return result;
    }

    /**
     * {@code e} with the big operator it ends with ({@code \sum_i}, {@code \frac{1}{n}\sum_i},
     * {@code \max_{j \neq i}}), written with nothing after it, given {@code body}; null if it ends otherwise.
     */
    private static Expr withBody(Expr e, Expr body) {
        if (e instanceof Expr.Sym s && ProductChain.isBigOperator(s)) {
            return new Expr.BigOp(s.span().to(body.span()), ProductChain.withoutForall(s), body);
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.JUXTAPOSE) {
            Expr right = withBody(b.right(), body);
            return right == null ? null : new Expr.Binary(b.span().to(right.span()), b.opSpan(), b.op(), b.left(), right);
        }
        return null;
    }

    private Expr multiplicative(EqParser.MultiplicativeContext ctx) {
        List<ProductChain.Link> links = new ArrayList<>();
        links.add(new ProductChain.Link(null, null, signed(ctx.signed())));
        for (EqParser.MulTailContext tail : ctx.mulTail()) {
            if (tail instanceof EqParser.ExplicitProductContext e) {
                Token op = e.mulOp().getStart();
                links.add(new ProductChain.Link(mulOp(op), span(op), signed(e.signed())));
            } else if (tail instanceof EqParser.ImplicitProductContext i) {
                links.add(new ProductChain.Link(null, null, postfix(i.postfix())));
            } else {
                throw new AssertionError(tail.getClass());
            }
        }
        return chains.fold(links);
    }

    private static BinaryOp mulOp(Token t) {
        return switch (t.getType()) {
            case EqLexer.STAR, EqLexer.CDOT -> BinaryOp.DOT;
            case EqLexer.TIMES -> BinaryOp.CROSS;
            case EqLexer.HADAMARD -> BinaryOp.HADAMARD;
            case EqLexer.SLASH, EqLexer.OSLASH -> BinaryOp.DIV;
            case EqLexer.DOUBLE_VBAR, EqLexer.NORM -> BinaryOp.CONCAT;
            case EqLexer.CUP -> BinaryOp.UNION;
            case EqLexer.BMOD -> BinaryOp.MOD;
            default -> throw new AssertionError("product operator " + t.getText());
        };
    }

    private Expr signed(EqParser.SignedContext ctx) {
        if (ctx instanceof EqParser.SignedFactorContext s) {
            Expr operand = signed(s.signed());
            UnaryOp op = s.sign.getType() == EqLexer.MINUS ? UnaryOp.NEG : UnaryOp.PLUS;
            return new Expr.Unary(span(s), span(s.sign), op, operand);
        }
        if (ctx instanceof EqParser.UnsignedFactorContext u) {
            return postfix(u.postfix());
        }
        throw new AssertionError(ctx.getClass());
    }

    /** The subscripts that make single bars a norm: {@code |x|_1}, {@code |x|_2}, {@code |x|_\infty}. */
    private static final java.util.Set<String> NORM_ORDERS = java.util.Set.of("1", "2", "\\infty");

    private Expr postfix(EqParser.PostfixContext ctx) {
        Expr result = atom(ctx.atom());
        for (EqParser.SuffixContext suffix : ctx.suffix()) {
            Span whole = result.span().to(span(suffix));
            if (suffix instanceof EqParser.SubscriptSuffixContext || suffix instanceof EqParser.RestrictionSuffixContext) {
                // f|_{x = a} (a restriction) reads as a subscript of f.
                Script sub = script(suffix instanceof EqParser.SubscriptSuffixContext s ? s.script()
                        : ((EqParser.RestrictionSuffixContext) suffix).script());
                if (result instanceof Expr.Sym sym && sym.sub() == null && sym.sup() == null) {
                    result = sym.withScripts(whole, sub, null, sym.primes());
                } else if (result instanceof Expr.Sym sym && sym.sub() == null) {
                    result = sym.withScripts(whole, sub, sym.sup(), sym.primes());
                } else if (result instanceof Expr.Abs abs && NORM_ORDERS.contains(sub.key())) {
                    // |x|_1, |x|_2, |x|_\infty: a norm written with single bars (Zou & Hastie's |\beta|_1).
                    result = new Expr.Subscripted(whole, new Expr.Norm(abs.span(), abs.operand()), sub);
                } else {
                    result = new Expr.Subscripted(whole, result, sub);
                }
            } else if (suffix instanceof EqParser.SuperscriptSuffixContext s && primes(s.script()) > 0
                    && result instanceof Expr.Sym sym && sym.sup() == null) {
                // n_h^{'} and x^{\prime}: primes written as a superscript are primes, part of the name.
                result = sym.withScripts(whole, sym.sub(), null, sym.primes() + primes(s.script()));
            } else if (suffix instanceof EqParser.SuperscriptSuffixContext s) {
                Script sup = script(s.script(), false);
                Expr.Binary labelled = sup.isSingle() && sup.single() instanceof Expr.Binary lb
                        && lb.op() == BinaryOp.JUXTAPOSE && lb.left() instanceof Expr.Group g
                        && (g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN
                                || g.bracket() == dev.eqc.compiler.ast.Bracket.SQUARE) && g.items().size() == 1
                        && lb.right() instanceof Expr.Sym mark
                        && Script.TRANSPOSE_MARKS.contains(text.substring(mark.span().start(), mark.span().end()).strip())
                        ? lb : null;
                if (labelled != null && result instanceof Expr.Sym sym && sym.sup() == null) {
                    // Molnar's \mathbf{x}^{(i) T}, x^{(i)T}: the example's label, then a transpose (as x^{(i)\top}); and
                    // deeplearning.ai's layer label A^{[l-1] T} (Ng's dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1] T}).
                    Expr.Group label = (Expr.Group) labelled.left();
                    Script named = new Script(label.span(), List.of(label),
                            text.substring(label.span().start(), label.span().end()).replaceAll("\\s+", ""));
                    Expr.Sym mark = (Expr.Sym) labelled.right();
                    Script transpose = new Script(mark.span(), List.of(mark),
                            text.substring(mark.span().start(), mark.span().end()).strip());
                    result = new Expr.Power(whole, sym.withScripts(new Span(whole.start(), label.span().end()),
                            sym.sub(), named, sym.primes()), transpose);
                } else if (result instanceof Expr.Sym sym && sym.sup() == null) {
                    result = sym.withScripts(whole, sym.sub(), sup, sym.primes());
                } else {
                    result = new Expr.Power(whole, result, sup);
                }
            } else if (suffix instanceof EqParser.PrimeSuffixContext) {
                if (result instanceof Expr.Sym sym && sym.sup() == null) {
                    result = sym.withScripts(whole, sym.sub(), null, sym.primes() + 1);
                } else {
                    result = new Expr.Factorial(whole, result);
                }
            } else if (suffix instanceof EqParser.BangSuffixContext) {
                result = new Expr.Factorial(whole, result);
            } else {
                throw new AssertionError(suffix.getClass());
            }
        }
        return capitalGreekOperator(result);
    }

    /**
     * {@code \Pi_{s=1}^{t} \alpha_s} (The Annotated Diffusion Model), {@code \Sigma_{i=1}^{n} x_i}: a capital Greek
     * letter with a range {@code s = 1} below and a limit above is the product or sum it prints as, since a name
     * (a covariance, a projection) never carries an equation in its subscript; anything else stays a name.
     */
    private static Expr capitalGreekOperator(Expr e) {
        if (e instanceof Expr.Sym s && s.kind() == SymKind.COMMAND && (s.base().equals("\\Pi") || s.base().equals("\\Sigma"))
                && s.sub() != null && s.sup() != null && s.primes() == 0 && s.accent() == null && s.sub().isSingle()
                && s.sub().single() instanceof Expr.Relation r && r.op() == RelOp.EQ && r.left() instanceof Expr.Sym) {
            return new Expr.Sym(s.span(), SymKind.COMMAND, s.base().equals("\\Pi") ? "\\prod" : "\\sum", null, s.sub(),
                    s.sup(), 0);
        }
        return e;
    }

    /** The number of primes a superscript is made of ({@code {'}}, {@code {''}}, {@code \prime}), or 0. */
    private static int primes(EqParser.ScriptContext ctx) {
        if (ctx instanceof EqParser.PrimeScriptContext p) {
            return p.PRIME().size();
        }
        int n = 0;
        List<org.antlr.v4.runtime.tree.ParseTree> leaves = new ArrayList<>();
        collectLeaves(ctx, leaves);
        for (org.antlr.v4.runtime.tree.ParseTree leaf : leaves) {
            String t = leaf.getText();
            if (t.equals("\\prime")) {
                n++;
            } else if (!t.equals("{") && !t.equals("}")) {
                return 0;
            }
        }
        return n;
    }

    private static void collectLeaves(org.antlr.v4.runtime.tree.ParseTree t, List<org.antlr.v4.runtime.tree.ParseTree> out) {
        if (t instanceof org.antlr.v4.runtime.tree.TerminalNode) {
            out.add(t);
        }
        for (int i = 0; i < t.getChildCount(); i++) {
            collectLeaves(t.getChild(i), out);
        }
    }

    private Script script(EqParser.ScriptContext ctx) {
        return script(ctx, true);
    }

    /**
     * A script; {@code subscript} says whether a juxtaposition of letters beside a subscripted name splits into
     * items ({@code s_{i y_i}}), which only a subscript does: {@code n^{s z_i}} (Scalable-Softmax) is one product.
     */
    private Script script(EqParser.ScriptContext ctx, boolean subscript) {
        if (ctx instanceof EqParser.GroupScriptContext g) {
            List<Expr> items = g.exprList() == null ? List.of() : exprList(g.exprList());
            if (subscript && items.size() == 1 && selectionByElement(items.get(0))) {
                // s_{i y_i}, \theta_{j y_i}: an index beside an element of another tensor (a class label) is two
                // subscript items, as `s_{i, y_i}`.
                List<Expr> factors = new ArrayList<>();
                juxtaposed(items.get(0), factors);
                items = factors;
            }
            return new Script(span(g), items, ScriptKey.ofGroup(g));
        }
        if (ctx instanceof EqParser.AtomScriptContext a) {
            return new Script(span(a), List.of(atom(a.atom())), ScriptKey.of(a));
        }
        if (ctx instanceof EqParser.MarkedScriptContext m) {
            // R^{T,+}, \theta^{(t), -}: a list whose items may be bare marks.
            List<Expr> items = new ArrayList<>();
            for (EqParser.ScriptItemContext item : m.scriptItem()) {
                if (item.bound != null) {
                    // o_{i,<t}: the bound and its relation are one mark, `<t`, as `+` is in R^{T,+}.
                    String mark = item.getText().replaceAll("\\s+", "");
                    items.add(new Expr.Sym(span(item), SymKind.COMMAND, mark, null, null, null, 0));
                    continue;
                }
                items.add(item.relation() != null ? relation(item.relation())
                        : new Expr.Sym(span(item.sign), SymKind.COMMAND, item.sign.getText(), null, null, null, 0));
            }
            return new Script(span(m), items, ScriptKey.ofGroup(m));
        }
        if (ctx instanceof EqParser.StarScriptContext st) {
            // X_{*i}: column i, the same as X_{:,i}.
            Expr all = new Expr.Sym(span(st.STAR().getSymbol()), SymKind.COMMAND, "*", null, null, null, 0);
            return new Script(span(st), List.of(all, relation(st.relation())), ScriptKey.ofGroup(st));
        }
        if (ctx instanceof EqParser.StarsScriptContext st) {
            // k_{**} (Rasmussen & Williams' k(x_*, x_*)): a mark of several stars, part of the name like x^*.
            String stars = "*".repeat(st.STAR().size());
            Expr.Sym mark = new Expr.Sym(span(st), SymKind.COMMAND, stars, null, null, null, 0);
            return new Script(span(st), List.of(mark), stars);
        }
        if (ctx instanceof EqParser.PrimeScriptContext p) {
            // A prime superscript on something that is not a name (rare): kept as a mark.
            Expr.Sym mark = new Expr.Sym(span(p), SymKind.COMMAND, "'".repeat(p.PRIME().size()), null, null, null, 0);
            return new Script(span(p), List.of(mark), mark.base());
        }
        if (ctx instanceof EqParser.SignScriptContext sign) {
            // x^*, \theta^{-}, I_+: the sign is a mark that is part of the name.
            Expr mark = new Expr.Sym(span(sign.sign), SymKind.COMMAND, sign.sign.getText(), null, null, null, 0);
            return new Script(span(sign), List.of(mark), sign.sign.getText());
        }
        throw new AssertionError(ctx.getClass());
    }

    /**
     * A juxtaposition of bare letters and at least one name subscripted by bare letters ({@code i y_i}): read in a
     * subscript as separate items.
     */
    private static boolean selectionByElement(Expr e) {
        List<Expr> factors = new ArrayList<>();
        juxtaposed(e, factors);
        if (factors.size() < 2) {
            return false;
        }
        boolean element = false;
        for (Expr f : factors) {
            if (!(f instanceof Expr.Sym s) || s.sup() != null || s.accent() != null || s.primes() != 0
                    || s.kind() != SymKind.LETTERS && s.kind() != SymKind.COMMAND) {
                return false;
            }
            if (s.sub() != null) {
                if (!s.sub().items().stream().allMatch(i -> i instanceof Expr.Sym l && l.bare()
                        && l.kind() == SymKind.LETTERS)) {
                    return false;
                }
                element = true;
            }
        }
        return element;
    }

    private static void juxtaposed(Expr e, List<Expr> out) {
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.JUXTAPOSE) {
            juxtaposed(b.left(), out);
            juxtaposed(b.right(), out);
        } else {
            out.add(e);
        }
    }

    private List<Expr> exprList(EqParser.ExprListContext ctx) {
        List<Expr> items = new ArrayList<>();
        for (EqParser.RelationContext r : ctx.relation()) {
            items.add(relation(r));
        }
        return items;
    }

    private Expr atom(EqParser.AtomContext ctx) {
        Span span = span(ctx);
        if (ctx instanceof EqParser.NumberAtomContext n) {
            return new Expr.Num(span, n.NUMBER().getText());
        }
        if (ctx instanceof EqParser.LetterAtomContext l) {
            return new Expr.Sym(span, SymKind.LETTERS, l.LETTER().getText(), null, null, null, 0);
        }
        if (ctx instanceof EqParser.CommandAtomContext c) {
            return new Expr.Sym(span, SymKind.COMMAND, c.COMMAND().getText(), null, null, null, 0);
        }
        if (ctx instanceof EqParser.TextNameAtomContext t) {
            Expr.Sym scripted = wordWithInnerSubscript(span, t.textContent());
            return scripted != null ? scripted
                    : new Expr.Sym(span, SymKind.WORD, content(t.textContent()), null, null, null, 0);
        }
        if (ctx instanceof EqParser.OldTextAtomContext t) {
            // {\rm margin} (PyTorch's TripletMarginLoss): plain TeX's switch, as \mathrm{margin}.
            return new Expr.Sym(span, SymKind.WORD, content(t.textContent()), null, null, null, 0);
        }
        if (ctx instanceof EqParser.OldTextSwitchAtomContext t) {
            // D_{\rm KL}: the switch applies to the rest of its group, here the subscript's braces.
            return new Expr.Sym(span, SymKind.WORD, content(t.textContent()), null, null, null, 0);
        }
        if (ctx instanceof EqParser.OldStyleAtomContext s) {
            // {\bf x}_i: plain TeX's bold switch, as \mathbf{x}_i (the name's span covers the braces).
            Expr inner = relation(s.relation());
            return inner instanceof Expr.Sym sym ? sym.withScripts(span, sym.sub(), sym.sup(), sym.primes()) : inner;
        }
        if (ctx instanceof EqParser.TextLetterAtomContext t) {
            // x^{\mathsf T}, \mathrm d x: a one-letter word written without braces.
            return new Expr.Sym(span, SymKind.WORD, t.letter.getText(), null, null, null, 0);
        }
        if (ctx instanceof EqParser.FontAtomContext f) {
            return new Expr.Sym(span, fontKind(f.FONT().getText()), f.letter.getText(), null, null, null, 0);
        }
        if (ctx instanceof EqParser.StyleAtomContext s) {
            // \mathbf{u}_c: the name's span covers the style, so its scripts follow the whole atom
            // (a span that began at `u` made the printed name `u}_c`).
            Expr inner = arg(s.arg());
            if (inner instanceof Expr.Num one && one.text().equals("1")) {
                // \mathbf{1}, \boldsymbol{1}: the ones vector (or an indicator before a bracket), like \mathbb{1}.
                return new Expr.Sym(span, SymKind.BB, "1", null, null, null, 0);
            }
            return inner instanceof Expr.Sym sym ? sym.withScripts(span, sym.sub(), sym.sup(), sym.primes()) : inner;
        }
        if (ctx instanceof EqParser.AccentAtomContext a) {
            return accent(span, a);
        }
        if (ctx instanceof EqParser.FracAtomContext f) {
            return new Expr.Frac(span, arg(f.num), arg(f.den));
        }
        if (ctx instanceof EqParser.BinomAtomContext b) {
            // \binom{K}{2}: the binomial coefficient, a call of `\binom` on its two arguments.
            Span command = span(b.BINOM().getSymbol());
            Expr top = arg(b.top);
            Expr bottom = arg(b.bottom);
            return new Expr.Apply(span, new Expr.Sym(command, SymKind.COMMAND, "\\binom", null, null, null, 0),
                    List.of(top, bottom), new Span(top.span().start(), bottom.span().end()));
        }
        if (ctx instanceof EqParser.SqrtAtomContext s) {
            return new Expr.Root(span, s.degree == null ? null : expr(s.degree), arg(s.radicand));
        }
        if (ctx instanceof EqParser.UnderEAtomContext u) {
            // OpenAI Spinning Up's site macro for the expectation, `underE{s,a \sim \pi_{\theta_k}}{…}`: the
            // underset E with the body in square brackets, as the pages render it. Names listed before the last one's
            // draw are drawn with it, as (s, a) \sim \pi. Was E0102.
            List<Expr> drawn = exprList(u.drawn);
            Expr under = drawn.get(drawn.size() - 1);
            if (drawn.size() > 1 && under instanceof Expr.Relation r) {
                List<Expr> names = new ArrayList<>(drawn.subList(0, drawn.size() - 1));
                names.add(r.left());
                Span tuple = drawn.get(0).span().to(r.left().span());
                under = new Expr.Relation(span(u.drawn), r.opSpan(), r.op(), new Expr.Group(tuple, Bracket.PAREN, names),
                        r.right());
            }
            Span mark = span(u.UNDER_E().getSymbol());
            Expr e = new Expr.Sym(mark, SymKind.WORD, "E", null, null, null, 0);
            Expr body = arg(u.body);
            return new Expr.Binary(span, new Span(mark.end(), mark.end()), BinaryOp.JUXTAPOSE,
                    new Expr.Underset(mark.to(span(u.drawn)), under, e),
                    new Expr.Group(span(u.body), Bracket.SQUARE, List.of(body)));
        }
        if (ctx instanceof EqParser.UndersetAtomContext u) {
            Expr under = arg(u.under);
            Expr over = arg(u.over);
            String word = over instanceof Expr.Sym w && w.bare() && (w.kind() == SymKind.WORD || w.kind() == SymKind.COMMAND)
                    ? w.base().replaceAll("\\\\[,;: !]|\\s", "").replace("\\", "").toLowerCase(java.util.Locale.ROOT) : "";
            if (under != null && (word.equals("argmax") || word.equals("argmin") || word.equals("max")
                    || word.equals("min"))) {
                // an operator name with x set under it (GP-UCB, Settles): the operator with x in its subscript
                return new Expr.Sym(span, SymKind.COMMAND, "\\" + word, null,
                        new Script(span(u.under), List.of(under), ScriptKey.of(u.under)), null, 0);
            }
            return new Expr.Underset(span, under, over);
        }
        if (ctx instanceof EqParser.BraceNoteAtomContext b) {
            // An under- or over-brace: the label is commentary; the body keeps its grouping.
            Expr body = arg(b.body);
            return body instanceof Expr.Sym || body instanceof Expr.Num || body instanceof Expr.Group
                    ? body : new Expr.Group(span, Bracket.PAREN, List.of(body));
        }
        if (ctx instanceof EqParser.ParenAtomContext p) {
            return new Expr.Group(span, Bracket.PAREN, exprList(p.exprList()));
        }
        if (ctx instanceof EqParser.BracketAtomContext b) {
            return new Expr.Group(span, Bracket.SQUARE, exprList(b.exprList()));
        }
        if (ctx instanceof EqParser.OpenClosedAtomContext i) {
            return new Expr.Group(span, Bracket.OPEN_CLOSED, List.of(relation(i.lo), relation(i.hi)));
        }
        if (ctx instanceof EqParser.ClosedOpenAtomContext i) {
            return new Expr.Group(span, Bracket.CLOSED_OPEN, List.of(relation(i.lo), relation(i.hi)));
        }
        if (ctx instanceof EqParser.BraceAtomContext b) {
            List<Expr> items = b.exprList() == null ? List.of() : exprList(b.exprList());
            return items.size() == 1 ? items.get(0) : new Expr.Group(span, Bracket.BRACE, items);
        }
        if (ctx instanceof EqParser.SetBraceAtomContext s) {
            return new Expr.Group(span, Bracket.SET, exprList(s.exprList()));
        }
        if (ctx instanceof EqParser.CasesAtomContext c) {
            return cases(span, c);
        }
        if (ctx instanceof EqParser.MatrixAtomContext m) {
            List<List<Expr>> rows = new ArrayList<>();
            for (EqParser.MatrixRowContext row : m.matrixRow()) {
                List<Expr> cells = new ArrayList<>();
                row.relation().forEach(r -> cells.add(relation(r)));
                rows.add(cells);
            }
            String begin = m.MATRIX_BEGIN().getText();
            String environment = begin.substring(begin.indexOf('{') + 1, begin.indexOf('}'));
            return new Expr.Matrix(span, environment, rows);
        }
        if (ctx instanceof EqParser.AbsAtomContext a) {
            Expr operand = expr(a.expr());
            if (operand instanceof Expr.Abs inner) {
                // ||x|| typed with plain bars: the norm, as \|x\| (the absolute value of an absolute value is
                // never what a paper writes).
                return new Expr.Norm(span, inner.operand());
            }
            return new Expr.Abs(span, operand);
        }
        if (ctx instanceof EqParser.AngleAtomContext a) {
            // <u, v>: the inner product, \mathrm{sum}(u \odot v) along the last axis (row by row for matrices);
            // <h, r, t>, DistMult's trilinear product (and any multilinear one), \mathrm{sum}(h \odot r \odot t).
            List<Expr> items = exprList(a.exprList());
            Expr.Sym sum = new Expr.Sym(span(a.LANGLE().getSymbol()), SymKind.WORD, "sum", null, null, null, 0);
            if (items.size() < 2) {
                return new Expr.Apply(span, sum, items, span);
            }
            Expr product = items.get(0);
            for (Expr next : items.subList(1, items.size())) {
                product = new Expr.Binary(span, span(a.LANGLE().getSymbol()), BinaryOp.HADAMARD, product, next);
            }
            return new Expr.Apply(span, sum, List.of(product), span);
        }
        if (ctx instanceof EqParser.FloorAtomContext f) {
            return new Expr.Apply(span, new Expr.Sym(span(f.LFLOOR().getSymbol()), SymKind.WORD, "floor", null, null,
                    null, 0), List.of(expr(f.expr())), span);
        }
        if (ctx instanceof EqParser.RoundAtomContext r) {
            // \lfloor x \rceil (LLM.int8(), LSQ, quantisation papers): rounding to the nearest integer.
            return new Expr.Apply(span, new Expr.Sym(span(r.LFLOOR().getSymbol()), SymKind.WORD, "round", null, null,
                    null, 0), List.of(expr(r.expr())), span);
        }
        if (ctx instanceof EqParser.CeilAtomContext c) {
            return new Expr.Apply(span, new Expr.Sym(span(c.LCEIL().getSymbol()), SymKind.WORD, "ceil", null, null,
                    null, 0), List.of(expr(c.expr())), span);
        }
        if (ctx instanceof EqParser.NormAtomContext n) {
            return new Expr.Norm(span, expr(n.expr()));
        }
        if (ctx instanceof EqParser.PlaceholderAtomContext p) {
            String text = p.getStart().getType() == EqLexer.ELLIPSIS ? "\\dots" : p.getStart().getText();
            return new Expr.Sym(span, SymKind.COMMAND, text.equals(".") ? "\\cdot" : text, null, null, null, 0);
        }
        throw new AssertionError(ctx.getClass());
    }

    private Expr accent(Span span, EqParser.AccentAtomContext a) {
        Expr inner = arg(a.arg());
        String accent = a.ACCENT().getText().substring(1).replace("wide", "").replace("overline", "bar");
        if (inner instanceof Expr.Sym sym && sym.accent() == null) {
            return new Expr.Sym(span, sym.kind(), sym.base(), accent, sym.sub(), sym.sup(), sym.primes());
        }
        if (inner instanceof Expr.Sym sym && sym.sub() == null && sym.sup() == null && sym.primes() == 0) {
            // \hat{\tilde{\mathbf{A}}} (APPNP's normalised adjacency with self-loops): accents on accents are one name.
            return new Expr.Sym(span, sym.kind(), sym.base(), accent + "_" + sym.accent(), null, null, 0);
        }
        // An accent over an expression (\bar{x + y}) keeps the expression; resolution reports it.
        return new Expr.Apply(span, new Expr.Sym(span(a.ACCENT().getSymbol()), SymKind.COMMAND,
                a.ACCENT().getText(), null, null, null, 0), List.of(inner), inner.span());
    }

    private Expr cases(Span span, EqParser.CasesAtomContext c) {
        List<Expr.Case> rows = new ArrayList<>();
        for (EqParser.CasesRowContext row : c.casesRow()) {
            Expr value = relation(row.value);
            Expr condition = null;
            if (row.condition != null && !row.condition.relation().isEmpty()) {
                condition = relation(row.condition.relation(0));
                for (int i = 1; i < row.condition.relation().size(); i++) {
                    Expr next = relation(row.condition.relation(i));
                    condition = new Expr.Binary(condition.span().to(next.span()), next.span(),
                            BinaryOp.HADAMARD, condition, next);
                }
            }
            rows.add(new Expr.Case(span(row), value, condition));
        }
        return new Expr.Cases(span, rows);
    }

    private Expr arg(EqParser.ArgContext ctx) {
        if (ctx instanceof EqParser.GroupArgContext g) {
            return relation(g.relation());
        }
        if (ctx instanceof EqParser.AtomArgContext a) {
            return atom(a.atom());
        }
        throw new AssertionError(ctx.getClass());
    }

    private static SymKind fontKind(String command) {
        return switch (command) {
            case "\\mathcal" -> SymKind.CAL;
            case "\\mathbb" -> SymKind.BB;
            case "\\mathscr" -> SymKind.SCR;
            case "\\mathfrak" -> SymKind.FRAK;
            default -> throw new AssertionError(command);
        };
    }

    private static final java.util.regex.Pattern INNER_SUBSCRIPT =
            java.util.regex.Pattern.compile("([A-Za-z]{2,})_(?:([A-Za-z0-9])|\\{([A-Za-z]|[0-9]+)\\})");

    /**
     * {@code \mathrm{head_i}}, {@code \mathrm{head_1}} (The Annotated Transformer): a word whose one-letter or number
     * subscript is written inside the braces prints as {@code \mathrm{head}_i}, and is that name; null for others.
     */
    private Expr.Sym wordWithInnerSubscript(Span span, EqParser.TextContentContext ctx) {
        java.util.regex.Matcher m = INNER_SUBSCRIPT.matcher(content(ctx));
        if (!m.matches() || ctx.getStart() == null) {
            return null;
        }
        String index = m.group(2) != null ? m.group(2) : m.group(3);
        int at = text.indexOf(index, text.indexOf('_', ctx.getStart().getStartIndex()));
        Span indexSpan = new Span(at, at + index.length());
        Expr item = Character.isDigit(index.charAt(0)) ? new Expr.Num(indexSpan, index)
                : new Expr.Sym(indexSpan, SymKind.LETTERS, index, null, null, null, 0);
        return new Expr.Sym(span, SymKind.WORD, m.group(1), null, new Script(indexSpan, List.of(item), index), null, 0);
    }

    private String content(EqParser.TextContentContext ctx) {
        if (ctx.getStart() == null || ctx.getStop() == null || ctx.getStop().getTokenIndex() < ctx.getStart().getTokenIndex()) {
            return "";
        }
        return text.substring(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex() + 1).strip();
    }

    private static Span span(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        int begin = SizedDelimiters.start(start); // from \left, not from the ( after it
        int end = stop == null || stop.getStopIndex() < begin ? begin : stop.getStopIndex() + 1;
        return new Span(begin, end);
    }

    private static Span span(Token t) {
        return StatementSplitter.span(t);
    }
}
