package dev.eqc.compiler.parse;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds a product from its factors as written, TeX-style: adjacent plain letters form a
 * run ({@code QK}, {@code pos}, {@code softmax}); a name directly followed by a parenthesised
 * group is an application (resolution decides call or product); a function command such as
 * {@code \exp} or {@code \log} applies to the factor after it; a big operator
 * ({@code \sum_j}, {@code \max_i}) takes the rest of the product as its body.
 */
public final class ProductChain {
    /** One factor and the operator written before it ({@code null} for juxtaposition). */
    record Link(BinaryOp op, Span opSpan, Expr factor) {}

    static final Set<String> BIG_OPERATORS = Set.of("\\sum", "\\prod");
    static final Set<String> REDUCING_WITH_SUBSCRIPT = Set.of("\\max", "\\min", "\\argmax", "\\argmin", "\\sup", "\\inf");
    static final Set<String> FUNCTION_COMMANDS = Set.of(
            "\\exp", "\\log", "\\ln", "\\lg", "\\sin", "\\cos", "\\tan", "\\sinh", "\\cosh", "\\tanh",
            "\\arcsin", "\\arccos", "\\arctan", "\\max", "\\min", "\\det", "\\sup", "\\inf", "\\argmax", "\\argmin");

    private final String text;

    ProductChain(String text) {
        this.text = text;
    }

    Expr fold(List<Link> written) {
        if (written.size() > 1 && written.get(0).factor() instanceof Expr.Unary u && u.operand() instanceof Expr.Sym first
                && first.kind() == SymKind.LETTERS && first.bare() && first.base().length() == 1
                && written.get(1).op() == null && written.get(1).factor() instanceof Expr.Sym next
                && next.kind() == SymKind.LETTERS && next.span().start() == first.span().end()) {
            // TensorFlow's docstring `log(1 + exp(-abs(x)))`: the sign is written before a word (`-abs(x)`, `-log(p)`),
            // so it negates the whole product and the letters stay one run. It bound the first letter alone, `(-a)`
            // times `bs(x)` (E0192 for bs). A product's value is the same either way.
            List<Link> unsigned = new ArrayList<>(written);
            unsigned.set(0, new Link(null, null, first));
            Expr product = fold(unsigned);
            return new Expr.Unary(u.span().to(product.span()), u.opSpan(), u.op(), product);
        }
        for (int k = written.size() - 1; k > 0; k--) {
            if (written.get(k).op() == BinaryOp.CONCAT) {
                // [\mathbf{W}\vec{h}_i \| \mathbf{W}\vec{h}_j] (GAT): concatenation joins whole products, as
                // papers print it, never one factor of each.
                Expr left = fold(written.subList(0, k));
                List<Link> rest = new ArrayList<>(written.subList(k, written.size()));
                rest.set(0, new Link(null, null, rest.get(0).factor()));
                Expr right = fold(rest);
                return new Expr.Binary(left.span().to(right.span()), written.get(k).opSpan(), BinaryOp.CONCAT, left,
                        right);
            }
        }
        List<Link> links = mergeLetterRuns(mergeLetterDigits(mergeBracketNames(mergeScientific(written))));
        links = attachArguments(links);
        links = applyOperators(links);
        links = coefficientDivisors(links);
        links = hadamardOperands(links);
        links = dotOperands(links);
        Expr result = links.get(0).factor();
        for (int i = 1; i < links.size(); i++) {
            Link link = links.get(i);
            Expr right = link.factor();
            BinaryOp op = link.op() == null ? BinaryOp.JUXTAPOSE : link.op();
            // Juxtaposition has no operator token: an empty span marks it.
            Span opSpan = link.opSpan() != null ? link.opSpan()
                    : new Span(right.span().start(), right.span().start());
            result = new Expr.Binary(result.span().to(right.span()), opSpan, op, result, right);
        }
        return result;
    }

    /**
     * {@code x / 2\sigma^2}: a number right after {@code /} followed by a name is that name's coefficient,
     * and the divisor is both ({@code x / (2\sigma^2)}), as papers print the Gaussian kernel and density
     * inline. Resolution warns (W0102) where it reads one. {@code \lambda / 2 \|w\|^2} (a number before
     * anything but a name) stays {@code (\lambda / 2) \|w\|^2}.
     */
    private static List<Link> coefficientDivisors(List<Link> links) {
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (link.op() == BinaryOp.DIV && link.factor() instanceof Expr.Num n && i + 1 < links.size()
                    && links.get(i + 1).op() == null && links.get(i + 1).factor() instanceof Expr.Sym name) {
                Expr divisor = new Expr.Binary(n.span().to(name.span()), new Span(name.span().start(),
                        name.span().start()), BinaryOp.JUXTAPOSE, n, name);
                out.add(new Link(link.op(), link.opSpan(), divisor));
                i++;
                continue;
            }
            if (link.op() == BinaryOp.DIV && transposed(link.factor()) && i + 1 < links.size()
                    && links.get(i + 1).op() == null && !(links.get(i + 1).factor() instanceof Expr.BigOp)) {
                // \hat{V}_t = R_t C_t / 1_n^\top R_t (Adafactor): a transposed factor after `/` starts an inner
                // product, and the divisor is all of it; resolution warns (W0102).
                Expr divisor = link.factor();
                while (i + 1 < links.size() && links.get(i + 1).op() == null
                        && !(links.get(i + 1).factor() instanceof Expr.BigOp)) {
                    Expr next = links.get(i + 1).factor();
                    divisor = new Expr.Binary(divisor.span().to(next.span()), new Span(next.span().start(),
                            next.span().start()), BinaryOp.JUXTAPOSE, divisor, next);
                    i++;
                }
                out.add(new Link(link.op(), link.opSpan(), divisor));
                continue;
            }
            if (link.op() == BinaryOp.DIV && link.factor() instanceof Expr.Norm first && i + 1 < links.size()
                    && links.get(i + 1).op() == null && links.get(i + 1).factor() instanceof Expr.Norm) {
                // u^\top v / \|u\| \|v\|: the divisor is the product of the norms, as papers print the cosine
                // similarity inline (SimCLR's sim(u, v)); resolution warns (W0102).
                Expr divisor = first;
                while (i + 1 < links.size() && links.get(i + 1).op() == null
                        && links.get(i + 1).factor() instanceof Expr.Norm next) {
                    divisor = new Expr.Binary(divisor.span().to(next.span()), new Span(next.span().start(),
                            next.span().start()), BinaryOp.JUXTAPOSE, divisor, next);
                    i++;
                }
                out.add(new Link(link.op(), link.opSpan(), divisor));
                continue;
            }
            out.add(link);
        }
        return out;
    }

    /** {@code u^\top}, {@code 1_n^\top}, {@code (a + b)^T}: a factor written with a transpose mark. */
    private static boolean transposed(Expr e) {
        return e instanceof Expr.Power p && p.exponent().isTranspose()
                || e instanceof Expr.Sym s && s.sup() != null && s.sup().isTranspose();
    }

    /**
     * {@code \sigma(xW_1) \otimes x V}: the factors written side by side after an element-wise product are
     * its right operand, {@code \sigma(xW_1) \odot (xV)}, as GLU papers mean; juxtaposition binds tighter
     * than {@code \odot}, {@code \circ}, {@code \otimes}.
     */
    private List<Link> hadamardOperands(List<Link> links) {
        return groupedAfter(links, link -> link.op() == BinaryOp.HADAMARD);
    }

    /**
     * The links whose operator {@code binds} each take the factors written side by side after them as one right
     * operand (juxtaposition binds tighter than that operator).
     */
    private List<Link> groupedAfter(List<Link> links, java.util.function.Predicate<Link> binds) {
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (binds.test(link) && i + 1 < links.size() && links.get(i + 1).op() == null) {
                List<Link> operand = new ArrayList<>();
                operand.add(new Link(null, null, link.factor()));
                while (i + 1 < links.size() && links.get(i + 1).op() == null) {
                    operand.add(links.get(++i));
                }
                out.add(new Link(link.op(), link.opSpan(), foldPlain(operand)));
                continue;
            }
            out.add(link);
        }
        return out;
    }

    /**
     * {@code Q h_i \cdot K h_j} (the graph transformer's attention score, Dwivedi & Bresson): the factors written
     * side by side after {@code \cdot} are its right operand, {@code (Q h_i) \cdot (K h_j)}; juxtaposition binds
     * tighter than {@code \cdot}, as for {@code \odot}. Read left to right it was {@code ((Q h_i) \cdot K) h_j}, a
     * vector times a matrix and then an element-wise product, silently. For numbers both groupings agree.
     */
    private List<Link> dotOperands(List<Link> links) {
        return groupedAfter(links, link -> link.op() == BinaryOp.DOT && link.opSpan() != null
                && text.substring(link.opSpan().start(), link.opSpan().end()).trim().equals("\\cdot"));
    }

    /**
     * {@code x1}, {@code x2} (PyTorch's documentation: {@code \max(0, -y * (x1 - x2) + \text{margin})}): a letter
     * written directly before a whole number, with no space, is the name with that subscript, {@code x_1}; a
     * product by a number is written with the number first ({@code 2x}).
     */
    private List<Link> mergeLetterDigits(List<Link> links) {
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (i + 1 < links.size() && link.factor() instanceof Expr.Sym letter && letter.kind() == SymKind.LETTERS
                    && letter.bare() && !styled(letter) && links.get(i + 1).op() == null
                    && links.get(i + 1).factor() instanceof Expr.Num n && n.text().matches("[0-9]+")
                    && n.span().start() == letter.span().end()
                    && (i + 2 >= links.size() || links.get(i + 2).op() != null
                        || links.get(i + 2).factor().span().start() != n.span().end())) {
                dev.eqc.compiler.ast.Script sub = new dev.eqc.compiler.ast.Script(n.span(), List.of(n), n.text());
                String base = letter.base().substring(letter.base().length() - 1);
                if (letter.base().length() > 1) {
                    out.add(new Link(link.op(), link.opSpan(), new Expr.Sym(new Span(letter.span().start(),
                            letter.span().end() - 1), SymKind.LETTERS, letter.base().substring(0,
                            letter.base().length() - 1), null, null, null, 0)));
                    link = new Link(null, null, link.factor());
                }
                out.add(new Link(link.op(), link.opSpan(), new Expr.Sym(new Span(letter.span().end() - 1,
                        n.span().end()), SymKind.LETTERS, base, null, sub, null, 0)));
                i++;
                continue;
            }
            out.add(link);
        }
        return out;
    }

    /** {@code 1\mathrm{e}{-5}} and {@code 1\mathrm{e}-5}: a number in scientific notation (SPEC 3.3). */
    private static List<Link> mergeScientific(List<Link> links) {
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (i + 2 < links.size() && link.factor() instanceof Expr.Num mantissa
                    && links.get(i + 1).op() == null && links.get(i + 2).op() == null
                    && links.get(i + 1).factor() instanceof Expr.Sym e && e.kind() == SymKind.WORD
                    && e.base().equals("e") && e.bare()) {
                String exponent = exponentText(links.get(i + 2).factor());
                if (exponent != null) {
                    Expr.Num number = new Expr.Num(mantissa.span().to(links.get(i + 2).factor().span()),
                            mantissa.text() + "e" + exponent);
                    out.add(new Link(link.op(), link.opSpan(), number));
                    i += 2;
                    continue;
                }
            }
            out.add(link);
        }
        return out;
    }

    /**
     * {@code E[g^2]_t}, {@code \mathrm{RMS}[\Delta x]_{t-1}}: a capital letter or a word written
     * directly before a square bracket that carries a subscript is one name, the running
     * quantity the bracket describes (Adadelta's running averages), not a product.
     */
    private List<Link> mergeBracketNames(List<Link> links) {
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (i + 1 < links.size() && links.get(i + 1).op() == null && link.factor() instanceof Expr.Sym head
                    && head.bare() && (head.kind() == SymKind.WORD
                            || (head.kind() == SymKind.LETTERS && head.base().length() == 1
                                    && Character.isUpperCase(head.base().charAt(0))))
                    && links.get(i + 1).factor() instanceof Expr.Subscripted sub
                    && sub.base() instanceof Expr.Group g && g.bracket() == Bracket.SQUARE
                    && g.span().start() == head.span().end()) {
                String inside = text.substring(g.span().start(), g.span().end()).replaceAll("\\s+", "");
                String word = head.base();
                Link first = link;
                Expr.Sym start = head;
                while (head.kind() == SymKind.LETTERS && !out.isEmpty() && first.op() == null
                        && out.get(out.size() - 1).factor() instanceof Expr.Sym before && before.bare()
                        && before.kind() == SymKind.LETTERS && before.base().length() == 1
                        && Character.isUpperCase(before.base().charAt(0)) && before.span().end() == start.span().start()) {
                    // RMS[g]_t in italic capitals (Ruder's Adadelta): the capitals before the bracket are one word,
                    // as \mathrm{RMS}[g]_t is.
                    word = before.base() + word;
                    first = out.remove(out.size() - 1);
                    start = before;
                }
                String base = word + inside;
                out.add(new Link(first.op(), first.opSpan(), new Expr.Sym(start.span().to(sub.span()), SymKind.WORD,
                        base, null, sub.sub(), null, 0)));
                i++;
                continue;
            }
            if (i + 1 < links.size() && links.get(i + 1).op() == null && link.factor() instanceof Expr.Sym delta
                    && delta.kind() == SymKind.COMMAND && delta.base().equals("\\Delta") && delta.bare()
                    && links.get(i + 1).factor() instanceof Expr.Sym var && var.accent() == null
                    && (var.kind() == SymKind.LETTERS && var.base().length() == 1
                            || var.kind() == SymKind.COMMAND && Character.isLowerCase(var.base().charAt(1)))) {
                // \Delta x_t, \Delta\theta: an increment, one name (Adadelta's \Delta x_t).
                out.add(new Link(link.op(), link.opSpan(), new Expr.Sym(delta.span().to(var.span()), SymKind.WORD,
                        "\\Delta " + var.base(), null, var.sub(), var.sup(), var.primes())));
                i++;
                continue;
            }
            out.add(link);
        }
        return out;
    }

    private static String exponentText(Expr e) {
        if (e instanceof Expr.Num n && n.text().matches("[0-9]+")) {
            return n.text();
        }
        if (e instanceof Expr.Unary u && u.operand() instanceof Expr.Num n && n.text().matches("[0-9]+")) {
            return (u.op() == dev.eqc.compiler.ast.UnaryOp.NEG ? "-" : "") + n.text();
        }
        return null;
    }

    /**
     * {@code PE}, {@code xy}: adjacent plain letters form one run (a name, or a product split later). A styled
     * letter ({@code \mathbf{W}\vec{h}_i}, GAT) is a name of its own, never part of a run.
     */
    private List<Link> mergeLetterRuns(List<Link> links) {
        List<Link> out = new ArrayList<>();
        for (int k = 0; k < links.size(); k++) {
            Link link = links.get(k);
            // scikit-learn's explained\_{}variance: an empty group after the underscore typesets nothing
            int after = k + 1;
            int gapEnd = link.factor().span().end();
            if (isEscapedUnderscore(link.factor()) && after < links.size() && links.get(after).op() == null
                    && links.get(after).factor() instanceof Expr.Group empty && empty.items().isEmpty()
                    && empty.bracket() == dev.eqc.compiler.ast.Bracket.BRACE && empty.span().start() == gapEnd) {
                gapEnd = empty.span().end();
                after++;
            }
            if (!out.isEmpty() && link.op() == null && isEscapedUnderscore(link.factor()) && after < links.size()
                    && out.get(out.size() - 1).factor() instanceof Expr.Sym prev && joinable(prev)
                    && prev.span().end() == link.factor().span().start()
                    && links.get(after).op() == null && links.get(after).factor() instanceof Expr.Sym next
                    && next.kind() == SymKind.LETTERS && next.accent() == null && !styled(next)
                    && next.span().start() == gapEnd) {
                // step\_num, max\_iter (Vaswani's Eq. 3, DeepLab's poly rate): letters joined by TeX's escaped
                // underscore are one word, as \mathrm{step\_num} is.
                Link prevLink = out.get(out.size() - 1);
                out.set(out.size() - 1, new Link(prevLink.op(), prevLink.opSpan(), new Expr.Sym(
                        prev.span().to(next.span()), SymKind.WORD, prev.base() + "\\_" + next.base(), null,
                        next.sub(), next.sup(), next.primes())));
                k = after;
                continue;
            }
            if (!out.isEmpty() && link.op() == null && link.factor() instanceof Expr.Sym cur
                    && cur.kind() == SymKind.LETTERS && cur.accent() == null && !styled(cur)
                    && out.get(out.size() - 1).factor() instanceof Expr.Sym prev && prev.kind() == SymKind.WORD
                    && prev.bare() && prev.base().contains("\\_") && !styled(prev)
                    && prev.span().end() == cur.span().start()) {
                Link prevLink = out.get(out.size() - 1);
                out.set(out.size() - 1, new Link(prevLink.op(), prevLink.opSpan(), new Expr.Sym(
                        prev.span().to(cur.span()), SymKind.WORD, prev.base() + cur.base(), null, cur.sub(),
                        cur.sup(), cur.primes())));
                continue;
            }
            if (!out.isEmpty() && link.op() == null && link.factor() instanceof Expr.Sym cur
                    && cur.kind() == SymKind.LETTERS && cur.accent() == null) {
                Link prevLink = out.get(out.size() - 1);
                if (prevLink.factor() instanceof Expr.Sym prev && prev.kind() == SymKind.LETTERS && prev.bare()
                        && prev.span().end() == cur.span().start() && !styled(prev) && !styled(cur)) {
                    Expr.Sym merged = new Expr.Sym(prev.span().to(cur.span()), SymKind.LETTERS,
                            prev.base() + cur.base(), null, cur.sub(), cur.sup(), cur.primes());
                    out.set(out.size() - 1, new Link(prevLink.op(), prevLink.opSpan(), merged));
                    continue;
                }
            }
            out.add(link);
        }
        return out;
    }

    private static boolean isEscapedUnderscore(Expr e) {
        return e instanceof Expr.Sym s && s.kind() == SymKind.COMMAND && s.base().equals("\\_") && s.bare();
    }

    /** A plain letter run, or a word already joined by {@code \\_}, that another {@code \\_} may extend. */
    private boolean joinable(Expr.Sym s) {
        return s.bare() && !styled(s) && (s.kind() == SymKind.LETTERS
                || s.kind() == SymKind.WORD && s.base().contains("\\_"));
    }

    private boolean styled(Expr.Sym s) {
        return s.span().start() < text.length() && text.charAt(s.span().start()) == '\\';
    }

    private static List<Link> attachArguments(List<Link> links) {
        List<Link> out = new ArrayList<>();
        for (Link link : links) {
            if (!out.isEmpty() && link.op() == null && link.factor() instanceof Expr.Group g && g.items().size() == 1
                    && (g.bracket() == Bracket.SQUARE || g.bracket() == Bracket.SET)
                    && isIndicator(out.get(out.size() - 1).factor())) {
                // x \cdot \mathbb{1}[x > 0]: the indicator takes its bracket before any product does.
                Link prevLink = out.get(out.size() - 1);
                Expr callee = prevLink.factor();
                out.set(out.size() - 1, new Link(prevLink.op(), prevLink.opSpan(),
                        new Expr.Apply(callee.span().to(g.span()), callee, g.items(), g.span())));
                continue;
            }
            if (!out.isEmpty() && link.op() == null && innermostParen(link.factor()) != null) {
                Link prevLink = out.get(out.size() - 1);
                if (isCallable(prevLink.factor())) {
                    Expr applied = rewrap(link.factor(), prevLink.factor());
                    out.set(out.size() - 1, new Link(prevLink.op(), prevLink.opSpan(), applied));
                    continue;
                }
                if (prevLink.factor() instanceof Expr.Unary u && isCallable(u.operand())) {
                    // \exp(-d(x, p_y)), -f(x): the sign applies to the call (the grammar gives it to the name alone,
                    // and `(-d)(x, p_y)` was E0104, a function not called).
                    Expr applied = rewrap(link.factor(), u.operand());
                    out.set(out.size() - 1, new Link(prevLink.op(), prevLink.opSpan(),
                            new Expr.Unary(u.span().to(applied.span()), u.opSpan(), u.op(), applied)));
                    continue;
                }
            }
            out.add(link);
        }
        return out;
    }

    /** {@code \mathbb{1}}, {@code \mathbb{I}}: an indicator before a bracket. */
    private static boolean isIndicator(Expr e) {
        return e instanceof Expr.Sym s && s.sup() == null && s.sub() == null
                && (s.kind() == SymKind.BB || s.kind() == SymKind.WORD) && (s.base().equals("1") || s.kind() == SymKind.BB
                && s.base().equals("I"));
    }

    private static boolean isCallable(Expr e) {
        if (e instanceof Expr.Sym s) {
            return !(s.kind() == SymKind.COMMAND && isBigOperator(s));
        }
        return e instanceof Expr.Underset;
    }

    static boolean isBigOperator(Expr.Sym s) {
        return s.kind() == SymKind.COMMAND && (BIG_OPERATORS.contains(s.base())
                || (REDUCING_WITH_SUBSCRIPT.contains(s.base()) && s.sub() != null));
    }

    /**
     * The operator of {@code \sum_{\forall j}} (the non-local block's response over all positions) as
     * {@code \sum_{j}}: "for all" under a big operator names the index it runs over, nothing more.
     */
    static Expr.Sym withoutForall(Expr.Sym op) {
        Script sub = op.sub();
        if (sub == null || !sub.isSingle() || !(sub.single() instanceof Expr.Binary b) || b.op() != BinaryOp.JUXTAPOSE
                || !(b.left() instanceof Expr.Sym all) || !all.base().equals("\\forall") || all.sub() != null
                || all.sup() != null) {
            return op;
        }
        Script index = new Script(b.right().span(), List.of(b.right()),
                sub.key().replaceFirst("^\\\\forall\\s*", ""));
        return op.withScripts(op.span(), index, op.sup(), op.primes());
    }

    /**
     * The parenthesised group at the bottom of scripts, as in {@code (z)_i}; null if none. A
     * {@code \{…\}} group with several items counts too ({@code \max\{a, b\}}).
     */
    private static Expr.Group innermostParen(Expr e) {
        Expr cur = e;
        while (true) {
            if (cur instanceof Expr.Group g) {
                return g.bracket() == Bracket.PAREN || (g.bracket() == Bracket.SET && g.items().size() > 1) ? g : null;
            } else if (cur instanceof Expr.Subscripted s) {
                cur = s.base();
            } else if (cur instanceof Expr.Power p) {
                cur = p.base();
            } else {
                return null;
            }
        }
    }

    /** Rebuilds {@code scripted} with its innermost group replaced by {@code callee(group)}. */
    private static Expr rewrap(Expr scripted, Expr callee) {
        if (scripted instanceof Expr.Group g) {
            return new Expr.Apply(callee.span().to(g.span()), callee, g.items(), g.span());
        } else if (scripted instanceof Expr.Subscripted s) {
            Expr base = rewrap(s.base(), callee);
            return new Expr.Subscripted(base.span().to(s.span()), base, s.sub());
        } else if (scripted instanceof Expr.Power p) {
            Expr base = rewrap(p.base(), callee);
            return new Expr.Power(base.span().to(p.span()), base, p.exponent());
        }
        throw new AssertionError(scripted);
    }

    private List<Link> applyOperators(List<Link> links) {
        List<Link> out = new ArrayList<>(mergeArg(links));
        for (int i = out.size() - 1; i >= 0; i--) {
            Link link = out.get(i);
            Expr.Sym expectation = expectationSym(link.factor());
            if (expectation != null && i + 1 < out.size() && out.get(i + 1).op() == null
                    && !(out.get(i + 1).factor() instanceof Expr.Group)) {
                // \mathbb{E}_{\boldsymbol{z}} \log D(G(\boldsymbol{z})) (Goodfellow's tutorial), \mathbb{E}_{t, q(x_1),
                // p(x_0)} \|…\|^2 (flow matching): an expectation printed without brackets takes the factors after
                // it, as \sum does; the resolver reads it as the bracketed form.
                List<Link> rest = new ArrayList<>(out.subList(i + 1, out.size()));
                rest.set(0, new Link(null, null, rest.get(0).factor()));
                Expr body = foldPlain(rest);
                Expr group = new Expr.Group(body.span(), Bracket.SQUARE, List.of(body));
                Expr applied = replaceOperator(link.factor(), new Expr.Binary(expectation.span().to(body.span()),
                        new Span(body.span().start(), body.span().start()), BinaryOp.JUXTAPOSE, expectation, group));
                out.subList(i, out.size()).clear();
                out.add(new Link(link.op(), link.opSpan(), applied));
                continue;
            }
            Expr.Sym op = operatorSym(link.factor());
            if (op == null) {
                continue;
            }
            if (isBigOperator(op) && i + 1 < out.size()) {
                List<Link> rest = new ArrayList<>(out.subList(i + 1, out.size()));
                rest.set(0, new Link(null, null, rest.get(0).factor()));
                Expr body = foldPlain(rest);
                Expr big = replaceOperator(link.factor(), new Expr.BigOp(op.span().to(body.span()), withoutForall(op), body));
                out.subList(i, out.size()).clear();
                out.add(new Link(link.op(), link.opSpan(), big));
            } else if (!isBigOperator(op) && (FUNCTION_COMMANDS.contains(op.base()) || isWordOperator(op))
                    && i + 1 < out.size() && out.get(i + 1).op() == null) {
                // \sin 2x is sin(2x), \log 2\pi e \sigma^2 is log(2 pi e sigma^2): an analytic function without
                // parentheses takes the juxtaposed factors after it, up to an operator or the next function.
                int end = i + 2;
                // \log \pi_\theta(a_i | s_i) \exp(\frac{1}{\lambda} A(s_i, a_i)) (AWAC): a conditional probability
                // written right after the function is its whole argument; what follows multiplies the logarithm.
                boolean conditional = isConditionalProbability(out.get(i + 1).factor());
                while (ANALYTIC.contains(op.base()) && !conditional && end < out.size() && out.get(end).op() == null
                        && !startsAFactorOfItsOwn(out.get(end).factor())) {
                    end++;
                }
                if (ANALYTIC.contains(op.base()) && end == i + 2 && end < out.size() && out.get(end).op() == null
                        && isReciprocal(out.get(i + 1).factor()) && isSumOrProduct(out.get(end).factor())) {
                    // \log \frac{1}{k} \sum_{i=1}^{k} w_i (IWAE): the reciprocal is the sum's coefficient, and the
                    // logarithm is of their product, the mean (the resolver warns, W0322).
                    end++;
                }
                List<Link> argLinks = new ArrayList<>(out.subList(i + 1, end));
                Expr arg = foldPlain(argLinks);
                Expr applied = replaceOperator(link.factor(),
                        new Expr.Apply(op.span().to(arg.span()), op, List.of(arg), arg.span()));
                out.subList(i + 1, end).clear();
                out.set(i, new Link(link.op(), link.opSpan(), applied));
            }
        }
        return out;
    }

    /** {@code p(y|x)}, {@code \pi_\theta(a_i \mid s_i)}: a name applied to arguments with a condition among them. */
    private static boolean isConditionalProbability(Expr factor) {
        return factor instanceof Expr.Apply a && a.callee() instanceof Expr.Sym s && s.kind() != SymKind.WORD
                && a.args().stream().anyMatch(x -> x instanceof Expr.Relation r && r.op() == dev.eqc.compiler.ast.RelOp.GIVEN);
    }

    private Expr foldPlain(List<Link> links) {
        Expr result = links.get(0).factor();
        for (int i = 1; i < links.size(); i++) {
            Link link = links.get(i);
            BinaryOp op = link.op() == null ? BinaryOp.JUXTAPOSE : link.op();
            Span opSpan = link.opSpan() != null ? link.opSpan()
                    : new Span(link.factor().span().start(), link.factor().span().start());
            result = new Expr.Binary(result.span().to(link.factor().span()), opSpan, op, result, link.factor());
        }
        return result;
    }

    /** {@code \arg\max_i} is one operator. */
    private static List<Link> mergeArg(List<Link> links) {
        List<Link> out = new ArrayList<>();
        for (Link link : links) {
            if (!out.isEmpty() && link.op() == null && link.factor() instanceof Expr.Sym cur
                    && cur.kind() == SymKind.COMMAND && (cur.base().equals("\\max") || cur.base().equals("\\min"))
                    && out.get(out.size() - 1).factor() instanceof Expr.Sym prev
                    && prev.kind() == SymKind.COMMAND && prev.base().equals("\\arg") && prev.bare()) {
                Link prevLink = out.get(out.size() - 1);
                out.set(out.size() - 1, new Link(prevLink.op(), prevLink.opSpan(), new Expr.Sym(
                        prev.span().to(cur.span()), SymKind.COMMAND, "\\arg" + cur.base().substring(1),
                        null, cur.sub(), cur.sup(), 0)));
                continue;
            }
            if (!out.isEmpty() && link.op() == null && link.factor() instanceof Expr.Apply call
                    && call.callee() instanceof Expr.Sym cur && cur.kind() == SymKind.COMMAND
                    && (cur.base().equals("\\max") || cur.base().equals("\\min")) && cur.bare()
                    && out.get(out.size() - 1).factor() instanceof Expr.Sym prev
                    && prev.kind() == SymKind.COMMAND && prev.base().equals("\\arg") && prev.bare()) {
                // \arg\max(z): the built-in argmax of z.
                Link prevLink = out.get(out.size() - 1);
                Expr.Sym op = new Expr.Sym(prev.span().to(cur.span()), SymKind.COMMAND, "\\arg" + cur.base().substring(1),
                        null, null, null, 0);
                out.set(out.size() - 1, new Link(prevLink.op(), prevLink.opSpan(),
                        new Expr.Apply(prev.span().to(call.span()), op, call.args(), call.argsSpan())));
                continue;
            }
            String word = link.factor() instanceof Expr.Sym w && w.kind() == SymKind.WORD
                    ? w.base().replaceAll("\\\\[,;: !]|\\s", "").toLowerCase(java.util.Locale.ROOT) : "";
            if (link.factor() instanceof Expr.Sym w && (word.equals("argmax") || word.equals("argmin")) && w.sub() != null
                    && w.accent() == null) {
                // \operatorname{argmax}_j: the same operator as \arg\max_j.
                String base = word;
                out.add(new Link(link.op(), link.opSpan(), new Expr.Sym(w.span(), SymKind.COMMAND, "\\" + base, null,
                        w.sub(), w.sup(), 0)));
                continue;
            }
            out.add(link);
        }
        return out;
    }

    /** The operator command of a factor, looking through a leading sign. */
    /** Functions whose unparenthesised argument is every juxtaposed factor after them ({@code \sin 2x}). */
    static final Set<String> ANALYTIC = Set.of("\\exp", "\\log", "\\ln", "\\lg", "\\sin", "\\cos", "\\tan",
            "\\sinh", "\\cosh", "\\tanh", "\\arcsin", "\\arccos", "\\arctan");

    /** A factor an unparenthesised argument stops before: a function, applied or not, or a big operator. */
    /** {@code \frac{1}{k}}: one over something, a coefficient of what follows. */
    public static boolean isReciprocal(Expr factor) {
        return factor instanceof Expr.Frac f && f.num() instanceof Expr.Num n && n.text().equals("1");
    }

    /** A {@code \sum} or {@code \prod} with its body. */
    public static boolean isSumOrProduct(Expr factor) {
        return factor instanceof Expr.BigOp b && (b.operator().base().equals("\\sum") || b.operator().base().equals("\\prod"));
    }

    private static boolean startsAFactorOfItsOwn(Expr factor) {
        if (operatorSym(factor) != null || factor instanceof Expr.BigOp) {
            return true;
        }
        Expr f = factor instanceof Expr.Unary u ? u.operand() : factor;
        return f instanceof Expr.Apply a && a.callee() instanceof Expr.Sym s && s.kind() == SymKind.COMMAND
                && FUNCTION_COMMANDS.contains(s.base())
                || f instanceof Expr.Power p && startsAFactorOfItsOwn(p.base());
    }

    private static Expr.Sym operatorSym(Expr factor) {
        if (factor instanceof Expr.Unary u) {
            return operatorSym(u.operand());
        }
        if (factor instanceof Expr.Sym s && s.kind() == SymKind.COMMAND
                && (FUNCTION_COMMANDS.contains(s.base()) || BIG_OPERATORS.contains(s.base()))) {
            return s;
        }
        if (factor instanceof Expr.Sym s && isWordOperator(s)) {
            return s;
        }
        return null;
    }

    /**
     * {@code \mathrm{argmax}\, p_x}, {@code \operatorname{argmin}_j d_j} (Switch Transformers' load balancing): the
     * operator words papers print without parentheses, like {@code \argmax}.
     */
    private static boolean isWordOperator(Expr.Sym s) {
        return s.kind() == SymKind.WORD && s.sup() == null && (s.base().equals("argmax") || s.base().equals("argmin"));
    }

    /** {@code \mathbb{E}_{…}} (also {@code \hat{\mathbb{E}}_t}), alone or negated: an expectation with its samples. */
    private static Expr.Sym expectationSym(Expr factor) {
        if (factor instanceof Expr.Unary u) {
            return expectationSym(u.operand());
        }
        if (factor instanceof Expr.Sym s && s.kind() == SymKind.BB && s.base().equals("E") && s.sub() != null
                && s.sup() == null && s.primes() == 0 && (s.accent() == null || s.accent().equals("hat"))) {
            return s;
        }
        return null;
    }

    private static Expr replaceOperator(Expr factor, Expr replacement) {
        if (factor instanceof Expr.Unary u) {
            Expr inner = replaceOperator(u.operand(), replacement);
            return new Expr.Unary(u.span().to(inner.span()), u.opSpan(), u.op(), inner);
        }
        return replacement;
    }
}
