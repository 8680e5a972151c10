package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.SymKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reading subscripts as index variables (SPEC 3.4): {@code _i}, {@code _{ij}} and
 * {@code _{i,j}} all name single-letter indices; anything else is not an index list.
 */
final class IndexLetters {
    private IndexLetters() {}

    /** The index letters of a subscript, or null when it is not a plain list of letters. */
    static List<String> of(Script sub) {
        if (sub == null) {
            return null;
        }
        if (sub.isSingle() && sub.single() instanceof Expr.Relation given
                && given.op() == dev.eqc.compiler.ast.RelOp.GIVEN && letter(given.left()) && letter(given.right())) {
            // p_{j|i} (SNE's conditional), \hat{u}_{j|i} (capsules): two indices, in the order written.
            return List.of(((Expr.Sym) given.left()).base(), ((Expr.Sym) given.right()).base());
        }
        List<String> out = new ArrayList<>();
        for (Expr item : sub.items()) {
            if (item instanceof Expr.Sym s && s.kind() == SymKind.LETTERS && s.base().length() == 1 && s.primes() > 0
                    && s.sub() == null && s.sup() == null && s.accent() == null) {
                out.add(s.base() + "'".repeat(s.primes()));   // t' is its own index
            } else if (item instanceof Expr.Sym s && s.kind() == SymKind.LETTERS && s.primes() > 0
                    && s.sub() == null && s.sup() == null && s.accent() == null) {
                // \mathcal{P}_{ss'} (Sutton & Barto): the prime marks the last letter, s then s'.
                for (char c : s.base().substring(0, s.base().length() - 1).toCharArray()) {
                    out.add(String.valueOf(c));
                }
                out.add(s.base().substring(s.base().length() - 1) + "'".repeat(s.primes()));
            } else if (item instanceof Expr.Sym s && s.kind() == SymKind.LETTERS && s.bare()) {
                for (char c : s.base().toCharArray()) {
                    out.add(String.valueOf(c));
                }
            } else if (item instanceof Expr.Sym s && s.kind() == SymKind.COMMAND && s.bare()
                    && !(s.base().equals("*") && sub.items().size() == 1)) {
                // \tau, \ell, the slice marks of X_{*i}, W_{i,:}; a lone `*` is no index: Rasmussen & Williams'
                // test points, \bar{f}_*.
                out.add(s.base());
            } else {
                return null;
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static boolean letter(Expr e) {
        return e instanceof Expr.Sym s && s.kind() == SymKind.LETTERS && s.bare() && s.base().length() == 1;
    }

    /**
     * Whether {@code letter} occurs free in {@code e}: as a bare name, or inside the subscript of
     * a name whose subscripted spelling is not itself known ({@code b_i} with only {@code b}
     * declared), per SPEC 2.3.
     */
    /**
     * Whether {@code e} has a reduction that leaves the term at {@code letter} out, {@code \sum_{j \neq i}} for {@code
     * i}: the letter of another sum compared with it and nothing else under the operator.
     */
    static boolean excludedBySum(String letter, Expr e) {
        return nodes(e, true).stream().anyMatch(n -> n instanceof Expr.BigOp b && b.operator().sub() != null
                && b.operator().sub().isSingle() && b.operator().sup() == null
                && b.operator().sub().single() instanceof Expr.Relation rel
                && rel.op() == dev.eqc.compiler.ast.RelOp.NE && letter(rel.left()) && letter(rel.right())
                && ((Expr.Sym) rel.right()).base().equals(letter) && !((Expr.Sym) rel.left()).base().equals(letter));
    }

    static boolean occursFree(String letter, Expr e, java.util.function.Predicate<String> known) {
        java.util.Set<Expr> labels = labelParts(e, known);
        // LAMB's x_{t+1}^{(i)} = x_t^{(i)} - … (r_t^{(i)} + …) with x_t^{(i)} declared whole: (i) labels the layer
        // there, so r_t^{(i)} is no component i of r_t either.
        boolean labelled = nodes(e, true).stream().anyMatch(n -> n instanceof Expr.Sym s && parenLetter(s, letter)
                && known.test(NameKeys.full(s)));
        return nodes(e, true).stream().filter(n -> !labels.contains(n)).anyMatch(n -> boundsAnIndex(n, letter)
                || bracketIndexes(n, letter, known)
                || n instanceof Expr.Sym s
                && ((s.kind() == SymKind.LETTERS && s.bare() && s.base().contains(letter) && !known.test(s.base()))
                        || indexes(s, letter, known) && !(labelled && s.sub() != null && parenLetter(s, letter)
                                && (of(s.sub()) == null || !of(s.sub()).contains(letter)))));
    }

    /** Whether {@code s}'s superscript is {@code (letter)}. */
    private static boolean parenLetter(Expr.Sym s, String letter) {
        return s.sup() != null && s.sup().isSingle() && s.sup().single() instanceof Expr.Group g
                && g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN && g.items().size() == 1
                && g.items().get(0) instanceof Expr.Sym k && k.sub() == null && k.sup() == null
                && (k.base() + "'".repeat(k.primes())).equals(letter);
    }

    /**
     * The names inside the subscript of a name known whole: MAML's {@code g_{\mathcal{T}_i}} declared under that
     * spelling (or the callee of a declared value, {@code \mathcal{L}_{\mathcal{T}_i}(f_\theta)}) labels task
     * {@code i}; its {@code \mathcal{T}_i} indexes nothing (it made {@code \theta_i' = \theta - \alpha g_{\mathcal{T}_i}}
     * one value per {@code i} of a size of its own, W0196).
     */
    private static java.util.Set<Expr> labelParts(Expr e, java.util.function.Predicate<String> known) {
        java.util.Set<Expr> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Expr n : nodes(e, true)) {
            Expr.Apply gradient = dev.eqc.compiler.ast.GradientValues.asApplication(n);
            if (gradient == null && n instanceof Expr.Binary jx && jx.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                    && jx.left() instanceof Expr.Binary before && before.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                    && jx.right() instanceof Expr.Apply) {
                // \alpha \nabla_\theta \mathcal{L}(…) is read ((\alpha \nabla_\theta) \mathcal{L}(…)): the gradient is its tail
                n = new Expr.Binary(new dev.eqc.compiler.source.Span(before.right().span().start(), jx.span().end()),
                        jx.opSpan(), jx.op(), before.right(), jx.right());
                gradient = dev.eqc.compiler.ast.GradientValues.asApplication(n);
            }
            if (gradient != null && known.test(NameKeys.full((Expr.Sym) gradient.callee()))
                    && n instanceof Expr.Binary b && b.right() instanceof Expr.Apply call
                    && call.callee() instanceof Expr.Sym f && f.sub() != null) {
                // \nabla_\theta \mathcal{L}_{\mathcal{T}_i}(f_\theta) declared: the gradient's name carries the label
                for (Expr item : f.sub().items()) {
                    if (item instanceof Expr.Sym inner && inner.sub() != null) {
                        out.addAll(nodes(inner, true));
                    }
                }
            }
            if (n instanceof Expr.Sym s && s.sub() != null && known.test(NameKeys.full(s))) {
                for (Expr item : s.sub().items()) {
                    if (item instanceof Expr.Sym inner && inner.sub() != null) {
                        out.addAll(nodes(inner, true));
                    }
                }
            }
        }
        return out;
    }

    /** Whether {@code letter} indexes something in {@code e} (a subscript letter of a name, not only a number). */
    static boolean indexesSomething(String letter, Expr e, java.util.function.Predicate<String> known) {
        boolean labelled = nodes(e, true).stream().anyMatch(n -> n instanceof Expr.Sym s && parenLetter(s, letter)
                && known.test(NameKeys.full(s)));
        return nodes(e, true).stream().anyMatch(n -> indexesAt(n, letter, known, labelled));
    }

    private static boolean indexesAt(Expr n, String letter, java.util.function.Predicate<String> known) {
        return indexesAt(n, letter, known, false);
    }

    /** {@code labelled}: a name known whole carries {@code (letter)} as its label (LAMB's layer {@code (i)}). */
    private static boolean indexesAt(Expr n, String letter, java.util.function.Predicate<String> known,
            boolean labelled) {
        return (n instanceof Expr.Sym s && indexes(s, letter, known)
                        && !(labelled && s.sub() != null && parenLetter(s, letter)
                                && (of(s.sub()) == null || !of(s.sub()).contains(letter))))
                || boundsAnIndex(n, letter)
                || (n instanceof Expr.Subscripted sc && !(sc.base() instanceof Expr.Norm) && of(sc.sub()) != null
                        && of(sc.sub()).contains(letter))
                || (n instanceof Expr.Sym s && letter.equals(sliceSubscriptLetter(s.sub())))
                || (n instanceof Expr.Subscripted sc && letter.equals(sliceSubscriptLetter(sc.sub())))
                || bracketIndexes(n, letter, known);
    }

    /**
     * Whether {@code letter} indexes something in {@code e} outside every reduction that binds it: in Wikipedia's
     * multiclass hinge loss {@code \ell(y) = \max(0, 1 + \max_{y \ne t} \mathbf{w}_y \mathbf{x} - \mathbf{w}_t
     * \mathbf{x})} the {@code y} of {@code \mathbf{w}_y} is the inner max's own, not the left-hand side's.
     */
    static boolean indexesSomethingFree(String letter, Expr e, java.util.function.Predicate<String> known) {
        java.util.Set<Expr> bound = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Expr n : nodes(e, true)) {
            if (n instanceof Expr.BigOp b && !bound.contains(n) && b.operator().sub() != null
                    && b.operator().sub().isSingle()) {
                Expr v = b.operator().sub().single() instanceof Expr.Relation rel ? rel.left() : b.operator().sub().single();
                if (v instanceof Expr.Sym l && l.bare() && (l.base() + "'".repeat(l.primes())).equals(letter)) {
                    bound.addAll(nodes(b, true));
                }
            }
        }
        return nodes(e, true).stream().anyMatch(n -> !bound.contains(n) && indexesAt(n, letter, known));
    }

    /** {@code P_l[h, h']} with {@code P_l} known: the letters in the bracket index it, as in code (W0416). */
    private static boolean bracketIndexes(Expr n, String letter, java.util.function.Predicate<String> known) {
        if (!(n instanceof Expr.Binary b) || b.op() != dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                || !(b.right() instanceof Expr.Group g) || g.bracket() != dev.eqc.compiler.ast.Bracket.SQUARE) {
            return false;
        }
        Expr before = b.left() instanceof Expr.Binary lb && lb.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                ? lb.right() : b.left();
        List<String> letters = of(new Script(g.span(), g.items(), ""));
        return before instanceof Expr.Sym t && t.sup() == null && known.test(NameKeys.full(t)) && letters != null
                && letters.size() == g.items().size() && letters.contains(letter);
    }

    private static boolean indexes(Expr.Sym s, String letter, java.util.function.Predicate<String> known) {
        List<OffsetSubscript.Item> shifted = OffsetSubscript.of(s.sub());
        if (shifted != null && OffsetSubscript.letters(shifted).contains(letter) && !known.test(NameKeys.full(s))
                && (known.test(OffsetSubscript.baseKey(s)) || known.test(NameKeys.base(s)))) {
            return true;   // x_{t-1}, \delta_{t+l} with x, \delta declared: a position of a tensor
        }
        if (s.sup() != null && s.sup().isSingle() && s.sup().single() instanceof Expr.Group g
                && g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN && g.items().size() == 1
                && g.items().get(0) instanceof Expr.Sym k && k.sub() == null && k.sup() == null && k.accent() == null
                && (k.base() + "'".repeat(k.primes())).equals(letter)
                && !known.test(NameKeys.full(s)) && known.test(s.sub() == null ? NameKeys.base(s) : NameKeys.withSub(s))) {
            // z^{(y)} with z declared and z^{(y)} not: component y (W0102); LwF's y_o^{(i)} with y_o declared too
            return true;
        }
        List<String> idx = of(s.sub());
        if (idx == null && StridedSubscript.of(s.sub()) != null) {
            idx = StridedSubscript.of(s.sub()).stream().map(StridedSubscript.Item::letter).toList();
        }
        if (idx == null) {
            idx = numbered(s.sub());
        }
        return idx != null && idx.contains(letter) && !known.test(NameKeys.withSub(s)) && !wholeLabelled(s, known)
                && !labelOfKnown(s, letter, known);
    }

    /**
     * N-BEATS's {@code \theta^f_{s,\ell,i}} with {@code \theta^f_{s,\ell}} given: {@code s} and {@code \ell} are the
     * labels of that name, not indices ({@link StepSubscript#labelledSplits}); only {@code i} indexes.
     */
    private static boolean labelOfKnown(Expr.Sym s, String letter, java.util.function.Predicate<String> known) {
        for (StepSubscript split : StepSubscript.labelledSplits(s, null)) {
            List<String> labels = of(split.name().sub());
            if (known.test(NameKeys.full(split.name())) && !split.indices().contains(letter) && labels != null
                    && labels.contains(letter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * N-BEATS's {@code \mathbf{V}^f_\ell} declared under that spelling (or defined as one value): a name with a
     * superscript label known whole while the labelled name alone ({@code \mathbf{V}^f}) is not, so its subscript is
     * part of the name, no index. It was read as indexing (the key tried was the name without its superscript), so
     * {@code \hat{\mathbf{y}}_\ell = \mathbf{V}^f_\ell \theta^f_\ell + …} became one value per {@code \ell} of a size of
     * its own (W0196). Not {@code \delta_t^V} defined element by element ({@code \delta^V} is known then).
     */
    private static boolean wholeLabelled(Expr.Sym s, java.util.function.Predicate<String> known) {
        return s.sup() != null && s.sub() != null && known.test(NameKeys.full(s))
                && !known.test(NameKeys.full(s.withScripts(s.span(), null, s.sup(), s.primes())));
    }

    /** {@code y_i} for the letter {@code i}: a name whose subscript letters include it. */
    private static boolean subscriptHas(Expr e, String letter) {
        if (!(e instanceof Expr.Sym s) || s.sub() == null) {
            return false;
        }
        List<String> letters = of(s.sub());
        return letters != null && letters.contains(letter);
    }

    /** {@code i} in {@code \sum_{j \le i}}: the bound of a reduction's index, which shares that index's range. */
    private static boolean boundsAnIndex(Expr n, String letter) {
        if (n instanceof Expr.BigOp b && b.operator().sub() != null && b.operator().sub().items().size() > 1
                && b.operator().sub().items().stream().anyMatch(e -> e instanceof Expr.Relation rel
                        && (rel.op() == dev.eqc.compiler.ast.RelOp.EQ || rel.op() == dev.eqc.compiler.ast.RelOp.NE)
                        && (subscriptHas(rel.left(), letter) || subscriptHas(rel.right(), letter)))) {
            return true; // \sum_{j \neq i, y_j = y_i}: conditions listed under the operator that read y_i
        }
        if (n instanceof Expr.BigOp b && b.operator().sub() != null && b.operator().sub().isSingle()
                && b.operator().sub().single() instanceof Expr.Relation rel && rel.op() != dev.eqc.compiler.ast.RelOp.IN
                && rel.op() != dev.eqc.compiler.ast.RelOp.NE && mentions(rel.right(), letter)) {
            return true; // \sum_{k=t+1}^{T}, \sum_{k \ge t}
        }
        if (n instanceof Expr.BigOp b && b.operator().sup() != null && b.operator().sup().isSingle()
                && !(b.operator().sup().single() instanceof Expr.Sym) && mentions(b.operator().sup().single(), letter)) {
            return true; // \sum_{k=0}^{T-t-1}
        }
        if (n instanceof Expr.BigOp b && b.operator().sup() != null && b.operator().sup().isSingle()
                && b.operator().sup().single() instanceof Expr.Sym bound && bound.bare() && bound.base().equals(letter)) {
            return true; // \prod_{s=1}^{t}
        }
        if (n instanceof Expr.BigOp b && b.operator().sub() != null && b.operator().sub().isSingle()
                && b.operator().sub().single() instanceof Expr.Relation rel && rel.op() == dev.eqc.compiler.ast.RelOp.IN
                && setOf(rel.right(), letter)) {
            return true; // \sum_{j \in \mathcal{N}_i}, \sum_{u \in \mathcal{N}(v)}: the set of i
        }
        if (n instanceof Expr.Relation rel && rel.op() == dev.eqc.compiler.ast.RelOp.IN
                && rel.left() instanceof Expr.Binary all && all.left() instanceof Expr.Sym q
                && q.base().equals("\\forall") && setOf(rel.right(), letter)) {
            return true; // \max(\{h_u, \forall u \in \mathcal{N}(v)\}): a set written by its members (SetReductions)
        }
        if (n instanceof Expr.Abs a && (a.operand() instanceof Expr.Apply f && f.callee() instanceof Expr.Sym fam
                && fam.kind() == SymKind.CAL || a.operand() instanceof Expr.Binary u && u.op() == dev.eqc.compiler.ast.BinaryOp.UNION)
                && setOf(a.operand(), letter)) {
            return true; // DGL's c_{ji} = \sqrt{|\mathcal{N}(j)|}\sqrt{|\mathcal{N}(i)|}: the size of the set of j
        }
        return n instanceof Expr.BigOp b && b.operator().sub() != null && b.operator().sub().isSingle()
                && b.operator().sub().single() instanceof Expr.Relation rel
                && (rel.op() == dev.eqc.compiler.ast.RelOp.LE || rel.op() == dev.eqc.compiler.ast.RelOp.LT)
                && rel.right() instanceof Expr.Sym bound && bound.bare() && bound.base().equals(letter);
    }

    /** {@code \\mathcal{N}_i}, {@code \\mathcal{N}(i)} or {@code \\mathcal{N}(i) \\cup \\{i\\}}: a set that belongs to {@code letter}. */
    private static boolean setOf(Expr e, String letter) {
        if (e instanceof Expr.Binary u && u.op() == dev.eqc.compiler.ast.BinaryOp.UNION) {
            return setOf(u.left(), letter);
        }
        return e instanceof Expr.Sym set && set.sup() == null && of(set.sub()) != null
                && of(set.sub()).equals(List.of(letter))
                || e instanceof Expr.Apply a && a.args().size() == 1
                && a.args().get(0) instanceof Expr.Sym arg && arg.bare() && arg.base().equals(letter);
    }

    /**
     * Whether the bare letter occurs in a limit expression ({@code t} in {@code t+1}, {@code T-t-1}, and in the
     * arguments of a call or a bracket: {@code i} in AlexNet's window {@code \max(0, i-n/2)}, {@code \min(N-1, i+n/2)}).
     */
    static boolean mentions(Expr e, String letter) {
        if (e instanceof Expr.Sym s) {
            return s.bare() && s.base().equals(letter);
        }
        if (e instanceof Expr.Binary b) {
            return mentions(b.left(), letter) || mentions(b.right(), letter);
        }
        if (e instanceof Expr.Unary u) {
            return mentions(u.operand(), letter);
        }
        if (e instanceof Expr.Frac f) {
            return mentions(f.num(), letter) || mentions(f.den(), letter);
        }
        if (e instanceof Expr.Group g) {
            return g.items().stream().anyMatch(i -> mentions(i, letter));
        }
        if (e instanceof Expr.Apply a) {
            return a.args().stream().anyMatch(x -> mentions(x, letter));
        }
        if (e instanceof Expr.Abs a) {
            return mentions(a.operand(), letter);   // |i - j| \le w: a band around the diagonal
        }
        return false;
    }

    /**
     * Whether the bare letter is compared with another of the left-hand indices {@code letters} somewhere in
     * {@code e}: {@code j \le i} in a causal mask, {@code i = j} in SigLIP's labels, {@code i - W < j \le i} in a
     * sliding window. Such a letter is an index of the definition even though it indexes nothing.
     */
    static boolean comparedWithAnother(String letter, List<String> letters, Expr e) {
        for (Expr n : nodes(e, false)) {
            if (n instanceof Expr.Relation rel && java.util.EnumSet.of(dev.eqc.compiler.ast.RelOp.EQ, dev.eqc.compiler.ast.RelOp.NE,
                    dev.eqc.compiler.ast.RelOp.LT, dev.eqc.compiler.ast.RelOp.LE, dev.eqc.compiler.ast.RelOp.GT,
                    dev.eqc.compiler.ast.RelOp.GE).contains(rel.op())) {
                boolean mine = mentions(rel.left(), letter) || mentions(rel.right(), letter);
                boolean other = letters.stream().anyMatch(o -> !o.equals(letter)
                        && (mentions(rel.left(), o) || mentions(rel.right(), o) || comparedSides(rel, o)));
                if (mine && other || comparedSides(rel, letter) && letters.stream().anyMatch(o -> !o.equals(letter)
                        && (mentions(rel.left(), o) || mentions(rel.right(), o)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A chained comparison {@code a < j \le i} nests a relation on one side: whether the letter is in that one. */
    private static boolean comparedSides(Expr.Relation rel, String letter) {
        return rel.left() instanceof Expr.Relation l && (mentions(l.left(), letter) || mentions(l.right(), letter))
                || rel.right() instanceof Expr.Relation r && (mentions(r.left(), letter) || mentions(r.right(), letter));
    }

    /** The names used alone as upper limits of big operators ({@code H} in {@code \sum_{i=1}^{H}}). */
    static java.util.Set<String> sumLimits(Expr e) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Expr n : nodes(e, false)) {
            if (n instanceof Expr.BigOp b && b.operator().sup() != null && b.operator().sup().isSingle()
                    && b.operator().sup().single() instanceof Expr.Sym limit && limit.sup() == null
                    && limit.accent() == null && limit.primes() == 0
                    && (limit.kind() == SymKind.COMMAND || limit.base().length() == 1)) {
                out.add(NameKeys.withSub(limit));
            }
        }
        return out;
    }

    /** The letters the big operators of {@code e} run over ({@code l} of {@code \sum_{l=0}^{\infty}}, {@code j} of {@code \max_j}). */
    static java.util.Set<String> reductionLetters(Expr e) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Expr n : nodes(e, false)) {
            if (n instanceof Expr.BigOp b && b.operator().sub() != null && b.operator().sub().isSingle()) {
                Expr v = b.operator().sub().single() instanceof Expr.Relation rel ? rel.left() : b.operator().sub().single();
                if (v instanceof Expr.Sym l && l.bare() && (l.kind() == SymKind.LETTERS && l.base().length() == 1
                        || l.kind() == SymKind.COMMAND && GreekLetters.isLetter(l.base()))) {
                    out.add(l.base() + "'".repeat(l.primes()));
                }
            }
        }
        return out;
    }

    /**
     * The single letters that appear inside subscript expressions such as {@code m_{t-1}} in
     * {@code e}: time steps, part of names rather than indices.
     */
    static java.util.Set<String> timeSteps(Expr e, java.util.function.Predicate<Expr.Sym> positional) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.regex.Pattern letter = java.util.regex.Pattern.compile("(?<![A-Za-z\\\\])([A-Za-z])(?![A-Za-z])");
        for (Expr n : nodes(e, false)) {
            if (n instanceof Expr.Sym s && s.sub() != null && of(s.sub()) == null && StridedSubscript.of(s.sub()) == null
                    && !isSelection(s.sub()) && numbered(s.sub()) == null && !CallResolver.isIndicator(s)
                    && !positional.test(s) && !overMembers(s.sub())) {
                // \mathbb{1}_{[k \neq i]}: a condition, whose letters are indices, not time steps.
                if (s.sub().items().size() >= 2 && s.sub().items().stream().anyMatch(IndexLetters::isBareLetters)) {
                    // \theta_{t+1, i}: the step's letters only; the bare letters beside it are element indices.
                    for (Expr item : s.sub().items()) {
                        if (!isBareLetters(item)) {
                            for (Expr inner : nodes(item, false)) {
                                if (inner instanceof Expr.Sym l && l.kind() == SymKind.LETTERS && l.base().length() == 1) {
                                    out.add(l.base());
                                }
                            }
                        }
                    }
                    continue;
                }
                java.util.regex.Matcher m = letter.matcher(s.sub().key());
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    /** {@code j \in \mathcal{N}_i} under {@code \mathrm{softmax}}: the members of a set, whose letters are indices. */
    private static boolean overMembers(Script sub) {
        return sub.isSingle() && sub.single() instanceof Expr.Relation rel && SetScopedReads.membership(rel) != null;
    }

    private static boolean isBareLetters(Expr item) {
        return item instanceof Expr.Sym l && l.bare() && l.kind() == SymKind.LETTERS;
    }

    /**
     * The letters of a subscript of single letters beside whole numbers, like {@code W_{j,1}} (column 1, row j):
     * indices, with the numbers choosing elements; null for any other subscript.
     */
    static List<String> numbered(Script sub) {
        if (sub == null || sub.items().size() < 2) {
            return null;
        }
        List<String> letters = new ArrayList<>();
        boolean number = false;
        for (Expr item : sub.items()) {
            if (item instanceof Expr.Sym l && l.bare() && l.kind() == SymKind.LETTERS && l.base().length() == 1) {
                letters.add(l.base());
            } else if (item instanceof Expr.Num n && n.text().matches("[0-9]+")) {
                number = true;
            } else {
                return null;
            }
        }
        return number && !letters.isEmpty() ? letters : null;
    }

    /**
     * {@code p_{i, y_i}}, {@code \alpha_{y_i}}: a subscript of index letters and indexed names (a
     * selection by labels), whose letters are indices, not time steps.
     */
    private static boolean isSelection(Script sub) {
        boolean indexed = false;
        for (Expr item : sub.items()) {
            if (item instanceof Expr.Sym s && s.sup() == null && s.accent() == null && s.sub() != null && of(s.sub()) != null) {
                indexed = true;
            } else if (!(item instanceof Expr.Sym s && s.bare() && s.kind() == SymKind.LETTERS)) {
                return false;
            }
        }
        return indexed;
    }

    /** Whether {@code e} reads a strided position of {@code letter} counted from 1 ({@code x_{2i-1}}). */
    static boolean readsFromOne(String letter, Expr e) {
        for (Expr n : nodes(e, true)) {
            List<StridedSubscript.Item> items = n instanceof Expr.Sym s ? StridedSubscript.of(s.sub()) : null;
            if (items != null && items.stream().anyMatch(i -> i.letter().equals(letter) && i.offset() < 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code e} uses {@code letter - 1} as a number ({@code 10000^{-2(i-1)/d}}): how papers
     * that count from 1 write an exponent or offset that starts at 0.
     */
    static boolean subtractsOne(String letter, Expr e) {
        for (Expr n : nodes(e, true)) {
            if (n instanceof Expr.Binary b && b.op() == dev.eqc.compiler.ast.BinaryOp.SUB
                    && b.left() instanceof Expr.Sym s && s.bare() && s.base().equals(letter)
                    && b.right() instanceof Expr.Num one && one.value() == 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code e} has a sum (product, …) counted from 1 up to {@code letter} or {@code letter - c}:
     * {@code \sum_{i=1}^{t-1}} on the right of {@code wkv_t = …} reads {@code t} as a step counted from 1.
     */
    static boolean sumsUpToFromOne(String letter, Expr e) {
        for (Expr n : nodes(e, false)) {
            if (n instanceof Expr.BigOp b && b.operator().sub() != null && b.operator().sup() != null
                    && b.operator().sub().isSingle() && b.operator().sup().isSingle()
                    && b.operator().sub().single() instanceof Expr.Relation r
                    && r.op() == dev.eqc.compiler.ast.RelOp.EQ && r.right() instanceof Expr.Num one && one.value() == 1.0
                    && letter.equals(limitLetter(b.operator().sup().single()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code letter} is used as a number in {@code e}: bare, also in the superscript of a
     * name ({@code \beta_2^{t-i}}), not in subscripts.
     */
    static boolean usedAsNumber(String letter, Expr e) {
        // v in \\{h_u, \\forall u \\in \\mathcal{N}(v) \\cup \\{v\\}\\} names the set of v: an index, as under \\sum_{u \\in \\mathcal{N}(v)}.
        java.util.Set<Expr> sets = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Expr n : nodes(e, true)) {
            if (n instanceof Expr.Relation rel && rel.op() == dev.eqc.compiler.ast.RelOp.IN && setOf(rel.right(), letter)) {
                sets.addAll(nodes(rel.right(), true));
            }
            if (n instanceof Expr.Relation rel && SetScopedReads.membership(rel) != null) {
                sets.add(rel.left());   // j in \mathrm{softmax}_{j \in \mathcal{N}_i}: the member, an index
            }
            if (n instanceof Expr.Subscripted sc) {
                sets.addAll(sc.sub().items());   // (Wz)_i, (XB)_{:,i}: a position of the value, not a number
            }
            if (n instanceof Expr.Sym s && s.sup() != null && s.sup().isSingle() && s.sup().single() instanceof Expr.Group g
                    && g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN) {
                sets.addAll(g.items());   // z^{(y)}: a component or a label, not a number
            }
            if (n instanceof Expr.Binary b && b.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                    && b.right() instanceof Expr.Group g && g.bracket() == dev.eqc.compiler.ast.Bracket.SQUARE
                    && of(new Script(g.span(), g.items(), "")) != null
                    && of(new Script(g.span(), g.items(), "")).size() == g.items().size()) {
                sets.addAll(g.items());   // P[h, g]: letters only, a position when P is a tensor (W0416)
            }
        }
        return nodes(e, true).stream().anyMatch(n -> n instanceof Expr.Sym s && s.bare() && s.base().equals(letter)
                && !sets.contains(n));
    }

    /** Whether {@code letter} is the upper limit of a sum or product that counts from 1 ({@code \sum_{i=1}^{t}}). */
    static boolean limitsFromOne(String letter, Expr e) {
        for (Expr n : nodes(e, true)) {
            if (n instanceof Expr.BigOp b && b.operator().sup() != null && b.operator().sup().isSingle()
                    && b.operator().sup().single() instanceof Expr.Sym limit && limit.bare()
                    && limit.base().equals(letter) && b.operator().sub() != null && b.operator().sub().isSingle()
                    && b.operator().sub().single() instanceof Expr.Relation rel
                    && rel.right() instanceof Expr.Num one && one.value() == 1) {
                return true;
            }
        }
        return false;
    }

    /** {@code t} of an upper limit {@code t}, {@code t - c} or {@code t + c}; else null. */
    static String limitLetter(Expr limit) {
        if (limit instanceof Expr.Sym s && s.bare() && (s.kind() == SymKind.LETTERS || s.kind() == SymKind.COMMAND)) {
            return s.base();
        }
        if (limit instanceof Expr.Binary b && (b.op() == dev.eqc.compiler.ast.BinaryOp.SUB
                || b.op() == dev.eqc.compiler.ast.BinaryOp.ADD) && b.right() instanceof Expr.Num) {
            return limitLetter(b.left());
        }
        return null;
    }

    /**
     * {@code \mu_{W_{i,\cdot}}}: a name subscripted by a row or column slice of an input by one index letter
     * ({@code W_{i,\cdot}}, {@code W_{:,j}}), the statistic of that slice: the letter, or null.
     */
    static String sliceLetter(Expr.Sym s, java.util.function.Predicate<String> isInput) {
        if (s.sub() == null || !s.sub().isSingle() || !(s.sub().single() instanceof Expr.Sym t) || t.sup() != null
                || t.sub() == null || t.sub().items().size() != 2) {
            return null;
        }
        Expr first = t.sub().items().get(0);
        Expr second = t.sub().items().get(1);
        if (isWhole(first) == isWhole(second)) {
            return null;
        }
        Expr index = isWhole(first) ? second : first;
        Expr.Sym base = t.withScripts(t.span(), null, null, t.primes());
        if (!(index instanceof Expr.Sym i) || !i.bare() || i.kind() != SymKind.LETTERS || i.base().length() != 1
                || !isInput.test(NameKeys.full(base))) {
            return null;
        }
        return i.base();
    }

    static boolean isWhole(Expr e) {
        return e instanceof Expr.Sym m && m.kind() == SymKind.COMMAND && m.sub() == null && m.sup() == null
                && (m.base().equals(":") || m.base().equals("*") || m.base().equals("\\cdot"));
    }

    /**
     * The letter of a slice subscript by one index letter, {@code _{*,i}} (a column, MLP-Mixer's
     * {@code \mathbf{U}_{*,i}}) or {@code _{j,*}} (a row), with {@code :} and {@code \cdot} for {@code *}; null
     * for any other subscript.
     */
    static String sliceSubscriptLetter(Script sub) {
        if (sub == null || sub.items().size() != 2) {
            return null;
        }
        Expr first = sub.items().get(0);
        Expr second = sub.items().get(1);
        if (isWhole(first) == isWhole(second)) {
            return null;
        }
        Expr index = isWhole(first) ? second : first;
        return index instanceof Expr.Sym i && i.bare() && i.kind() == SymKind.LETTERS && i.base().length() == 1
                ? i.base() : null;
    }

    /** The single letters used as values in {@code e}: bare, outside the scripts of names. */
    static java.util.Set<String> valueLetters(Expr e) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Expr n : nodes(e, false)) {
            if (n instanceof Expr.Sym s && s.bare() && (s.kind() == SymKind.LETTERS || s.kind() == SymKind.COMMAND)) {
                out.add(s.base());
            }
        }
        return out;
    }

    /** Every node of {@code e}, without recursion; a name's superscript is entered only when asked. */
    static List<Expr> nodes(Expr e, boolean intoSuperscripts) {
        List<Expr> out = new ArrayList<>();
        Deque<Expr> stack = new ArrayDeque<>();
        stack.push(e);
        while (!stack.isEmpty()) {
            Expr cur = stack.pop();
            out.add(cur);
            if (cur instanceof Expr.Sym s) {
                if (intoSuperscripts && s.sup() != null) {
                    s.sup().items().forEach(stack::push);
                }
                if (s.sub() != null) {
                    // p_{i, y_i}, \alpha_{y_i}: an indexed name inside a subscript (a selection by labels).
                    s.sub().items().stream().filter(item -> item instanceof Expr.Sym inner && inner.sub() != null)
                            .forEach(stack::push);
                }
            } else {
                children(cur).forEach(stack::push);
            }
        }
        return out;
    }

    static List<Expr> children(Expr e) {
        if (e instanceof Expr.Num || e instanceof Expr.Sym) {
            return List.of();
        }
        if (e instanceof Expr.Group g) {
            return g.items();
        }
        if (e instanceof Expr.Apply a) {
            List<Expr> out = new ArrayList<>(a.args());
            out.add(a.callee());
            return out;
        }
        if (e instanceof Expr.Binary b) {
            return List.of(b.left(), b.right());
        }
        if (e instanceof Expr.Unary u) {
            return List.of(u.operand());
        }
        if (e instanceof Expr.Power p) {
            List<Expr> out = new ArrayList<>(p.exponent().items());
            out.add(p.base());
            return out;
        }
        if (e instanceof Expr.Subscripted s) {
            List<Expr> out = new ArrayList<>(s.sub().items());
            out.add(s.base());
            return out;
        }
        if (e instanceof Expr.Frac f) {
            return List.of(f.num(), f.den());
        }
        if (e instanceof Expr.Root r) {
            return r.degree() == null ? List.of(r.radicand()) : List.of(r.degree(), r.radicand());
        }
        if (e instanceof Expr.Relation r) {
            return List.of(r.left(), r.right());
        }
        if (e instanceof Expr.BigOp b) {
            return List.of(b.body());
        }
        if (e instanceof Expr.Underset u) {
            return List.of(u.under(), u.op());
        }
        if (e instanceof Expr.Cases c) {
            List<Expr> out = new ArrayList<>();
            for (Expr.Case row : c.rows()) {
                out.add(row.value());
                if (row.condition() != null) {
                    out.add(row.condition());
                }
            }
            return out;
        }
        if (e instanceof Expr.Factorial f) {
            return List.of(f.operand());
        }
        if (e instanceof Expr.Abs a) {
            return List.of(a.operand());
        }
        if (e instanceof Expr.Norm n) {
            return List.of(n.operand());
        }
        if (e instanceof Expr.Matrix m) {
            return m.rows().stream().flatMap(List::stream).toList();
        }
        throw new AssertionError(e);
    }
}
