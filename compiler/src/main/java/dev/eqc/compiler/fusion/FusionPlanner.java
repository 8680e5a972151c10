package dev.eqc.compiler.fusion;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.builtin.LoopForm;
import dev.eqc.compiler.fusion.LoopExpr.Binary;
import dev.eqc.compiler.fusion.LoopExpr.Call;
import dev.eqc.compiler.fusion.LoopExpr.Compare;
import dev.eqc.compiler.fusion.LoopExpr.Level;
import dev.eqc.compiler.fusion.LoopExpr.Literal;
import dev.eqc.compiler.fusion.LoopExpr.Load;
import dev.eqc.compiler.fusion.LoopExpr.MinMax;
import dev.eqc.compiler.fusion.LoopExpr.NamedConstant;
import dev.eqc.compiler.fusion.LoopExpr.Negate;
import dev.eqc.compiler.fusion.LoopExpr.Op;
import dev.eqc.compiler.fusion.LoopExpr.Power;
import dev.eqc.compiler.fusion.LoopExpr.Reduction;
import dev.eqc.compiler.fusion.LoopExpr.RowReduce;
import dev.eqc.compiler.fusion.LoopExpr.Scalar;
import dev.eqc.compiler.fusion.LoopExpr.Select;
import dev.eqc.compiler.fusion.LoopExpr.Size;
import dev.eqc.compiler.shape.ProductKind;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fusion pass: a typed definition to the {@link FusedLoop} it runs as, when it can run as one
 * pass over memory ({@code docs/ARCHITECTURE.md}, "Fused loops").
 *
 * <p>A definition fuses when its body, with the definitions it uses inlined, is made only of
 * element-wise arithmetic and functions over operands of the result's shape (or single numbers),
 * plus, for a vector result, reductions along that vector: {@code \mathrm{mean}},
 * {@code \mathrm{Var}}, {@code \sum_i}, {@code \max_i}, {@code \min_i}, and the stable log-sum-exp
 * a spelled-out softmax becomes. Products, softmax built-ins, layouts and gradients' own steps do
 * not fuse (one visitor method per kind of term says so); such a definition keeps the general path.
 * Built-ins are lowered as their table entries say ({@link LoopForm}), expanded ones through
 * {@link Builtin#expansion}. At most {@value #MAX_NODES} nodes, so a huge body stays on the
 * general path rather than becoming one huge loop.
 */
public final class FusionPlanner {
    static final int MAX_NODES = 256;

    private FusionPlanner() {}

    /** The loop {@code def}'s body runs as, or empty when it does not fuse. */
    public static Optional<FusedLoop> plan(TypedProgram typed, Definition def, OperandNames names) {
        int rank = typed.resultShape(def).rank();
        if (rank == 0 || def.indices().size() > 1) {
            return Optional.empty();
        }
        Planner p = new Planner(typed, def, names);
        try {
            Ctx top = new Ctx(Map.of(), def.elementwise() ? def.indices().get(0) : null, !def.elementwise(),
                    new IdentityHashMap<>());
            LoopExpr root = p.lower(def.body(), top);
            if (p.elementParams.isEmpty() || LoopExpr.level(root) != Level.ELEMENT) {
                return Optional.empty();
            }
            if (p.reductions > 0 && rank != 1) {
                return Optional.empty();
            }
            if (p.operations < 2 && p.reductions == 0) {
                return Optional.empty(); // one runtime call is already one pass
            }
            Dim row = p.reductions > 0 ? typed.resultShape(def).dim(0) : null;
            if (row != null && !p.rowExtents.stream().allMatch(d -> d.toString().equals(row.toString()))) {
                return Optional.empty();
            }
            FusedLoop.Nest nest = row == null ? new FusedLoop.Nest.Flat() : new FusedLoop.Nest.Rows(row);
            FusedLoop.RowForm form = row == null ? new FusedLoop.RowForm.General() : RowForms.of(root);
            return Optional.of(new FusedLoop(nest, p.elementParams, p.scalarParams, root, rank, p.namedValues, form,
                    RowForms.blocks(root), RowForms.varianceOperands(root), RowForms.bufferedReductions(root)));
        } catch (NotFusible e) {
            return Optional.empty();
        }
    }

    /**
     * Where a term is being lowered: bindings of the inlined function's parameters, the index
     * variable that names "the current element", whether a bare vector operand means its
     * current element, and index variables renamed by inlining.
     */
    private record Ctx(Map<Integer, Bound> params, IndexVar element, boolean bareVectors,
            IdentityHashMap<IndexVar, IndexVar> alias) {
        Ctx withElement(IndexVar v, boolean bare) {
            return new Ctx(params, v, bare, alias);
        }

        IndexVar resolve(IndexVar v) {
            IndexVar a = alias.get(v);
            return a == null ? v : a;
        }
    }

    private record Bound(Term term, Ctx ctx) {}

    private static final class Planner implements Term.Visitor<Ctx, LoopExpr> {
        private final TypedProgram typed;
        private final Definition def;
        private final OperandNames scope;
        final List<String> elementParams = new ArrayList<>();
        final List<String> scalarParams = new ArrayList<>();
        final List<Dim> rowExtents = new ArrayList<>();
        int operations;
        int reductions;
        private final IdentityHashMap<Definition, LoopExpr> sharedValues = new IdentityHashMap<>();
        final IdentityHashMap<LoopExpr, Definition> namedValues = new IdentityHashMap<>();
        private int nodes;

        Planner(TypedProgram typed, Definition def, OperandNames scope) {
            this.typed = typed;
            this.def = def;
            this.scope = scope;
        }

        LoopExpr lower(Term t, Ctx c) {
            if (++nodes > MAX_NODES) {
                throw new NotFusible();
            }
            return t.accept(this, c);
        }

        @Override
        public LoopExpr literal(Term.Literal l, Ctx c) {
            Term t = l;
            return new Literal(t, l.value());
        }

        @Override
        public LoopExpr constRef(Term.ConstRef k, Ctx c) {
            Term t = k;
            return new NamedConstant(t, k.constant());
        }

        @Override
        public LoopExpr dimValue(Term.DimValue d, Ctx c) {
            Term t = d;
            dev.eqc.compiler.term.Dim tied = typed.tiedDim(d.dim());
            if (tied != null && !(tied instanceof dev.eqc.compiler.term.Dim.Symbol)) {
                throw new NotFusible();
            }
            return new Size(t, size(tied != null ? tied.toString() : d.dim()));
        }

        @Override
        public LoopExpr inputRef(Term.InputRef in, Ctx c) {
            Term t = in;
            return leaf(t, scope.input(in.input()), typed.shapeOf(in.input()).rank(), c);
        }

        @Override
        public LoopExpr paramRef(Term.ParamRef p, Ctx c) {
            Term t = p;
            Bound b = c.params().get(p.index());
            if (b == null) {
                return leaf(t, scope.param(p.index()), typed.shapeOf(t).rank(), c);
            }
            // An inlined function's argument, lowered where it was written but read here.
            return lower(b.term(), new Ctx(b.ctx().params(), c.element(), c.bareVectors(), b.ctx().alias()));
        }

        @Override
        public LoopExpr valueRef(Term.ValueRef v, Ctx c) {
            if (v.definition().elementwise() || v.definition().function()) {
                throw new NotFusible();
            }
            // A value fixed for the call or the row (like \\mu) is inlined once and shared.
            LoopExpr known = sharedValues.get(v.definition());
            if (known != null) {
                return known;
            }
            LoopExpr body = lower(v.definition().body(), new Ctx(Map.of(), c.element(), c.bareVectors(), c.alias()));
            if (LoopExpr.level(body) != Level.ELEMENT) {
                sharedValues.put(v.definition(), body);
            }
            if (!(body instanceof Load) && !(body instanceof Scalar)) {
                namedValues.put(body, v.definition());
            }
            return body;
        }

        @Override
        public LoopExpr call(Term.Call call, Ctx c) {
            return inlineCall(call, null, c);
        }

        @Override
        public LoopExpr index(Term.Index ix, Ctx c) {
            return currentElement(ix, c);
        }

        @Override
        public LoopExpr arith(Term.Arith a, Ctx c) {
            Term t = a;
            operations++;
            Op op = switch (a.op()) {
                case ADD -> Op.ADD;
                case SUB -> Op.SUB;
                case MUL -> Op.MUL;
                case DIV -> Op.DIV;
            };
            return onePlusTanh(t, op, lower(a.left(), c), lower(a.right(), c));
        }

        @Override
        public LoopExpr product(Term.Product p, Ctx c) {
            Term t = p;
            ProductKind kind = typed.productKind(p);
            if (kind != ProductKind.SCALE && kind != ProductKind.ELEMENTWISE) {
                throw new NotFusible();
            }
            operations++;
            return new Binary(t, Op.MUL, lower(p.left(), c), lower(p.right(), c));
        }

        @Override
        public LoopExpr power(Term.Power pw, Ctx c) {
            Term t = pw;
            switch (typed.powerKind(pw)) {
                case MATRIX_INVERSE, DIAGONAL, MATRIX -> throw new NotFusible();
                case ELEMENTWISE -> { }
            }
            operations++;
            LoopExpr base = lower(pw.base(), c);
            LoopExpr exponent = lower(pw.exponent(), c);
            if (LoopExpr.isNumber(base, Math.E)) {
                return LoopAlgebra.function(t, Builtin.EXP, exponent);
            }
            return new Power(t, base, exponent);
        }

        @Override
        public LoopExpr negate(Term.Negate n, Ctx c) {
            Term t = n;
            operations++;
            return new Negate(t, lower(n.operand(), c));
        }

        @Override
        public LoopExpr transpose(Term.Transpose tr, Ctx c) {
            if (typed.shapeOf(tr.operand()).rank() > 1) {
                throw new NotFusible();
            }
            return lower(tr.operand(), c);
        }

        @Override
        public LoopExpr builtinCall(Term.BuiltinCall b, Ctx c) {
            return builtin(b, c);
        }

        @Override
        public LoopExpr reduce(Term.Reduce r, Ctx c) {
            return rowReduce(r, c);
        }

        @Override
        public LoopExpr compare(Term.Compare cmp, Ctx c) {
            Term t = cmp;
            operations++;
            return new Compare(t, cmp.op(), lower(cmp.left(), c), lower(cmp.right(), c));
        }

        @Override
        public LoopExpr where(Term.Where w, Ctx c) {
            Term t = w;
            operations++;
            return new Select(t, lower(w.condition(), c), lower(w.then(), c), lower(w.otherwise(), c));
        }

        @Override
        public LoopExpr indexValue(Term.IndexValue iv, Ctx c) {
            throw new NotFusible();
        }

        @Override
        public LoopExpr alongAxis(Term.AlongAxis a, Ctx c) {
            throw new NotFusible();
        }

        @Override
        public LoopExpr strided(Term.Strided t, Ctx c) {
            throw new NotFusible();   // a layout: the general path lays it out
        }

        @Override
        public LoopExpr interleave(Term.Interleave t, Ctx c) {
            throw new NotFusible();   // a layout: the general path lays it out
        }

        @Override
        public LoopExpr familyConcat(Term.FamilyConcat t, Ctx c) {
            throw new NotFusible();   // a layout: the general path lays it out
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public LoopExpr gradient(Term.Gradient t, Ctx c) {
            throw new NotFusible();
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public LoopExpr insertAxis(Term.InsertAxis t, Ctx c) {
            throw new NotFusible();
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public LoopExpr sliceLast(Term.SliceLast t, Ctx c) {
            throw new NotFusible();
        }

        /** A recurrence runs step after step: the general path writes its loop. */
        @Override
        public LoopExpr scan(Term.Scan t, Ctx c) {
            throw new NotFusible();
        }

        @Override
        public LoopExpr scanState(Term.ScanState t, Ctx c) {
            throw new NotFusible();
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public LoopExpr splitFamily(Term.SplitFamily t, Ctx c) {
            throw new NotFusible();
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public LoopExpr stack(Term.Stack t, Ctx c) {
            throw new NotFusible();
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public LoopExpr sumTo(Term.SumTo t, Ctx c) {
            throw new NotFusible();
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public LoopExpr unstride(Term.Unstride t, Ctx c) {
            throw new NotFusible();
        }

        private LoopExpr leaf(Term t, String param, int coreRank, Ctx c) {
            if (param == null) {
                throw new NotFusible();
            }
            if (coreRank == 0) {
                if (!scalarParams.contains(param)) {
                    scalarParams.add(param);
                }
                return new Scalar(t, param);
            }
            if (!c.bareVectors() || coreRank != typed.resultShape(def).rank()) {
                throw new NotFusible();
            }
            return element(t, param);
        }

        private LoopExpr element(Term t, String param) {
            if (!elementParams.contains(param)) {
                elementParams.add(param);
            }
            return new Load(t, param);
        }

        /** {@code x_i} with i the current element: the element itself. */
        private LoopExpr currentElement(Term.Index ix, Ctx c) {
            if (ix.indices().size() != 1 || c.element() == null || c.resolve(ix.indices().get(0)) != c.element()) {
                throw new NotFusible();
            }
            Term base = ix.base();
            if (base instanceof Term.ParamRef p && c.params().get(p.index()) != null) {
                Bound b = c.params().get(p.index());
                if (typed.shapeOf(b.term()).rank() != 1) {
                    throw new NotFusible();
                }
                return lower(b.term(), new Ctx(b.ctx().params(), c.element(), true, b.ctx().alias()));
            }
            if (base instanceof Term.InputRef || base instanceof Term.ParamRef) {
                if (typed.shapeOf(base).rank() != 1) {
                    throw new NotFusible();
                }
                return lower(base, c.withElement(c.element(), true));
            }
            if (base instanceof Term.ValueRef v && v.definition().elementwise() && v.definition().indices().size() == 1) {
                IdentityHashMap<IndexVar, IndexVar> alias = new IdentityHashMap<>(c.alias());
                alias.put(v.definition().indices().get(0), c.element());
                return lower(v.definition().body(), new Ctx(Map.of(), c.element(), false, alias));
            }
            if (base instanceof Term.Call call) {
                return inlineCall(call, c.element(), c);
            }
            if (typed.shapeOf(base).rank() != 1) {
                throw new NotFusible();
            }
            return lower(base, c.withElement(c.element(), true));
        }

        /** A call of another definition, inlined with its parameters bound to the arguments. */
        private LoopExpr inlineCall(Term.Call call, IndexVar indexedBy, Ctx c) {
            Definition fn = call.function();
            if (fn.elementwise() != (indexedBy != null) || fn.indices().size() > 1) {
                throw new NotFusible();
            }
            Map<Integer, Bound> params = new HashMap<>();
            for (int i = 0; i < call.args().size(); i++) {
                params.put(i, new Bound(call.args().get(i), c));
            }
            IdentityHashMap<IndexVar, IndexVar> alias = new IdentityHashMap<>(c.alias());
            if (indexedBy != null) {
                alias.put(fn.indices().get(0), indexedBy);
            }
            return lower(fn.body(), new Ctx(params, indexedBy != null ? indexedBy : c.element(),
                    indexedBy == null && c.bareVectors(), alias));
        }

        private LoopExpr builtin(Term.BuiltinCall b, Ctx c) {
            Builtin fn = b.builtin();
            if (typed.isDeterminant(b) || typed.isMatrixNorm(b)) {
                throw new NotFusible();
            }
            switch (fn.kind()) {
                case UNARY -> {
                    operations++;
                    LoopExpr arg = lower(b.args().get(0), c);
                    return new LoopAlgebra(b).call(fn, arg);
                }
                case BINARY -> {
                    operations++;
                    if (fn != Builtin.MAX && fn != Builtin.MIN) {
                        throw new NotFusible();
                    }
                    return new MinMax(b, fn == Builtin.MAX, lower(b.args().get(0), c), lower(b.args().get(1), c));
                }
                case REDUCE_LAST -> {
                    Reduction op = switch (fn) {
                        case MEAN -> Reduction.MEAN;
                        case VAR -> Reduction.VAR;
                        case SUM -> Reduction.SUM;
                        case LOGSUMEXP -> Reduction.LOGSUMEXP;
                        default -> throw new NotFusible();
                    };
                    Term arg = b.args().get(0);
                    if (typed.shapeOf(arg).rank() != 1) {
                        throw new NotFusible();
                    }
                    reductions++;
                    rowExtents.add(typed.shapeOf(arg).dim(0));
                    // Inside the reduction, "the current element" walks the reduced axis.
                    IndexVar walker = new IndexVar("row", b.span(), null, null, List.of());
                    return new RowReduce(b, op, lower(arg, c.withElement(walker, true)));
                }
                default -> throw new NotFusible();
            }
        }

        /**
         * {@code 1 + tanh(u)} is {@code 2 sigmoid(2u)} and {@code 1 - tanh(u)} is {@code 2 sigmoid(-2u)}:
         * exact identities, and the right-hand forms are both cheaper (one exp per element, not
         * tanh's) and more accurate where tanh(u) is near -1 or 1 (no cancellation). GELU's tanh
         * form {@code 0.5x(1 + \tanh(...))} is the case that matters.
         */
        private static LoopExpr onePlusTanh(Term t, Op op, LoopExpr left, LoopExpr right) {
            if ((op == Op.ADD || op == Op.SUB) && LoopExpr.isNumber(left, 1.0) && right instanceof Call fn
                    && fn.fn() == Builtin.TANH && LoopExpr.level(fn.arg()) == Level.ELEMENT) {
                LoopExpr two = new Literal(t, 2.0);
                LoopExpr twice = new Binary(fn.origin(), Op.MUL, new Literal(t, op == Op.ADD ? 2.0 : -2.0), fn.arg());
                return new Binary(t, Op.MUL, two, new Call(fn.origin(), Builtin.SIGMOID, twice));
            }
            if (op == Op.ADD && LoopExpr.isNumber(right, 1.0) && left instanceof Call) {
                return onePlusTanh(t, op, right, left);
            }
            return new Binary(t, op, left, right);
        }

        private LoopExpr rowReduce(Term.Reduce r, Ctx c) {
            Reduction op = switch (r.op()) {
                case SUM -> Reduction.SUM;
                case MAX -> Reduction.MAX;
                case MIN -> Reduction.MIN;
                case LOGSUMEXP -> Reduction.LOGSUMEXP;
                case PROD, ARGMAX, ARGMIN -> throw new NotFusible();
            };
            if (!r.var().excluded().isEmpty()) {
                throw new NotFusible();
            }
            reductions++;
            rowExtents.add(typed.extentOf(r.var()));
            return new RowReduce(r, op, lower(r.body(), c.withElement(r.var(), false)));
        }

        /** A dimension the method knows the size of. */
        private String size(String dim) {
            if (!scope.hasSize(dim)) {
                throw new NotFusible();
            }
            return dim;
        }
    }

}
