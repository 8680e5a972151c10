package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Reductions over an index variable (SPEC 3.4): {@code \sum_{j}}, {@code \sum_{j=1}^{n}},
 * {@code \sum_{j \ne i}}, {@code \sum_{b,h,w}}, {@code \prod_j}, {@code \max_i},
 * {@code \arg\max_i}. The variable is in scope for the body only.
 */
final class ReductionResolver {
    private final BodyResolver body;
    private final BodyScope scope;

    ReductionResolver(BodyResolver body) {
        this.body = body;
        this.scope = body.scope;
    }

    /**
     * MAML's {@code \sum_{\mathbf{x}^{(j)}, \mathbf{y}^{(j)} \sim \mathcal{T}_i}} (Finn et al., Sec. 3.1): a sum over the
     * examples drawn from a task, each written with the same parenthesised superscript letter; the examples the
     * file gives are the draws, so the sum runs over that letter, {@code \sum_{j}} (W0447; was E0103). Null for any
     * other subscript.
     */
    private Expr.BigOp overDrawnSamples(Expr.BigOp b) {
        Expr.Sym op = b.operator();
        if (op.sup() != null || op.sub() == null || !(op.sub().items().get(op.sub().items().size() - 1)
                instanceof Expr.Relation last) || last.op() != RelOp.RELATED
                || !body.file.source.slice(last.opSpan()).trim().equals("\\sim")) {
            return null;
        }
        List<Expr> drawn = new ArrayList<>(op.sub().items().subList(0, op.sub().items().size() - 1));
        drawn.add(last.left());
        String letter = null;
        Expr.Sym letterSym = null;
        for (Expr e : drawn) {
            if (!(e instanceof Expr.Sym s) || s.sub() != null || s.sup() == null || !s.sup().isSingle()
                    || !(s.sup().single() instanceof Expr.Group g) || g.bracket() != dev.eqc.compiler.ast.Bracket.PAREN
                    || g.items().size() != 1 || !(g.items().get(0) instanceof Expr.Sym l) || !isIndexName(l)
                    || letter != null && !letter.equals(l.base())) {
                return null;
            }
            letter = l.base();
            letterSym = l;
        }
        Span written = op.sub().items().get(0).span().to(last.span());
        Diagnostic.of(Code.W0447, body.file.source, written, "`" + body.file.source.slice(written)
                        + "` draws the examples from `" + body.file.source.slice(last.right().span()) + "`: the examples the"
                        + " file gives are the draws, so the sum runs over `" + letter + "`, every example once")
                .caret("read as \\sum_{" + letter + "}")
                .help("write `\\sum_{" + letter + "}` to say so and silence this warning")
                .report(body.file.diagnostics);
        dev.eqc.compiler.ast.Script sub = new dev.eqc.compiler.ast.Script(letterSym.span(), List.of(letterSym), letter);
        return new Expr.BigOp(b.span(), op.withScripts(op.span(), sub, null, op.primes()), b.body());
    }

    /**
     * Prince's {@code \\sum_{i \\in \\mathcal{B}_t}} (the batch at step t): a calligraphic set subscripted by one
     * letter that is no index in scope (a step, not a member of a family of sets such as {@code \\mathcal{N}_i}).
     */
    private boolean stepOfBatch(Expr.Sym set) {
        return set.kind() == SymKind.CAL && set.sup() == null && set.accent() == null && set.primes() == 0
                && set.sub() != null && set.sub().isSingle() && set.sub().single() instanceof Expr.Sym t && t.bare()
                && t.kind() == SymKind.LETTERS && t.base().length() == 1 && body.scope.indexVar(t.base()) == null;
    }

    /** Whether {@code e} is {@code i = start} with the same start as {@code start} (a lower limit written twice). */
    private static boolean startsAt(Expr e, Expr start) {
        return e instanceof Expr.Relation r && r.op() == RelOp.EQ && r.left() instanceof Expr.Sym s && isIndexName(s)
                && r.right() instanceof Expr.Num n && start instanceof Expr.Num m && n.text().equals(m.text());
    }

    Term reduction(Expr.BigOp b) {
        Term reduced = reductionOf(b);
        // Also \max(h^{(1)}, \dots, h^{(k)}) (W0424): the max of k equal values would be that value, as silently.
        if (reduced instanceof Term.Reduce r && (r.op() == Term.ReduceOp.SUM || r.op() == Term.ReduceOp.PROD
                || r.op() == Term.ReduceOp.MAX || r.op() == Term.ReduceOp.MIN)) {
            String label = !reads(r.body(), r.var()) ? labelCarrying(b.body(), r.var().name())
                    : labelReadWhole(b.body(), r.body(), r.var());
            Term rows = label == null ? null : membersOfStack(b, r);
            if (rows != null) {
                return rows;
            }
            if (label != null) {
                // AggMo's \sum_{i=1}^{K} v_t^{(i)} beside v_{t-1}^{(i)} \in \mathbb{R}^{K \times d} declared: the names
                // carry (i) as a label, so the body is the same value K times; the paper means its K rows. It was
                // K times the whole, silently.
                boolean only = !reads(r.body(), r.var());
                return body.error(Code.E0350, b.span(), "`" + body.file.source.slice(b.operator().span()) + "` runs over `"
                        + r.var().name() + "`, which its body carries " + (only ? "only " : "") + "in the label of `"
                        + label + "`: a name the file gives whole, so " + (only ? "every term would be the same"
                        : "every term would read the same whole value"), "declare the values without the label and"
                        + " index them (`v_t \\in \\mathbb{R}^{K \\times d}`, `\\sum_{i=1}^{K} v_{t,i}`), or write the"
                        + " members out");
            }
            String member = memberReadWhole(b.body(), r.body(), r.var());
            if (member != null) {
                // x_i \in \mathbb{R}^{d} declared as one value and read whole under \sum_i where ImplicitFamilies could
                // not read the family (no limit, limits that differ): every term would be the same value, silently.
                return body.error(Code.E0384, b.span(), "`" + body.file.source.slice(b.operator().span()) + "` runs over `"
                        + r.var().name() + "`, and `" + member + "` is declared as one value under that name: every"
                        + " term would read the same value", "declare the family with its size (`" + member
                        + " \\in \\mathbb{R}^{d}, " + r.var().name() + " = 1, \\ldots, n`), or a matrix and index it");
            }
        }
        return reduced;
    }

    /**
     * The spelling of a name subscripted by the reduction's letter ({@code x_i}) that is an input read whole at every
     * term (its declared name carries the subscript), or null.
     */
    private String memberReadWhole(Expr e, Term reduced, IndexVar v) {
        for (Expr n : IndexLetters.nodes(e, false)) {
            if (!(n instanceof Expr.Sym s) || s.sub() == null || !s.sub().isSingle() || !carries(s.sub().single(), v.name())) {
                continue;
            }
            for (Term u : dev.eqc.compiler.term.TermTrees.preorder(reduced)) {
                if (u instanceof Term.InputRef ir && ir.span().equals(s.span()) && !indexedAt(reduced, u, v)
                        && ir.input().declared() && ir.input().key().contains("_")) {
                    return body.file.source.slice(s.span());
                }
            }
        }
        return null;
    }

    /**
     * FedAvg's {@code \\sum_{k=1}^{K} \\frac{n_k}{n} w_{t+1}^k} with {@code w_{t+1}^{k} \\in \\mathbb{R}^{K \\times d}}
     * declared: an input declared under the sum's letter as its label whose first axis is the sum's range (the upper
     * limit written, or with none the letter's capital, {@code K} for {@code k}) is the stack of the members, and the
     * body reads member {@code k}, its row (W0384). A declaration of each member's own shape ({@code W^{(l)} \\in
     * \\mathbb{R}^{n \\times m}}) has no such axis and stays E0350; so do values the file defines under the label.
     * The sum with those reads, or null when some name read whole is not such a stack.
     */
    private Term membersOfStack(Expr.BigOp b, Term.Reduce r) {
        IndexVar v = r.var();
        String range = v.upper() != null ? body.file.source.slice(v.upper().span()).strip() : v.name().toUpperCase();
        java.util.Set<Term> whole = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<String> names = new ArrayList<>();
        for (Expr n : IndexLetters.nodes(b.body(), false)) {
            if (!(n instanceof Expr.Sym s) || s.sup() == null || !s.sup().isSingle() || !carries(s.sup().single(), v.name())) {
                continue;
            }
            for (Term u : dev.eqc.compiler.term.TermTrees.preorder(r.body())) {
                Span at = u instanceof Term.InputRef ir ? ir.span() : u instanceof Term.ValueRef vr ? vr.span() : null;
                if (at == null || !at.equals(s.span()) || indexedAt(r.body(), u, v)) {
                    continue;
                }
                if (!(u instanceof Term.InputRef in) || in.input().dims() == null || in.input().dims().isEmpty()
                        || !in.input().dims().get(0).toString().equals(range)) {
                    return null;
                }
                whole.add(u);
                names.add(body.file.source.slice(s.span()));
            }
        }
        if (whole.isEmpty()) {
            return null;
        }
        Term read = rowsAt(r.body(), whole, v);
        Diagnostic.of(Code.W0384, body.file.source, b.span(), "`" + names.get(0) + "` is declared with " + range
                        + " rows under the label `" + v.name() + "` that `" + body.file.source.slice(b.operator().span())
                        + "` runs over: read as the stack of the " + range + " members, and each term as member `"
                        + v.name() + "`, its row")
                .caret("member " + v.name() + " of " + names.get(0))
                .help("declare the stack without the label and index it (`v \\in \\mathbb{R}^{" + range
                        + " \\times d}`, `v_" + v.name() + "`) to say so and silence this warning")
                .report(body.file.diagnostics);
        return new Term.Reduce(r.span(), r.op(), v, read);
    }

    /** {@code t} with each of {@code whole} read at row {@code v}. */
    private static Term rowsAt(Term t, java.util.Set<Term> whole, IndexVar v) {
        if (whole.contains(t)) {
            return new Term.Index(t.span(), t, List.of(v));
        }
        List<Term> kids = t.children();
        List<Term> out = new ArrayList<>(kids.size());
        boolean changed = false;
        for (Term k : kids) {
            Term n = rowsAt(k, whole, v);
            out.add(n);
            changed |= n != k;
        }
        return changed ? t.withChildren(out) : t;
    }

    /** Whether {@code t} reads the index {@code v} (an element at it, or its value). */
    private static boolean reads(Term t, IndexVar v) {
        for (Term u : dev.eqc.compiler.term.TermTrees.preorder(t)) {
            if (u instanceof Term.Index i && i.indices().contains(v) || u instanceof Term.IndexValue iv && iv.var() == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * FedAvg's {@code \sum_{k=1}^{K} \frac{n_k}{n} w_{t+1}^k} with {@code w_{t+1}^{k} \in \mathbb{R}^{K \times d}}
     * declared: the body reads {@code k} (in {@code n_k}) but carries it also as the label of a name the file gives
     * whole, read whole at every term, so the sum was the whole stack times the sum of the weights, silently. The
     * name's spelling, as printed, when a name whose superscript is the letter (bare, braced or parenthesised) is read
     * whole (an input or value covering the name's whole span, not indexed by the letter); else null.
     */
    private String labelReadWhole(Expr e, Term reduced, IndexVar v) {
        for (Expr n : IndexLetters.nodes(e, false)) {
            if (!(n instanceof Expr.Sym s) || s.sup() == null || !s.sup().isSingle() || !carries(s.sup().single(), v.name())) {
                continue;
            }
            for (Term u : dev.eqc.compiler.term.TermTrees.preorder(reduced)) {
                Span at = u instanceof Term.InputRef ir ? ir.span() : u instanceof Term.ValueRef vr ? vr.span() : null;
                if (at != null && at.equals(s.span()) && !indexedAt(reduced, u, v)) {
                    return body.file.source.slice(s.span());
                }
            }
        }
        return null;
    }

    /** Whether the superscript {@code e} is the letter alone: {@code ^k}, {@code ^{k}} or {@code ^{(k)}}. */
    private static boolean carries(Expr e, String letter) {
        Expr inner = e instanceof Expr.Group g && g.items().size() == 1 ? g.items().get(0) : e;
        return inner instanceof Expr.Sym l && l.bare() && l.base().equals(letter);
    }

    /** Whether {@code ref} is the base of an element read at {@code v} somewhere in {@code t}. */
    private static boolean indexedAt(Term t, Term ref, IndexVar v) {
        for (Term u : dev.eqc.compiler.term.TermTrees.preorder(t)) {
            if (u instanceof Term.Index i && i.base() == ref && i.indices().contains(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first name in {@code e} whose superscript is {@code (letter)} or whose label is subscripted by it ({@code
     * \\mu_{\\theta_m}}), as printed, or null.
     */
    private String labelCarrying(Expr e, String letter) {
        for (Expr n : IndexLetters.nodes(e, false)) {
            if (n instanceof Expr.Sym s && s.sup() != null && s.sup().isSingle() && s.sup().single() instanceof Expr.Group g
                    && g.items().size() == 1 && g.items().get(0) instanceof Expr.Sym l && l.bare()
                    && l.base().equals(letter)) {
                return body.file.source.slice(s.span());
            }
            if (n instanceof Expr.Sym s && s.sub() != null && s.sub().isSingle() && s.sub().single() instanceof Expr.Sym lab
                    && lab.sup() == null && lab.sub() != null && lab.sub().isSingle()
                    && lab.sub().single() instanceof Expr.Sym l && l.bare() && l.base().equals(letter)) {
                // deep ensembles' \mu_{\theta_m}(\mathbf{x}) declared with each member's shape, not the members'
                return body.file.source.slice(s.span());
            }
        }
        return null;
    }

    private Term reductionOf(Expr.BigOp b) {
        Expr.BigOp samples = overDrawnSamples(b);
        if (samples != null) {
            b = samples;
        }
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
        Term listed = kind == null ? null : overListedValues(b, kind, op);
        if (listed != null) {
            return listed;
        }
        List<String> several = IndexLetters.of(op.sub());
        if (kind == Term.ReduceOp.SUM && op.sup() == null && several != null && several.size() > 1) {
            return nestedSums(b, op, several);
        }
        if (kind != null && op.sub() != null && op.sub().items().size() > 1 && op.sup() != null
                && (op.sup().isSingle() || op.sup().items().size() == op.sub().items().size())
                && op.sub().items().get(op.sub().items().size() - 1) instanceof Expr.Relation last
                && last.op() == RelOp.EQ && last.left() instanceof Expr.Sym lv && isIndexName(lv)
                && op.sub().items().subList(0, op.sub().items().size() - 1).stream()
                        .allMatch(e -> e instanceof Expr.Sym s && isIndexName(s) || startsAt(e, last.right()))
                && op.sup().items().stream().allMatch(this::isSize)) {
            // \sum_{i,j=1}^{m}: every index listed runs over the limits written once; \sum_{i,j=1}^{m,n} (Gretton et
            // al.'s MMD): each index over its own upper limit, in the order written; \sum_{i=1,j=1}^{W,H} (ECA-Net's
            // global average pooling) writes the lower limit with each index.
            Double start = ConstantFolder.fold(body.expr(last.right()));
            if (start == null || (start != 0.0 && start != 1.0)) {
                return body.unsupported(last.right().span(), "sums start at 0 or 1; shift the index instead");
            }
            List<IndexVar> vars = new ArrayList<>();
            for (int k = 0; k < op.sub().items().size(); k++) {
                Expr e = op.sub().items().get(k);
                Expr.Sym v = e instanceof Expr.Sym s ? s : e instanceof Expr.Relation r && r.left() instanceof Expr.Sym s ? s : lv;
                Expr upper = op.sup().isSingle() ? null : op.sup().items().get(k);
                IndexVar var = new IndexVar(name(v), v.span(), new Term.Literal(last.right().span(), start),
                        upper == null ? limit(op.sup()) : limit(new Script(upper.span(), List.of(upper),
                                body.file.source.slice(upper.span()))), List.of());
                vars.add(var);
                scope.enter(var);
            }
            Term reduced = body.expr(b.body());
            for (int k = vars.size() - 1; k >= 0; k--) {
                scope.leave();
                reduced = new Term.Reduce(b.span(), kind, vars.get(k), reduced);
            }
            return reduced;
        }
        if (kind != null && op.sup() == null && op.sub() != null && op.sub().isSingle()
                && op.sub().single() instanceof Expr.Relation outer && comparison(outer.op())
                && outer.left() instanceof Expr.Relation such && such.op() == RelOp.SUCH_THAT
                && such.left() instanceof Expr.Sym v && isIndexName(v)) {
            // p : y_p = y_a, read as (p : y_p) = y_a: the condition is y_p = y_a.
            return suchThat(b, kind, v, new Expr.Relation(new Span(such.right().span().start(), outer.right().span().end()),
                    outer.opSpan(), outer.op(), such.right(), outer.right()));
        }
        if (kind != null && op.sup() == null && op.sub() != null && op.sub().isSingle()
                && op.sub().single() instanceof Expr.Relation such && such.op() == RelOp.SUCH_THAT
                && such.left() instanceof Expr.Sym v && isIndexName(v) && such.right() instanceof Expr.Relation cond
                && comparison(cond.op())) {
            return suchThat(b, kind, v, cond);
        }
        Term conditioned = kind == null ? null : listedConditions(b, kind, op);
        if (conditioned != null) {
            return conditioned;
        }
        if (kind != null && op.sup() == null && op.sub() != null && op.sub().items().size() == 3
                && op.sub().items().get(0) instanceof Expr.Relation from && from.op() == RelOp.EQ
                && from.left() instanceof Expr.Sym v && isIndexName(v)
                && ArithmeticLists.isDots(op.sub().items().get(1))) {
            // \max_{i=1, \dots, n} (PointNet's max pooling): the range listed under the operator.
            Double start = ConstantFolder.fold(body.expr(from.right()));
            if (start == null || (start != 0.0 && start != 1.0)) {
                return body.unsupported(from.right().span(), "ranges start at 0 or 1; shift the index instead");
            }
            return bounded(b, kind, v, new Term.Literal(from.right().span(), start), op.sub().items().get(2));
        }
        if (kind != null && op.sup() == null && op.sub() != null && op.sub().isSingle()
                && op.sub().single() instanceof Expr.Relation in && in.op() == RelOp.IN
                && in.left() instanceof Expr.Sym v && isIndexName(v) && in.right() instanceof Expr.Group g
                && g.bracket() == dev.eqc.compiler.ast.Bracket.SQUARE && g.items().size() == 1 && isSize(g.items().get(0))) {
            // \sum_{y' \in [L]} (Menon et al.'s logit adjustment): [L] is \{1, \dots, L\}, counted from 1.
            return bounded(b, kind, v, new Term.Literal(g.span(), 1.0), g.items().get(0));
        }
        Term tuples = kind == null || op.sup() != null ? null : overTuples(b, kind, op);
        if (tuples != null) {
            return tuples;
        }
        Term byLabel = kind == null ? null : excludingLabel(b, kind, op);
        if (byLabel != null) {
            return byLabel;
        }
        if (kind == Term.ReduceOp.SUM && op.sub() == null && op.sup() == null) {
            // \sum (…) with nothing under it (KL of diagonal Gaussians, vector form): the sum of the entries of the
            // vector it is applied to; the shape pass rejects it on anything but a vector.
            return new Term.BuiltinCall(b.span(), dev.eqc.compiler.builtin.Builtin.SUM, List.of(body.expr(b.body())));
        }
        Term between = kind == null ? null : between(b, kind, op);
        if (between != null) {
            return between;
        }
        Term pairs = kind == null ? null : overValuePairs(b, kind, op);
        if (pairs != null) {
            return pairs;
        }
        IndexVar skipped = skippedIndex(op);
        if (kind == null || op.sub() == null || op.sub().items().size() != 1 && skipped == null) {
            return body.unsupported(op.span(), "write the index under the operator, like `\\sum_{j}` or `\\sum_{j=1}^{n}`");
        }
        Expr under = op.sub().items().get(0);
        if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && rel.op() == RelOp.IN && op.sup() == null) {
            // \sum_{k \in \mathcal{N}_i}, \max_{u \in \mathcal{N}(v)}: over a member of a family of index sets.
            SetReductions.Member member = body.sets.declaredMask(rel.right()) != null ? null
                    : body.sets.member(rel.right());
            if (member != null) {
                return body.sets.reduction(b, kind, v, member);
            }
            Term masked = body.sets.overMask(b, kind, v, rel.right());
            if (masked != null) {
                return masked;
            }
        }
        if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && rel.op() == RelOp.IN && op.sup() == null && rel.right() instanceof Expr.Sym set
                && (set.bare() || stepOfBatch(set))
                && (set.kind() == SymKind.CAL || wholeBatchSet(set) || wordSet(set)) && !body.names.isBound(NameKeys.full(set))) {
            // \sum_{x \in \mathcal{X}} p(x) \log \frac{p(x)}{q(x)} (Cover & Thomas): over a set the file does not
            // give, the support: x runs over the axis it reads, as \sum_x.
            Diagnostic.of(Code.W0147, body.file.source, rel.span(), "`" + body.file.source.slice(set.span())
                            + "` is no set the file gives: `" + v.base() + "` runs over the whole axis it indexes (the"
                            + " support of what it reads)")
                    .caret("over the whole axis")
                    .help("write `\\sum_{" + v.base() + "}` to say so, or declare `" + body.file.source.slice(set.span())
                            + "` as a 0/1 membership vector to sum over part of the axis")
                    .report(body.file.diagnostics);
            // One variable for the set and letter, shared with |P| in the same definition (W0429).
            return reduce(b, kind, body.wholeSets.var(NameKeys.full(set), name(v), () -> sized(name(v), v.span())));
        }
        if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && rel.op() == RelOp.IN && op.sup() == null && rel.right() instanceof Expr.Sym set && set.bare()
                && body.file.isDimension(NameKeys.full(set)) && !body.file.hasInput(NameKeys.full(set))
                && body.file.definition(NameKeys.full(set)) == null && !body.names.isBound(NameKeys.full(v))
                && isSize(set)) {
            // CS234's \sum_{s' \in S} P(s' | s) V(s') with P \in \mathbb{R}^{S \times S}: the set of states named by
            // its size, as lecture notes do (|S| states); the index runs over the S values (was E0103).
            Diagnostic.of(Code.W0511, body.file.source, rel.span(), "`" + body.file.source.slice(set.span())
                            + "` is a size the file declares: `" + body.file.source.slice(v.span()) + "` runs over its "
                            + body.file.source.slice(set.span()) + " values, as `\\sum_{" + body.file.source.slice(v.span())
                            + "=1}^{" + body.file.source.slice(set.span()) + "}`")
                    .caret("the set named by its size")
                    .help("write `\\sum_{" + body.file.source.slice(v.span()) + "=1}^{" + body.file.source.slice(set.span())
                            + "}` to say so, or declare the set as a 0/1 membership vector to sum over part of it")
                    .report(body.file.diagnostics);
            return bounded(b, kind, v, new Term.Literal(set.span(), 1.0), set);
        }
        if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && rel.op() == RelOp.IN && rel.right() instanceof Expr.Group set && set.items().size() >= 2
                && op.sup() == null && namedCoordinates(set)) {
            // \sum_{i \in \{x, y, w, h\}} \mathrm{smooth}_{L_1}(t_i^u - v_i) (Fast R-CNN): the coordinates named in
            // order, so i runs over the positions 1 … 4 of the vectors it indexes.
            int count = set.items().size();
            Diagnostic.of(Code.W0148, body.file.source, set.span(), "`" + body.file.source.slice(set.span())
                            + "` names " + count + " coordinates: `" + v.base() + "` runs over positions 1 … " + count
                            + ", in the order written")
                    .caret("read as " + v.base() + " = 1 … " + count)
                    .help("write `\\sum_{" + v.base() + "=1}^{" + count + "}` to say so")
                    .report(body.file.diagnostics);
            Expr.Num last = new Expr.Num(set.span(), Integer.toString(count));
            return bounded(b, kind, v, new Term.Literal(set.items().get(0).span(), 1.0), last);
        }
        String name;
        Span at;
        Term lower = null;
        List<IndexVar> excluded = new ArrayList<>();
        // A limit known only as a value (an index in scope, an integer input): the terms beyond it
        // are masked, so the range itself comes from what the index indexes.
        if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && rel.op() == RelOp.IN && rel.right() instanceof Expr.Group set && set.items().size() >= 2) {
            // i \in \{1, \dots, n\}, i \in [1, k]: explicit limits.
            Double start = ConstantFolder.fold(body.expr(set.items().get(0)));
            Expr last = set.items().get(set.items().size() - 1);
            if (start == null || (start != 0.0 && start != 1.0)) {
                return body.unsupported(set.items().get(0).span(), "ranges start at 0 or 1; shift the index instead");
            }
            if (op.sup() != null) {
                return body.unsupported(op.sup().span(), "give the range once, under the operator");
            }
            return bounded(b, kind, v, new Term.Literal(set.items().get(0).span(), start), last);
        }
        if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && (rel.op() == RelOp.LE || rel.op() == RelOp.LT) && op.sup() == null) {
            // \sum_{j \le i}, \sum_{s \le t}, \sum_{j < i}.
            return cut(b, kind, v, null, rel.op() == RelOp.LE ? Term.CompareOp.LE : Term.CompareOp.LT, rel.right());
        }
        if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && (rel.op() == RelOp.GE || rel.op() == RelOp.GT) && op.sup() == null && mentionsIndex(rel.right())) {
            // \sum_{k \ge t}, \sum_{k > t}: the terms from t on (a reverse cumulative sum).
            return fromBelow(b, kind, v, rel.right(), rel.op() == RelOp.GT, null);
        }
        if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && rel.op() == RelOp.EQ && op.sup() != null && op.sup().isSingle() && kind != null
                && usesIndexInScope(rel.right()) && usesIndexInScope(op.sup().single())) {
            // \sum_{j=\max(0, i-n/2)}^{\min(N-1, i+n/2)} (local response normalisation), \sum_{j=i-k}^{i+k}: a window
            // around another index.
            return window(b, kind, v, rel.right(), op.sup().single());
        }
        if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && rel.op() == RelOp.EQ && mentionsIndex(rel.right())) {
            // \sum_{k=t+1}^{T}, \sum_{j=i+1}^{n}, \sum_{t'=t}^{T}: a lower limit that is another index.
            if (op.sup() == null) {
                return body.unsupported(op.span(), "a lower limit needs an upper one, like `\\sum_{j=i+1}^{n}`");
            }
            if (op.sup().items().size() != 1) {
                return body.unsupported(op.sup().span(), "write one upper limit");
            }
            return fromBelow(b, kind, v, rel.right(), false, op.sup().single());
        }
        if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && rel.op() == RelOp.EQ && op.sup() != null && op.sup().isSingle() && isSize(op.sup().single())
                && !usesIndexInScope(rel.right()) && !isInfinity(op.sup().single())
                && (kind == Term.ReduceOp.SUM || kind == Term.ReduceOp.PROD || kind == Term.ReduceOp.MAX
                        || kind == Term.ReduceOp.MIN)) {
            Double start = ConstantFolder.fold(body.expr(rel.right()));
            if (start == null || start > 1.0 && start == Math.rint(start)) {
                // DANN's \frac{1}{n'} \sum_{i=n+1}^{N} L_d^i (the target examples after the n source ones): a lower
                // limit that is a value or a whole number above 1 (W0462).
                return fromValue(b, kind, v, rel.right(), op.sup());
            }
        }
        if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && rel.op() == RelOp.EQ && op.sup() != null && op.sup().isSingle() && isInfinity(op.sup().single())) {
            // \sum_{l=0}^{\infty}: to the end of what it reads.
            Double start = ConstantFolder.fold(body.expr(rel.right()));
            if (start == null || (start != 0.0 && start != 1.0)) {
                return body.unsupported(rel.right().span(), "sums start at 0 or 1; shift the index instead");
            }
            return toTheEnd(b, kind, v, new Term.Literal(rel.right().span(), start), op.sup().single());
        }
        if (under instanceof Expr.Sym v && isIndexName(v) && op.sup() != null && kind != null) {
            // \sum_i^N: no lower limit written; counted from 1, as papers that write it do.
            Diagnostic.of(Code.W0140, body.file.source, op.span(), "`" + body.file.source.slice(op.span())
                            + "` has no lower limit; eqc counts `" + v.base() + "` from 1 to the upper limit")
                    .caret("read as " + v.base() + " = 1 … " + body.file.source.slice(op.sup().span()))
                    .help("write both limits, like `\\sum_{" + v.base() + "=1}^{N}`, to say so")
                    .report(body.file.diagnostics);
            return bounded(b, kind, v, new Term.Literal(v.span(), 1.0), op.sup().single());
        }
        if (under instanceof Expr.Sym v && isIndexName(v)) {
            name = v.base() + "'".repeat(v.primes());
            at = v.span();
        } else if (under instanceof Expr.Relation rel && rel.op() == RelOp.NE && rel.left() instanceof Expr.Sym v
                && isIndexName(v) && scope.indexVar(name(v)) != null && rel.right() instanceof Expr.Sym o
                && isIndexName(o) && scope.indexVar(name(o)) == null && !body.names.isBound(NameKeys.full(o))) {
            // \sum_i \sum_{i \neq j} \mathcal{C}_{ij}^2 (Barlow Twins as Weng prints it): i is the outer index
            // already, so the sum runs over the other letter, j \neq i. It was the pairs of both letters (W0271) with
            // the outer i shadowed and left without a range.
            name = name(o);
            at = o.span();
            excluded.add(scope.indexVar(name(v)));
        } else if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && (rel.op() == RelOp.EQ || rel.op() == RelOp.NE)) {
            name = v.base() + "'".repeat(v.primes());
            at = v.span();
            if (rel.op() == RelOp.EQ) {
                Double start = ConstantFolder.fold(body.expr(rel.right()));
                if (start == null || (start != 0.0 && start != 1.0)) {
                    return body.unsupported(rel.right().span(), "sums start at 0 or 1; shift the index instead");
                }
                lower = new Term.Literal(rel.right().span(), start);
            } else {
                IndexVar other = rel.right() instanceof Expr.Sym o && o.bare() ? scope.indexVar(o.base()) : null;
                if (other == null && rel.right() instanceof Expr.Sym o && isIndexName(o) && o.primes() == 0
                        && (op.sup() == null || sizeAbove(op)) && skipped == null
                        && !body.names.isBound(NameKeys.full(o))
                        && kind != Term.ReduceOp.ARGMAX && kind != Term.ReduceOp.ARGMIN) {
                    return overPairs(b, kind, v, o);
                }
                if (other == null) {
                    return body.unsupported(rel.right().span(), "`\\ne` compares with an index variable in scope");
                }
                excluded.add(other);
                if (sizeAbove(op)) {
                    // \sum_{j \neq i}^{N}, \sum_{i \neq j}^{m} (KID's unbiased MMD): no lower limit written, counted
                    // from 1 to the upper limit, as \sum_i^N is.
                    Diagnostic.of(Code.W0140, body.file.source, op.span(), "`" + body.file.source.slice(op.span())
                                    + "` has no lower limit; eqc counts `" + v.base() + "` from 1 to the upper limit")
                            .caret("read as " + v.base() + " = 1 … " + body.file.source.slice(op.sup().span()))
                            .help("write both limits, like `" + op.base() + "_{" + v.base() + "=1, " + v.base()
                                    + " \\neq " + other.name() + "}^{" + body.file.source.slice(op.sup().span())
                                    + "}`, to say so")
                            .report(body.file.diagnostics);
                    lower = new Term.Literal(v.span(), 1.0);
                }
            }
        } else {
            return body.unsupported(under.span(), "write the index under the operator, like `\\sum_{j}` or"
                    + " `\\sum_{j=1}^{n}`");
        }
        if (skipped != null) {
            excluded.add(skipped);
        }
        Term upper = null;
        if (op.sup() != null) {
            if (lower == null) {
                return body.unsupported(op.sup().span(), "an upper limit needs a lower one, like `\\sum_{j=1}^{n}`");
            }
            if (op.sup().items().size() == 1 && !isSize(op.sup().single()) && excluded.isEmpty()) {
                return bounded(b, kind, (Expr.Sym) ((Expr.Relation) under).left(), lower, op.sup().single());
            }
            upper = limit(op.sup());
        } else if (lower != null) {
            return body.unsupported(op.span(), "a lower limit needs an upper one, like `\\sum_{j=1}^{n}`");
        }
        int firstValue = lower == null ? 0 : (int) ((Term.Literal) lower).value();
        if (!excluded.isEmpty() && (kind != Term.ReduceOp.SUM || excluded.get(0).firstValue() != firstValue)) {
            // \sum_{k=1, k \neq i}^{n} with i counted from 0 (an element-wise left-hand side's index): the term
            // left out is the one at i's position, as for \min_{j \ne i} below, not the one whose value is i's.
            if (kind != Term.ReduceOp.SUM && kind != Term.ReduceOp.PROD && kind != Term.ReduceOp.MAX && kind != Term.ReduceOp.MIN) {
                return body.unsupported(under.span(), "`\\ne` is supported under `\\sum`, `\\prod`, `\\max` and `\\min`");
            }
            // \min_{j \ne i} D_{ij}: the term j = i is the operation's identity (compared as positions).
            IndexVar other = excluded.get(0);
            IndexVar var = new IndexVar(name, at, lower, upper, List.of());
            Span where = under.span();
            Term otherAt = new Term.IndexValue(where, other);
            int shift = var.firstValue() - other.firstValue();
            if (shift != 0) {
                otherAt = new Term.Arith(where, where, Term.ArithOp.ADD, otherAt, new Term.Literal(where, shift));
            }
            double identity = identity(kind);
            Term keep = new Term.Compare(where, Term.CompareOp.NE, new Term.IndexValue(where, var), otherAt);
            scope.cut(var, keep);
            scope.enter(var);
            Term reduced = body.expr(b.body());
            scope.leave();
            return new Term.Reduce(b.span(), kind, var, new Term.Where(b.body().span(), keep, reduced,
                    new Term.Literal(where, identity)));
        }
        IndexVar var = lower == null && upper == null && excluded.isEmpty() ? sized(name, at)
                : new IndexVar(name, at, lower, upper, excluded);
        scope.enter(var);
        Term reduced = body.expr(b.body());
        scope.leave();
        return new Term.Reduce(b.span(), kind, var, reduced);
    }

    /**
     * {@code \min_{i=1,2} Q_{\theta'_i}(s', \tilde{a})} (TD3's and SAC's twin critics): an index given a short list of
     * whole numbers (at most eight, no dots) stands for each of them in turn; the terms, with the letter replaced by
     * each value (in subscripts too, so {@code Q_{\theta'_1}(s', \tilde{a})} names the declared value), are
     * combined element-wise by the operation. Null when the subscript is no such list.
     */
    private Term overListedValues(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym op) {
        if (op.sup() != null || op.sub() == null || op.sub().items().size() < 2 || op.sub().items().size() > 8
                || !(op.sub().items().get(0) instanceof Expr.Relation first) || first.op() != RelOp.EQ
                || !(first.left() instanceof Expr.Sym v) || !isIndexName(v) || v.primes() != 0
                || kind == Term.ReduceOp.ARGMAX || kind == Term.ReduceOp.ARGMIN) {
            return null;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first.right());
        values.addAll(op.sub().items().subList(1, op.sub().items().size()));
        for (Expr value : values) {
            if (!(value instanceof Expr.Num n) || n.value() != Math.rint(n.value())) {
                return null;
            }
        }
        if (countsFromOne(values) && membersDeclaredUnderLetter(b.body(), v.base())) {
            // Spinning Up's clipped double-Q, \min_{i=1,2} Q_{\phi_i}(s, a) with Q_{\phi_i}(s, a) \in \mathbb{R}^{2}
            // declared (one value per critic): the listed values 1 … n are the range of the letter, and the label
            // \phi_i names member i of the declared values (W0257). Written out, Q_{\phi_1}(s, a) named nothing
            // declared (E0192).
            Span at = first.span();
            IndexVar var = new IndexVar(name(v), v.span(), new Term.Literal(at, 1.0),
                    new Term.Literal(at, values.size()), List.of());
            scope.enter(var);
            Term reduced = body.expr(b.body());
            scope.leave();
            return new Term.Reduce(b.span(), kind, var, reduced);
        }
        Term combined = null;
        for (Expr value : values) {
            Term term = body.expr(new LetterValue(v.base(), (Expr.Num) value).expr(b.body()));
            combined = combined == null ? term : switch (kind) {
                case SUM -> new Term.Arith(b.span(), op.span(), Term.ArithOp.ADD, combined, term);
                case PROD -> new Term.Arith(b.span(), op.span(), Term.ArithOp.MUL, combined, term);
                case MAX -> new Term.BuiltinCall(b.span(), dev.eqc.compiler.builtin.Builtin.MAX, List.of(combined, term));
                case MIN -> new Term.BuiltinCall(b.span(), dev.eqc.compiler.builtin.Builtin.MIN, List.of(combined, term));
                case ARGMAX, ARGMIN, LOGSUMEXP -> throw new IllegalStateException("ruled out above");
            };
        }
        return combined;
    }

    /** Whether the listed whole numbers are 1, 2, …, n in order. */
    private static boolean countsFromOne(List<Expr> values) {
        for (int k = 0; k < values.size(); k++) {
            if (((Expr.Num) values.get(k)).value() != k + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code body} applies a function whose name carries {@code letter} on a label's subscript
     * ({@code Q_{\phi_i}(s, a)}) and whose value at those arguments is declared as written.
     */
    private boolean membersDeclaredUnderLetter(Expr e, String letter) {
        boolean[] found = {false};
        SubscriptForms.walk(e, x -> {
            if (x instanceof Expr.Apply a && a.callee() instanceof Expr.Sym callee && callee.sub() != null
                    && callee.sub().isSingle() && callee.sub().single() instanceof Expr.Sym label
                    && label.sub() != null && AppliedValues.labelLetter(label.sub()) instanceof Expr.Sym l
                    && l.bare() && l.base().equals(letter)
                    && body.file.wasDeclared(NameKeys.full(callee) + "(" + AppliedValues.argumentText(body.file.source, a)
                            + ")")) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** An expression with one index letter written as a number, in the subscripts of names as well. */
    private static final class LetterValue extends ExprCopy {
        private final String letter;
        private final Expr.Num value;
        private final java.util.regex.Pattern standalone;

        LetterValue(String letter, Expr.Num value) {
            this.letter = letter;
            this.value = value;
            this.standalone = java.util.regex.Pattern.compile("(?<![A-Za-z\\\\])" + java.util.regex.Pattern.quote(letter)
                    + "(?![A-Za-z])");
        }

        @Override
        Script script(Script s) {
            return s == null ? null : new Script(s.span(), exprs(s.items()),
                    standalone.matcher(s.key()).replaceAll(value.text()));
        }

        @Override
        Expr sym(Expr.Sym s) {
            if (s.bare() && s.base().equals(letter)) {
                return new Expr.Num(s.span(), value.text());
            }
            return super.sym(s);
        }
    }

    /**
     * {@code \\sum_{k \\neq l}} with neither letter an index in scope (t-SNE's normaliser {@code \\sum_{k \\neq l}
     * (1 + \\|y_k - y_l\\|^2)^{-1}}): over the pairs of distinct positions, {@code \\sum_l \\sum_{k \\neq l}} (W0271).
     */
    private Term overPairs(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym inner, Expr.Sym outer) {
        Diagnostic.of(Code.W0271, body.file.source, b.operator().sub().span(), "neither `" + inner.base() + "` nor `"
                        + outer.base() + "` is an index in scope: read as the pairs of distinct positions, `"
                        + b.operator().base() + "_{" + outer.base() + "} " + b.operator().base() + "_{" + inner.base()
                        + " \\neq " + outer.base() + "}`")
                .caret("over both letters")
                .help("write the two operators to say so, like `\\sum_{" + outer.base() + "} \\sum_{" + inner.base()
                        + " \\neq " + outer.base() + "}`")
                .report(body.file.diagnostics);
        // \sum_{i \neq j}^{m}: both letters run 1 … m.
        IndexVar pair = sizeAbove(b.operator()) ? new IndexVar(name(outer), outer.span(),
                new Term.Literal(outer.span(), 1.0), limit(b.operator().sup()), List.of())
                : sized(name(outer), outer.span());
        scope.enter(pair);
        Term reduced = reduction(b);
        scope.leave();
        return new Term.Reduce(b.span(), kind, pair, reduced);
    }

    /**
     * {@code \\sum_{j=1, j \\neq i}^{n}} (SNE, t-SNE, the InfoNCE denominators): a lower limit and, after a comma,
     * the same letter kept from another index in scope; that index, or null for any other subscript.
     */
    private IndexVar skippedIndex(Expr.Sym op) {
        if (op.sub() == null || op.sub().items().size() != 2 || op.sup() == null
                || !(op.sub().items().get(0) instanceof Expr.Relation from) || from.op() != RelOp.EQ
                || !(from.left() instanceof Expr.Sym v) || !isIndexName(v)
                || !(op.sub().items().get(1) instanceof Expr.Relation ne) || ne.op() != RelOp.NE
                || !(ne.left() instanceof Expr.Sym same) || !same.base().equals(v.base()) || same.primes() != v.primes()
                || !(ne.right() instanceof Expr.Sym other) || !other.bare()) {
            return null;
        }
        return scope.indexVar(other.base());
    }

    /**
     * A reduction over tuples. Song et al.'s lifted structure {@code \sum_{(i,k) \in \mathcal{N}}}, {@code
     * \sum_{(i,j) \in \mathcal{P}}} with {@code \mathcal{P}, \mathcal{N} \in \{0,1\}^{m \times m}} declared: the pairs
     * of positions where the 0/1 matrix is not 0; letters already in scope ({@code i} of a left-hand {@code
     * \tilde{J}_{i,j}}) stay fixed and the others run over the axes they index. TD3+BC's {@code \sum_{(s_i, a_i)}}:
     * the tuples of one sample, one subscript letter on every item, so the reduction runs over that letter (W0403).
     * Before, both were E0103. Null for any other subscript.
     */
    private Term overTuples(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym op) {
        if (op.sub() == null || !op.sub().isSingle()) {
            return null;
        }
        Expr under = op.sub().single();
        Expr set = null;
        if (under instanceof Expr.Relation rel && rel.op() == RelOp.IN) {
            set = rel.right();
            under = rel.left();
        }
        if (set == null && under instanceof Expr.Sym one && one.sub() != null && one.sup() == null && one.accent() == null
                && !body.names.isBound(NameKeys.full(one)) && !body.file.hasInput(NameKeys.full(one))
                && body.file.definition(NameKeys.full(one)) == null) {
            // BCQ's \max_{a_i} over the n actions sampled at s' (Fujimoto et al. 2019, Eq. 13): one sample named by
            // its index, as in a tuple, so the reduction runs over that index (W0403; was E0103).
            Expr.Sym bare = one.withScripts(one.span(), null, null, one.primes());
            if (body.names.isBound(NameKeys.full(bare)) || body.file.hasInput(NameKeys.full(bare))) {
                return null;
            }
            return overSamples(b, kind, new Expr.Group(one.span(), dev.eqc.compiler.ast.Bracket.PAREN, List.of(one)));
        }
        if (!(under instanceof Expr.Group g) || g.bracket() != dev.eqc.compiler.ast.Bracket.PAREN || g.items().size() < 2) {
            return null;
        }
        if (set == null || set instanceof Expr.Sym batch && batch.bare() && batch.kind() == SymKind.CAL
                && !body.names.isBound(NameKeys.full(batch)) && !body.file.wasDeclared(NameKeys.full(batch))) {
            // \sum_{(s_i, a_i) \in \mathcal{B}} with \mathcal{B} a batch the file does not give: its samples
            Term samples = overSamples(b, kind, g);
            if (samples != null || set == null) {
                return samples;
            }
        }
        Expr.Sym shared = set == null ? null : sharedSubscript(g);
        if (shared != null && (body.sets.member(set) != null || body.sets.declaredMask(set) != null)) {
            // Prototypical networks' \sum_{(\mathbf{x}_i, y_i) \in S_k} f_\phi(\mathbf{x}_i) (Snell et al., Eq. 1)
            // with S declared as 0/1 membership rows: the tuple names its sample by the index i, so the sum runs over
            // the members i of S_k, \sum_{i \in S_k} (W0468; was E0103).
            String letter = name(shared);
            String written = body.file.source.slice(set.span());
            Diagnostic.of(Code.W0468, body.file.source, g.span(), "`" + body.file.source.slice(g.span()) + "` names each"
                            + " sample of `" + written + "` by its index `" + letter + "`: the reduction runs over the"
                            + " members `" + letter + "` of `" + written + "`, as `" + op.base() + "_{" + letter + " \\in "
                            + written + "}`")
                    .caret("over " + letter + " \\in " + written)
                    .help("write `" + op.base() + "_{" + letter + " \\in " + written + "}` to say so and silence this"
                            + " warning")
                    .report(body.file.diagnostics);
            Expr.Relation member = new Expr.Relation(new Span(g.span().start(), set.span().end()),
                    new Span(g.span().end(), set.span().start()), RelOp.IN, shared, set);
            Script sub = new Script(member.span(), List.of(member), letter + "\\in" + written);
            return reductionOf(new Expr.BigOp(b.span(), op.withScripts(op.span(), sub, null, op.primes()), b.body()));
        }
        if (!(set instanceof Expr.Sym named) || !named.bare()
                || !(body.names.find(NameKeys.full(named)) instanceof Binding.InputName in) || !in.input().declared()
                || !body.file.isBinary(in.input().key()) || in.input().dims().size() != g.items().size()) {
            return null;
        }
        List<IndexVar> all = new ArrayList<>();
        List<IndexVar> fresh = new ArrayList<>();
        for (Expr item : g.items()) {
            if (!(item instanceof Expr.Sym v) || !isIndexName(v) || body.names.isBound(NameKeys.full(v))) {
                return null;
            }
            IndexVar existing = scope.indexVar(name(v));
            IndexVar var = existing != null ? existing : new IndexVar(name(v), v.span(), null, null, List.of());
            if (all.contains(var) || fresh.stream().anyMatch(f -> f.name().equals(var.name()))) {
                return null;
            }
            all.add(var);
            if (existing == null) {
                fresh.add(var);
            }
        }
        if (fresh.isEmpty()) {
            return null;
        }
        double identity = switch (kind) {
            case SUM -> 0.0;
            case PROD -> 1.0;
            case MAX, ARGMAX, LOGSUMEXP -> Double.NEGATIVE_INFINITY;
            case MIN, ARGMIN -> Double.POSITIVE_INFINITY;
        };
        if (kind == Term.ReduceOp.ARGMAX || kind == Term.ReduceOp.ARGMIN) {
            return null;
        }
        Term keep = new Term.Compare(set.span(), Term.CompareOp.NE, new Term.Index(set.span(),
                body.names.inputRef(set.span(), in.input()), all), new Term.Literal(set.span(), 0.0));
        for (IndexVar v : fresh) {
            scope.enter(v);
        }
        Term reduced = new Term.Where(b.body().span(), keep, body.expr(b.body()), new Term.Literal(set.span(), identity));
        for (int k = fresh.size() - 1; k >= 0; k--) {
            scope.leave();
            reduced = new Term.Reduce(b.span(), kind, fresh.get(k), reduced);
        }
        return reduced;
    }

    /**
     * The letter every item of the tuple {@code (\mathbf{x}_i, y_i)} is subscripted by, a bare index letter not in
     * scope and not a name of the file; null otherwise.
     */
    private Expr.Sym sharedSubscript(Expr.Group g) {
        Expr.Sym letter = null;
        for (Expr item : g.items()) {
            if (!(item instanceof Expr.Sym s) || s.sub() == null || !s.sub().isSingle() || s.sup() != null
                    || !(s.sub().single() instanceof Expr.Sym i) || !isIndexName(i) || i.primes() != 0
                    || letter != null && !name(letter).equals(name(i))) {
                return null;
            }
            letter = i;
        }
        return letter == null || scope.indexVar(name(letter)) != null || body.names.isBound(name(letter)) ? null : letter;
    }

    /** {@code \sum_{(s_i, a_i)}}: every item a name subscripted by the same letter, not in scope; null otherwise. */
    private Term overSamples(Expr.BigOp b, Term.ReduceOp kind, Expr.Group g) {
        String letter = null;
        for (Expr item : g.items()) {
            if (!(item instanceof Expr.Sym s) || s.sub() == null || !s.sub().isSingle() || s.sup() != null
                    || !(s.sub().single() instanceof Expr.Sym i) || !isIndexName(i) || i.primes() != 0
                    || letter != null && !letter.equals(name(i))) {
                return null;
            }
            letter = name(i);
        }
        Expr.Sym index = (Expr.Sym) ((Expr.Sym) g.items().get(0)).sub().single();
        if (scope.indexVar(letter) != null || body.names.isBound(letter)) {
            return null;
        }
        String tuple = body.file.source.slice(g.span());
        Diagnostic.of(Code.W0403, body.file.source, g.span(), "`" + tuple + "` names one sample by its index `" + letter
                        + "`: the reduction runs over `" + letter + "`, the samples")
                .caret("over " + letter)
                .help("write `\\sum_{" + letter + "}` to say so and silence this warning")
                .report(body.file.diagnostics);
        return reduce(b, kind, sized(letter, index.span()));
    }

    /**
     * {@code \\sum_{j \\neq y_i}} (Weston and Watkins' multiclass hinge) and {@code \\sum_{j=1, j \\neq y_i}^{n}}
     * (ArcFace, AM-softmax): every class but the one a label names. The index runs over its range (the axis it
     * indexes, or the limits written) and the term where it equals the label, compared by position as
     * {@code \\mathbb{1}[y_i = k]} is, is the operation's identity. Null when the subscript is no such form.
     */
    private Term excludingLabel(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym op) {
        if (op.sub() == null) {
            return null;
        }
        List<Expr> items = op.sub().items();
        Expr.Relation ne;
        Expr.Sym v;
        Term lower = null;
        if (items.size() == 1 && items.get(0) instanceof Expr.Relation r && r.op() == RelOp.NE
                && r.left() instanceof Expr.Sym l && isIndexName(l) && op.sup() == null) {
            ne = r;
            v = l;
        } else if (items.size() == 2 && op.sup() != null && op.sup().items().size() == 1
                && items.get(0) instanceof Expr.Relation from && from.op() == RelOp.EQ
                && from.left() instanceof Expr.Sym l && isIndexName(l)
                && items.get(1) instanceof Expr.Relation r && r.op() == RelOp.NE
                && r.left() instanceof Expr.Sym same && same.base().equals(l.base()) && same.primes() == l.primes()) {
            ne = r;
            v = l;
            if (labelOf(ne.right()) == null) {
                return null;
            }
            Double start = ConstantFolder.fold(body.expr(from.right()));
            if (start == null || (start != 0.0 && start != 1.0)) {
                return body.unsupported(from.right().span(), "sums start at 0 or 1; shift the index instead");
            }
            lower = new Term.Literal(from.right().span(), start);
        } else {
            return null;
        }
        dev.eqc.compiler.term.Input label = labelOf(ne.right());
        if (label == null) {
            return null;
        }
        if (kind != Term.ReduceOp.SUM && kind != Term.ReduceOp.PROD && kind != Term.ReduceOp.MAX
                && kind != Term.ReduceOp.MIN) {
            return body.unsupported(ne.span(), "`\\ne` is supported under `\\sum`, `\\prod`, `\\max` and `\\min`");
        }
        if (label.selecting().count() == null) {
            Diagnostic.of(Code.W0140, body.file.source, ne.right().span(), "the values of `" + label.latex()
                            + "` are read as positions counted from 0 (as class indices in PyTorch): the term left out"
                            + " is the one at that position")
                    .caret("0 leaves out the first term")
                    .help(dev.eqc.compiler.term.Input.countingHelp(label))
                    .report(body.file.diagnostics);
        }
        Term labelValue = body.expr(ne.right());
        IndexVar var = lower == null ? sized(name(v), v.span())
                : new IndexVar(name(v), v.span(), lower, limit(op.sup()), List.of());
        Span where = ne.span();
        Term at = new Term.IndexValue(where, var);
        Term keep = new Term.Compare(where, Term.CompareOp.NE, at, BodyResolver.asPosition(labelValue, at));
        scope.cut(var, keep);
        scope.enter(var);
        Term reduced = body.expr(b.body());
        scope.leave();
        return new Term.Reduce(b.span(), kind, var, new Term.Where(b.body().span(), keep, reduced,
                new Term.Literal(where, identity(kind))));
    }

    /**
     * {@code \\max_{p : y_p = y_a} D_{ap}}, {@code \\min_{n : y_n \\neq y_a}} (batch-hard triplet mining): the index
     * runs over the axis it indexes and only the terms where the condition holds count; the others are the
     * operation's identity (a maximum over no term is -∞, a sum 0).
     */
    private Term suchThat(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym v, Expr.Relation cond) {
        if (kind != Term.ReduceOp.SUM && kind != Term.ReduceOp.PROD && kind != Term.ReduceOp.MAX
                && kind != Term.ReduceOp.MIN) {
            return body.unsupported(cond.span(), "a condition under the operator works for sums, products, max and min");
        }
        IndexVar var = sized(name(v), v.span());
        scope.enter(var);
        Term keep = body.expr(cond);
        scope.cut(var, keep);
        Term reduced = body.expr(b.body());
        scope.leave();
        return new Term.Reduce(b.span(), kind, var, new Term.Where(b.body().span(), keep, reduced,
                new Term.Literal(cond.span(), identity(kind))));
    }

    /**
     * The soft nearest neighbours loss as Weng's survey prints it, {@code \\sum_{i\\neq j, y_i = y_j, j=1,\\dots,B}},
     * and {@code \\sum_{j \\neq i, y_j = y_i}}: conditions listed under the operator with commas, and maybe the range
     * of the index written out ({@code j=1,\\dots,B}). The index is the range's letter, or else the one letter of the
     * conditions that is no index in scope and no name; only the terms where every condition holds count, the
     * others are the operation's identity, as for {@code \\max_{p : y_p = y_a}}. Null when this is not that form
     * (a condition that is no comparison, no letter or two letters free).
     */
    private Term listedConditions(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym op) {
        if (kind != Term.ReduceOp.SUM && kind != Term.ReduceOp.PROD && kind != Term.ReduceOp.MAX
                && kind != Term.ReduceOp.MIN || op.sup() != null || op.sub() == null || op.sub().items().size() < 2) {
            return null;
        }
        List<Expr> items = op.sub().items();
        Expr.Sym v = null;
        Expr from = null;
        Expr last = null;
        List<Expr.Relation> conditions = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            Expr e = items.get(k);
            if (v == null && e instanceof Expr.Relation r && r.op() == RelOp.EQ && r.left() instanceof Expr.Sym s
                    && isIndexName(s) && k + 2 < items.size() && ArithmeticLists.isDots(items.get(k + 1))) {
                v = s;
                from = r.right();
                last = items.get(k + 2);
                k += 2;
            } else if (e instanceof Expr.Relation r && comparison(r.op())) {
                conditions.add(r);
            } else {
                return null;
            }
        }
        if (conditions.isEmpty()) {
            return null;
        }
        if (v == null) {
            java.util.Map<String, Expr.Sym> free = new java.util.LinkedHashMap<>();
            for (Expr.Relation c : conditions) {
                for (Expr n : IndexLetters.nodes(c, false)) {
                    if (n instanceof Expr.Sym s && isIndexName(s) && s.base().length() == 1
                            && scope.indexVar(name(s)) == null && !body.names.isBound(NameKeys.full(s))) {
                        free.putIfAbsent(name(s), s);
                    }
                    List<String> letters = n instanceof Expr.Sym s && s.sub() != null ? IndexLetters.of(s.sub()) : null;
                    if (letters != null) {
                        for (String l : letters) {
                            if (scope.indexVar(l) == null && !body.names.isBound(l)) {
                                free.putIfAbsent(l, null);
                            }
                        }
                    }
                }
            }
            if (free.size() != 1 || free.values().iterator().next() == null) {
                return null;
            }
            v = free.values().iterator().next();
        }
        IndexVar var;
        if (from != null) {
            Double start = ConstantFolder.fold(body.expr(from));
            if (start == null || (start != 0.0 && start != 1.0) || !isSize(last)) {
                return null;
            }
            var = new IndexVar(name(v), v.span(), new Term.Literal(from.span(), start),
                    limit(new Script(last.span(), List.of(last), body.file.source.slice(last.span()))), List.of());
        } else {
            var = sized(name(v), v.span());
        }
        scope.enter(var);
        List<Term> keeps = new ArrayList<>();
        for (Expr.Relation c : conditions) {
            keeps.add(body.indicator(c, c.span())); // i \neq j of indices counted differently: by position (W0140)
        }
        if (keeps.size() == 1) {
            scope.cut(var, keeps.get(0));
        }
        Term reduced = body.expr(b.body());
        scope.leave();
        for (int k = keeps.size() - 1; k >= 0; k--) {
            reduced = new Term.Where(b.body().span(), keeps.get(k), reduced,
                    new Term.Literal(conditions.get(k).span(), identity(kind)));
        }
        return new Term.Reduce(b.span(), kind, var, reduced);
    }

    /** The value a left-out term takes: it changes nothing (a maximum over no term is -∞, a sum 0). */
    private static double identity(Term.ReduceOp kind) {
        return switch (kind) {
            case SUM -> 0.0;
            case PROD -> 1.0;
            case MAX -> Double.NEGATIVE_INFINITY;
            case MIN -> Double.POSITIVE_INFINITY;
            case ARGMAX, ARGMIN, LOGSUMEXP -> throw new IllegalArgumentException("no identity for " + kind);
        };
    }

    private static boolean comparison(RelOp op) {
        return op == RelOp.EQ || op == RelOp.NE || op == RelOp.LT || op == RelOp.LE || op == RelOp.GT || op == RelOp.GE;
    }

    /** The label input an element like {@code y_i} (or a label scalar {@code y}) reads, or null. */
    private dev.eqc.compiler.term.Input labelOf(Expr e) {
        if (!(e instanceof Expr.Sym s) || s.sup() != null || s.accent() != null) {
            return null;
        }
        Expr.Sym name = s.withScripts(s.span(), null, null, s.primes());
        Binding found = body.names.find(NameKeys.full(name));
        if (found instanceof Binding.ParamName p && s.sub() == null && p.param().declaration() != null
                && p.param().declaration().selecting() != null && p.param().declaration().dims().isEmpty()) {
            // \ell(f(x), y) = \sum_{j \neq y} … with y declared a label (Weston & Watkins): the parameter is that label
            return p.param().declaration();
        }
        if (!(found instanceof Binding.InputName in) || in.input().selecting() == null) {
            Binding whole = body.names.find(NameKeys.full(s));
            return whole instanceof Binding.InputName w && w.input().selecting() != null && w.input().dims().isEmpty()
                    ? w.input() : null;
        }
        if (s.sub() != null && body.names.indicesOf(s) == null) {
            return null;
        }
        return in.input();
    }

    /** A reduction with explicit limits from {@code lower} to {@code last}: a size, or a value known at run time. */
    /**
     * {@code \max_{1 \le i \le N}} (Rabiner's Viterbi recursion), {@code \sum_{0 \le j < n}}: the range written as
     * two comparisons around the index, the same range as {@code \max_{i=1}^{N}}, {@code \sum_{j=0}^{n-1}}. Null
     * when the form does not apply.
     */
    private Term between(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym op) {
        if (op.sup() != null || op.sub() == null || !op.sub().isSingle()
                || !(op.sub().single() instanceof Expr.Relation outer) || !upward(outer.op())) {
            return null;
        }
        Expr low;
        RelOp lowOp;
        Expr.Sym v;
        RelOp highOp;
        Expr high;
        if (outer.left() instanceof Expr.Relation inner && upward(inner.op()) && inner.right() instanceof Expr.Sym s
                && isIndexName(s)) {
            low = inner.left();
            lowOp = inner.op();
            v = s;
            highOp = outer.op();
            high = outer.right();
        } else if (outer.right() instanceof Expr.Relation inner && upward(inner.op())
                && inner.left() instanceof Expr.Sym s && isIndexName(s)) {
            low = outer.left();
            lowOp = outer.op();
            v = s;
            highOp = inner.op();
            high = inner.right();
        } else {
            return null;
        }
        Expr last = highOp == RelOp.LE ? high
                : new Expr.Binary(high.span(), high.span(), dev.eqc.compiler.ast.BinaryOp.SUB, high,
                        new Expr.Num(high.span(), "1"));
        if (!(low instanceof Expr.Num) && mentionsIndex(low)) {
            // Stick-breaking attention's \prod_{i < k < j}: a bound that is another index is the range written with
            // limits, \prod_{k=i+1}^{j-1}, whose terms outside the bounds are left out (W0171). Was E0103.
            Expr lower = lowOp == RelOp.LE ? low : new Expr.Binary(low.span(), low.span(),
                    dev.eqc.compiler.ast.BinaryOp.ADD, low, new Expr.Num(low.span(), "1"));
            String text = body.file.source.slice(outer.span()).strip();
            Expr.Sym limited = op.withScripts(op.span(),
                    new Script(outer.span(), List.of(new Expr.Relation(outer.span(), outer.opSpan(), RelOp.EQ, v, lower)),
                            text), new Script(high.span(), List.of(last), text), op.primes());
            return reductionOf(new Expr.BigOp(b.span(), limited, b.body()));
        }
        Double start = low instanceof Expr.Num ? ConstantFolder.fold(body.expr(low)) : null;
        double first = start == null ? -1 : start + (lowOp == RelOp.LT ? 1 : 0);
        if (first != 0.0 && first != 1.0) {
            return body.unsupported(low.span(), "ranges start at 0 or 1; shift the index instead");
        }
        return bounded(b, kind, v, new Term.Literal(low.span(), first), last);
    }

    /**
     * RRHF's {@code \sum_{r_i < r_j} \max(0, p_i - p_j)} (Yuan et al. 2023, Eq. 2): a comparison of two entries of
     * declared vectors, each subscripted by one index letter, and nothing else under the operator. The letters not in
     * scope run over the axes they index, every ordered combination once, and only the terms where the comparison
     * holds count; the others are the operation's identity (W0504; was E0103). Null for any other subscript.
     */
    private Term overValuePairs(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym op) {
        if (kind != Term.ReduceOp.SUM && kind != Term.ReduceOp.PROD && kind != Term.ReduceOp.MAX
                && kind != Term.ReduceOp.MIN || op.sup() != null || op.sub() == null || !op.sub().isSingle()
                || !(op.sub().single() instanceof Expr.Relation rel) || !comparison(rel.op())) {
            return null;
        }
        java.util.List<String> free = new ArrayList<>();
        java.util.List<Expr.Sym> at = new ArrayList<>();
        for (Expr side : List.of(rel.left(), rel.right())) {
            if (!(side instanceof Expr.Sym s) || s.sup() != null || s.accent() != null || s.primes() != 0
                    || s.sub() == null || !s.sub().isSingle() || !(s.sub().single() instanceof Expr.Sym i)
                    || !i.bare() || !isIndexName(i) || i.primes() != 0) {
                return null;
            }
            Expr.Sym whole = s.withScripts(s.span(), null, null, 0);
            if (!(body.names.find(NameKeys.full(whole)) instanceof Binding.InputName in) || !in.input().declared()
                    || in.input().dims() == null || in.input().dims().size() != 1) {
                return null;
            }
            String letter = name(i);
            if (scope.indexVar(letter) == null) {
                if (body.names.isBound(letter) || free.contains(letter)) {
                    return null;
                }
                free.add(letter);
                at.add(i);
            }
        }
        Expr.Sym left = body.def == null ? null : body.def.nameSym();
        List<String> leftLetters = left == null || left.sub() == null ? List.of() : IndexLetters.of(left.sub());
        if (free.isEmpty() || leftLetters != null && free.stream().anyMatch(leftLetters::contains)) {
            // s_i = \sum_{t_j \ge t_i} …: a letter of the left-hand side the body reads only here was not made an
            // index of the definition; summing over it would be a silent number, so it stays E0103.
            return null;
        }
        String text = body.file.source.slice(rel.span()).strip();
        Diagnostic.of(Code.W0504, body.file.source, rel.span(), "`" + text + "` compares entries: the reduction runs over"
                        + " every " + (free.size() == 2 ? "pair (" + free.get(0) + ", " + free.get(1) + ")" : "`"
                        + free.get(0) + "`") + " of positions where it holds, each once; the other terms are left out")
                .caret("over the " + String.join(", ", free) + " where this holds")
                .help("write `\\sum_{" + String.join("", free) + "} \\mathbb{1}[" + text + "] …` to say so")
                .report(body.file.diagnostics);
        List<IndexVar> vars = new ArrayList<>();
        for (int k = 0; k < free.size(); k++) {
            IndexVar var = sized(free.get(k), at.get(k).span());
            vars.add(var);
            scope.enter(var);
        }
        Term keep = body.expr(rel);
        Term reduced = new Term.Where(b.body().span(), keep, body.expr(b.body()), new Term.Literal(rel.span(),
                identity(kind)));
        for (int k = vars.size() - 1; k >= 0; k--) {
            scope.leave();
            reduced = new Term.Reduce(b.span(), kind, vars.get(k), reduced);
        }
        return reduced;
    }

    /**
     * {@code I} in SupCon's {@code \sum_{i \in I}} ("i \in I \equiv \{1 \dots 2N\}", Khosla et al. 2020): a plain capital
     * letter the file neither declares nor defines nor uses as a size, read as a set like {@code \mathcal{X}} (W0147).
     */
    private boolean wholeBatchSet(Expr.Sym set) {
        return set.kind() == SymKind.LETTERS && set.base().length() == 1 && Character.isUpperCase(set.base().charAt(0))
                && !body.file.isDimension(set.base()) && !body.file.hasInput(set.base());
    }

    /**
     * CS224n's {@code \sum_{w \in \text{Vocab}}}: a set named by a word the file neither declares nor defines, read as
     * {@code \mathcal{X}} is (W0147).
     */
    private boolean wordSet(Expr.Sym set) {
        return set.kind() == SymKind.WORD && !body.file.isDimension(NameKeys.full(set))
                && !body.file.hasInput(NameKeys.full(set)) && body.file.definition(NameKeys.full(set)) == null;
    }

    private static boolean upward(RelOp op) {
        return op == RelOp.LE || op == RelOp.LT;
    }

    private Term bounded(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym v, Term lower, Expr last) {
        if (isSize(last)) {
            Script sup = new Script(last.span(), List.of(last), body.file.source.slice(last.span()));
            return reduce(b, kind, new IndexVar(name(v), v.span(), lower, limit(sup), List.of()));
        }
        return cut(b, kind, v, lower, Term.CompareOp.LE, last);
    }

    /**
     * {@code \prod_{s=1}^{t}}, {@code \sum_{s \le t}}, {@code \sum_{j \le i}}: the limit is a
     * value (an integer input, an index in scope), not a size. The index ranges over the axis it
     * indexes and the terms past the limit are the operation's identity (0 for a sum, 1 for a
     * product), so with {@code t} an input this is a cumulative sum or product read at {@code t}.
     */
    private Term cut(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym v, Term lower, Term.CompareOp cmp, Expr limit) {
        if (kind != Term.ReduceOp.SUM && kind != Term.ReduceOp.PROD && kind != Term.ReduceOp.MAX
                && kind != Term.ReduceOp.MIN) {
            return body.unsupported(limit.span(), "a limit known only at run time works for sums, products, max and min");
        }
        String letter = IndexLetters.limitLetter(limit);
        IndexVar other = letter != null ? scope.indexVar(letter) : null;   // j \le i, i = 1 … t - 1
        Term bound = body.expr(limit);
        if (lower == null) {
            // Count like the index it is compared with; a run-time step count counts from 1.
            int first = other != null ? other.firstValue() : 1;
            lower = first == 0 ? null : new Term.Literal(v.span(), first);
            if (other == null) {
                Diagnostic.of(Code.W0140, body.file.source, v.span(), "`" + name(v) + "` counts from 1 here, as steps"
                                + " do: `" + body.file.source.slice(limit.span()) + "` terms when it is a whole number")
                        .caret("read as " + name(v) + " = 1, 2, …")
                        .help("write the lower limit, like `\\sum_{" + name(v) + "=1}^{" + body.file.source.slice(limit.span())
                                + "}` (or `=0`), to say so")
                        .report(body.file.diagnostics);
            }
        }
        boolean byIndex = other == null && usesIndexInScope(limit);
        IndexVar shifted = other == null ? body.rangedByShiftedRead(name(v), v.span(), lower, b.body()) : null;
        if (byIndex) {
            // \sum_{k=0}^{T-t-1}: a limit that moves with another index (a triangular sum).
            Diagnostic.of(Code.W0171, body.file.source, limit.span(), "the limit `" + body.file.source.slice(limit.span())
                            + "` depends on another index; `" + name(v) + "` runs over " + (shifted != null
                            ? "the positions it reads" : "the axis it indexes") + " and the terms past the limit are"
                            + " left out")
                    .caret("read as " + name(v) + " = " + (lower == null ? 0 : (int) ((Term.Literal) lower).value())
                            + ", … while " + name(v) + " \\le " + body.file.source.slice(limit.span()))
                    .help("state the ranges (`\\quad t = 0, \\dots, T-1`) to choose how the indices count")
                    .report(body.file.diagnostics);
        } else if (other == null) {
            Diagnostic.of(Code.W0141, body.file.source, limit.span(), "the limit `" + body.file.source.slice(limit.span())
                            + (bound instanceof Term.ConstRef c ? "` = " + (c.constant().value() == Math.rint(c.constant().value())
                                    ? String.valueOf((long) c.constant().value()) : String.valueOf(c.constant().value()))
                                    + " is a number of the file; `" + name(v) + "` runs over the axis it"
                                    + " indexes, or up to the limit when it indexes none, and terms past the limit are"
                                    + " left out"
                                    : "` is known only at run time; `" + name(v) + "` runs over the axis it indexes and"
                                            + " terms past the limit are left out"))
                    .caret("cumulative " + (kind == Term.ReduceOp.PROD ? "product" : kind == Term.ReduceOp.SUM ? "sum"
                            : kind.name().toLowerCase(java.util.Locale.ROOT)) + ", cut at run time")
                    .help("a limit past the end of that axis takes every term; declare the limit as a dimension for a"
                            + " fixed range")
                    .report(body.file.diagnostics);
        }
        IndexVar var = shifted != null ? shifted : other != null
                ? new IndexVar(name(v), v.span(), lower, null, List.of(), other)
                : new IndexVar(name(v), v.span(), lower, null, List.of(), null, bound);
        Span at = limit.span();
        double identity = identity(kind);
        int shift = var.firstValue() - (other != null ? other.firstValue() : var.firstValue());
        if (shift != 0) {
            // \prod_{s=1}^{t} with t a left-hand index counted from 0: compare positions (s - 1 <= t).
            bound = new Term.Arith(at, at, Term.ArithOp.ADD, bound, new Term.Literal(at, shift));
        }
        Term keep = new Term.Compare(at, cmp, new Term.IndexValue(v.span(), var), bound);
        scope.cut(var, keep);
        scope.enter(var);
        Term reduced = body.expr(b.body());
        scope.leave();
        return new Term.Reduce(b.span(), kind, var, new Term.Where(b.body().span(), keep, reduced,
                new Term.Literal(at, identity)));
    }

    /**
     * {@code \\sum_{k=t+1}^{T}}, {@code \\sum_{k \\ge t}}: the lower limit is an expression of an index in scope.
     * {@code k} runs over the whole range (up to the upper limit, or the axis it indexes) and the terms below the
     * limit are the operation's identity, compared as numbers. {@code k} counts from 1 when the limit is at least
     * 1 at the other indices' first values ({@code t+1} with {@code t} from 0), else from 0 (W0171).
     */
    private Term fromValue(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym v, Expr limit, Script upper) {
        Span at = limit.span();
        IndexVar var = new IndexVar(name(v), v.span(), new Term.Literal(v.span(), 1.0), limit(upper), List.of());
        String limitText = body.file.source.slice(limit.span()).strip();
        String top = body.file.source.slice(upper.span()).strip().replaceAll("^\\{(.*)\\}$", "$1");
        Diagnostic.of(Code.W0462, body.file.source, at, "`" + name(v) + "` runs 1 … " + top
                        + ", counted from 1, and the terms with `"
                        + name(v) + " < " + limitText + "` are left out")
                .caret("read as " + name(v) + " = 1, 2, … with " + name(v) + " \\ge " + limitText)
                .help("to say so, write `\\sum_{" + name(v) + "=1}^{" + top + "} [" + name(v) + " \\ge " + limitText
                        + "] …`; to count from the limit instead, shift the index")
                .report(body.file.diagnostics);
        Term keep = new Term.Compare(at, Term.CompareOp.GE, new Term.IndexValue(v.span(), var), body.expr(limit));
        scope.cut(var, keep);
        scope.enter(var);
        Term reduced = body.expr(b.body());
        scope.leave();
        return new Term.Reduce(b.span(), kind, var, new Term.Where(b.body().span(), keep, reduced,
                new Term.Literal(at, identity(kind))));
    }

    private Term fromBelow(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym v, Expr limit, boolean strict, Expr upper) {
        if (kind != Term.ReduceOp.SUM && kind != Term.ReduceOp.PROD && kind != Term.ReduceOp.MAX
                && kind != Term.ReduceOp.MIN) {
            return body.unsupported(limit.span(), "a lower limit that is another index works for sums, products, max"
                    + " and min");
        }
        java.util.Map<String, Integer> letters = new java.util.LinkedHashMap<>();
        Integer least = affineLeast(limit, letters);
        if (least == null) {
            return body.unsupported(limit.span(), "write the lower limit as an index plus or minus a number, like"
                    + " `k=t+1`");
        }
        int first = least + (strict ? 1 : 0) >= 1 ? 1 : 0;
        Span at = limit.span();
        Term lower = first == 1 ? new Term.Literal(v.span(), 1.0) : null;
        IndexVar var;
        String range;
        if (upper == null) {
            IndexVar other = scope.indexVar(letters.keySet().iterator().next());
            var = new IndexVar(name(v), v.span(), lower, null, List.of(), other);
            range = "the range of `" + other.name() + "`";
        } else if (isInfinity(upper)) {
            var = body.rangedByShiftedRead(name(v), v.span(), lower, b.body());
            if (var == null) {
                var = new IndexVar(name(v), v.span(), lower, null, List.of());
            }
            range = "the end of what it reads";
        } else if (isSize(upper)) {
            Script sup = new Script(upper.span(), List.of(upper), body.file.source.slice(upper.span()));
            Term top = limit(sup);
            var = new IndexVar(name(v), v.span(), first == 1 ? lower : new Term.Literal(v.span(), 0.0), top, List.of());
            range = body.file.source.slice(upper.span());
        } else {
            return body.unsupported(upper.span(), "with a lower limit that is another index, the upper limit is a size"
                    + " (`T`, `n`) or `\\infty`");
        }
        String limitText = body.file.source.slice(limit.span());
        Diagnostic.of(Code.W0171, body.file.source, at, "`" + name(v) + "` runs " + first + " … " + range
                        + " and the terms with `" + name(v) + (strict ? " \\le " : " < ") + limitText
                        + "` are left out (compared as numbers: " + letters.keySet().stream()
                        .map(l -> "`" + l + "` counts from " + scope.indexVar(l).firstValue())
                        .collect(java.util.stream.Collectors.joining(", ")) + ")")
                .caret("read as " + name(v) + " = " + first + ", " + (first + 1) + ", … with " + name(v)
                        + (strict ? " > " : " \\ge ") + limitText)
                .help("state the ranges (`\\quad t = 0, \\dots, T-1`) to choose how the indices count")
                .report(body.file.diagnostics);
        double identity = identity(kind);
        Term keep = new Term.Compare(at, strict ? Term.CompareOp.GT : Term.CompareOp.GE,
                new Term.IndexValue(v.span(), var), body.expr(limit));
        scope.cut(var, keep);
        scope.enter(var);
        Term reduced = body.expr(b.body());
        scope.leave();
        return new Term.Reduce(b.span(), kind, var, new Term.Where(b.body().span(), keep, reduced,
                new Term.Literal(at, identity)));
    }

    /**
     * {@code \\sum_{j=\\max(0, i-n/2)}^{\\min(N-1, i+n/2)}}, {@code \\sum_{j=i-k}^{i+k}}: both limits use an index in
     * scope. The index runs over the whole axis it indexes, counted as the first such index counts, and the terms
     * outside the limits (compared as numbers: {@code n/2 = 1.5} keeps {@code i-1 … i+1}) are the operation's
     * identity, 0 for a sum (W0171 says so). The clipping {@code \\max(0, …)}, {@code \\min(N-1, …)} is then the
     * axis's own end.
     */
    private Term window(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym v, Expr from, Expr to) {
        if (kind != Term.ReduceOp.SUM && kind != Term.ReduceOp.PROD && kind != Term.ReduceOp.MAX
                && kind != Term.ReduceOp.MIN) {
            return body.unsupported(from.span(), "a window of limits works for sums, products, max and min");
        }
        IndexVar[] outer = {null};
        SubscriptForms.walk(from, n -> {
            if (outer[0] == null && n instanceof Expr.Sym s && s.bare() && scope.indexVar(s.base()) != null
                    && !body.names.isBound(s.base())) {
                outer[0] = scope.indexVar(s.base());
            }
        });
        int first = outer[0] == null ? 0 : outer[0].firstValue();
        IndexVar var = new IndexVar(name(v), v.span(), first == 1 ? new Term.Literal(v.span(), 1.0) : null, null,
                List.of());
        Span at = new Span(from.span().start(), to.span().end());
        String fromText = body.file.source.slice(from.span());
        String toText = body.file.source.slice(to.span());
        Diagnostic.of(Code.W0171, body.file.source, at, "`" + name(v) + "` runs over the axis it indexes and the terms"
                        + " outside `" + fromText + "` … `" + toText + "` are left out (compared as numbers: `" + name(v)
                        + "`" + (outer[0] == null ? "" : " and `" + outer[0].name() + "`") + " count from " + first + ")")
                .caret("read as " + fromText + " \\le " + name(v) + " \\le " + toText)
                .help("state the ranges (`\\quad i = 0, \\dots, N-1`) to choose how the indices count")
                .report(body.file.diagnostics);
        scope.enter(var);
        Term low = body.expr(from);
        Term high = body.expr(to);
        double identity = identity(kind);
        Term value = new Term.IndexValue(v.span(), var);
        Term keep = new Term.Arith(at, at, Term.ArithOp.MUL, new Term.Compare(at, Term.CompareOp.GE, value, low),
                new Term.Compare(at, Term.CompareOp.LE, value, high));
        scope.cut(var, keep);
        Term reduced = body.expr(b.body());
        scope.leave();
        return new Term.Reduce(b.span(), kind, var, new Term.Where(b.body().span(), keep, reduced,
                new Term.Literal(at, identity)));
    }

    /** {@code \\sum_{l=0}^{\\infty}}: read to the end of the sequence the body reads at a shifted position (W0172). */
    private Term toTheEnd(Expr.BigOp b, Term.ReduceOp kind, Expr.Sym v, Term lower, Expr infinity) {
        Term low = ((Term.Literal) lower).value() == 0.0 ? null : lower;
        IndexVar var = body.rangedByShiftedRead(name(v), v.span(), low, b.body());
        if (var == null) {
            var = new IndexVar(name(v), v.span(), low, null, List.of());
        }
        Diagnostic.of(Code.W0172, body.file.source, infinity.span(), "`" + name(v) + "` runs to `\\infty`: read to the"
                        + " end of the sequence it reads, and terms past the end are 0")
                .caret("read as " + name(v) + " = " + var.firstValue() + " … the length of what it reads")
                .help("write the last term's limit, like `\\sum_{" + name(v) + "=0}^{T-t-1}`, to say so")
                .report(body.file.diagnostics);
        return reduce(b, kind, var);
    }

    /** Whether {@code e} uses an index in scope as a value ({@code T-t-1}). */
    private boolean usesIndexInScope(Expr e) {
        boolean[] found = {false};
        SubscriptForms.walk(e, n -> found[0] |= n instanceof Expr.Sym s && s.bare()
                && scope.indexVar(s.base()) != null && !body.names.isBound(s.base()));
        return found[0];
    }

    private static boolean isInfinity(Expr e) {
        return e instanceof Expr.Sym s && s.bare() && s.kind() == SymKind.COMMAND && s.base().equals("\\infty");
    }

    /** Whether {@code e} is a sum of index letters in scope (at least one) and whole numbers. */
    private boolean mentionsIndex(Expr e) {
        java.util.Map<String, Integer> letters = new java.util.LinkedHashMap<>();
        return affineLeast(e, letters) != null && !letters.isEmpty();
    }

    /** The value of a sum of index letters in scope and numbers at the letters' first values; null if not one. */
    private Integer affineLeast(Expr e, java.util.Map<String, Integer> letters) {
        Script probe = new Script(e.span(), List.of(e), body.file.source.slice(e.span()));
        List<OffsetSubscript.Item> items = OffsetSubscript.of(probe);
        OffsetSubscript.Item item;
        if (items != null) {
            item = items.get(0);
        } else if (e instanceof Expr.Sym s && s.bare()) {
            item = new OffsetSubscript.Item(java.util.Map.of(s.base(), 1), 0, e.span());
        } else {
            return null;
        }
        int least = item.offset();
        for (var l : item.letters().entrySet()) {
            IndexVar other = scope.indexVar(l.getKey());
            if (other == null || l.getValue() != 1) {
                return null;
            }
            least += other.firstValue();
        }
        letters.putAll(item.letters());
        return least;
    }

    private Term reduce(Expr.BigOp b, Term.ReduceOp kind, IndexVar var) {
        scope.enter(var);
        Term reduced = body.expr(b.body());
        scope.leave();
        return new Term.Reduce(b.span(), kind, var, reduced);
    }

    private static String name(Expr.Sym v) {
        return v.base() + "'".repeat(v.primes());
    }

    /** Whether an upper limit is a size: a number, or a name that is a dimension or nothing yet (it becomes one). */
    /** {@code \\{x, y, w, h\\}}: distinct single letters that name nothing in this body. */
    private boolean namedCoordinates(Expr.Group set) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Expr item : set.items()) {
            if (!(item instanceof Expr.Sym s) || !s.bare() || s.base().length() != 1
                    || !Character.isLetter(s.base().charAt(0)) || body.names.isBound(NameKeys.full(s))
                    || scope.indexVar(s.base()) != null || !seen.add(s.base())) {
                return false;
            }
        }
        return true;
    }

    private boolean isSize(Expr e) {
        if (usesIndexInScope(e)) {
            return false;   // T-t-1 with t an index in scope
        }
        if (e instanceof Expr.Num) {
            return true;
        }
        if (e instanceof Expr.Sym s && s.sup() == null) {
            String key = NameKeys.full(s);
            Binding bound = body.names.find(key);
            return scope.indexVar(key) == null && (bound == null || bound instanceof Binding.DimensionName
                    || bound instanceof Binding.DefinedDimension);
        }
        // t - 1 with t an index in scope is a value, not a size; so is t + 1 with t a declared number (NAdam's
        // \prod_{i=1}^{t+1} \mu_i, t \in \mathbb{N} an input).
        String letter = IndexLetters.limitLetter(e);
        return !(e instanceof Expr.Sym) && (letter == null || scope.indexVar(letter) == null) && !mentionsInput(e);
    }

    /** Whether a name in {@code e} is a declared input (a value given at run time), not a size. */
    private boolean mentionsInput(Expr e) {
        boolean[] found = {false};
        SubscriptForms.walk(e, n -> found[0] |= n instanceof Expr.Sym s && s.sup() == null
                && body.names.find(NameKeys.full(s)) instanceof Binding.InputName);
        return found[0];
    }

    /** {@code \sum_{b,h,w} x = \sum_b \sum_h \sum_w x}. */
    private Term nestedSums(Expr.BigOp b, Expr.Sym op, List<String> letters) {
        List<IndexVar> vars = new ArrayList<>();
        for (String letter : letters) {
            IndexVar v = sized(letter, op.sub().span());
            vars.add(v);
            scope.enter(v);
        }
        Term sum = body.expr(b.body());
        for (int k = vars.size() - 1; k >= 0; k--) {
            scope.leave();
            sum = new Term.Reduce(b.span(), Term.ReduceOp.SUM, vars.get(k), sum);
        }
        return sum;
    }

    /** An index without limits: over its upper-case letter where that is its size ({@link SizeLetters}). */
    private IndexVar sized(String letter, Span at) {
        String size = body.sizeLetters.get(letter);
        if (size == null) {
            return new IndexVar(letter, at, null, null, List.of());
        }
        return new IndexVar(letter, at, new Term.Literal(at, 1.0), new Term.DimValue(at, size), List.of());
    }

    /** One upper limit written over the operator that is a size ({@code \sum_{i \neq j}^{m}}). */
    private boolean sizeAbove(Expr.Sym op) {
        return op.sup() != null && op.sup().isSingle() && isSize(op.sup().single());
    }

    /** A letter that can name an index: {@code j}, {@code t'}, {@code \\ell}. */
    private static boolean isIndexName(Expr.Sym v) {
        return v.sub() == null && v.sup() == null && v.accent() == null
                && (v.kind() == SymKind.LETTERS || v.kind() == SymKind.COMMAND);
    }

    /** An upper limit: a number, or a dimension (an undeclared symbol becomes one). */
    private Term limit(Script sup) {
        if (sup.items().size() == 1 && sup.single() instanceof Expr.Sym s && s.sup() == null
                && !body.names.isBound(NameKeys.full(s)) && !body.names.isSplittableRun(s)) {
            body.file.addDimension(NameKeys.withSub(s));
        }
        return body.script(sup);
    }
}
