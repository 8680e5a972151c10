package dev.eqc.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.shape.ProductKind;
import dev.eqc.compiler.shape.TypedProgram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a definition can run as one fused loop, and if so describes that loop as a
 * small expression tree ({@link Fx}) over the method's parameters.
 *
 * <p>A definition fuses when its body, with the definitions it uses inlined, is made only of
 * element-wise arithmetic and functions over operands of the result's shape (or single
 * numbers), plus — for a vector result — reductions over that vector's axis: {@code
 * \mathrm{mean}}, {@code \mathrm{Var}}, {@code \sum_i}, {@code \max_i}, and the stable
 * log-sum-exp that a spelled-out softmax becomes. Each node has a
 * {@link Level}: computed once per call, once per row, or once per element. Products,
 * softmax and structural operations do not fuse; such a definition keeps the general path
 * only, which calls the runtime's kernels for them.
 */
final class FusionPlan {
    /** How often a node's value changes. */
    enum Level {
        CALL, ROW, ELEMENT
    }

    /** The fused expression tree. {@code origin} is the term it came from, for comments. */
    sealed interface Fx {
        Term origin();
    }

    /** A number fixed for the call: a literal, constant or dimension, as double Java code. */
    record Number(Term origin, CodeBlock code, Double literal) implements Fx {}

    /** A single-number tensor parameter, read once per call. */
    record ScalarParam(Term origin, String param) implements Fx {}

    /** The current element of a tensor parameter. */
    record Element(Term origin, String param) implements Fx {}

    record Binary(Term origin, char op, Fx left, Fx right) implements Fx {}

    record Power(Term origin, Fx base, Fx exponent) implements Fx {}

    record Negate(Term origin, Fx operand) implements Fx {}

    /** An element-wise built-in, computed as its table entry's {@link dev.eqc.compiler.builtin.LoopForm} says. */
    record Function(Term origin, Builtin fn, Fx arg) implements Fx {
        /** The name of a local holding it ({@code sqrt}, {@code exp}). */
        String name() {
            return fn.runtimeMethod();
        }
    }

    record MinMax(Term origin, boolean max, Fx left, Fx right) implements Fx {}

    /** A comparison giving 1 or 0; {@code op} is the Java operator. */
    record Compare(Term origin, String op, Fx left, Fx right) implements Fx {}

    record Select(Term origin, Fx condition, Fx then, Fx otherwise) implements Fx {}

    /** A reduction over the row: sum, max, min, mean or var of {@code body}. */
    record RowReduce(Term origin, String op, Fx body) implements Fx {}

    private static final int MAX_NODES = 256;

    final Fx root;
    /** Core rank of the result. */
    final int resultRank;
    /** The length of a row (the result's last axis), when the loop works row by row. */
    final Dim rowLength;
    /** Tensor parameters read element by element, and those read as single numbers, in first-use order. */
    final List<String> elementParams;
    final List<String> scalarParams;
    /** Nodes that are the inlined body of a named definition (like {@code \\mu}), to name their locals. */
    final Map<Fx, Definition> namedValues;

    private FusionPlan(Fx root, int resultRank, Dim rowLength, List<String> elementParams, List<String> scalarParams,
            Map<Fx, Definition> namedValues) {
        this.namedValues = namedValues;
        this.root = root;
        this.resultRank = resultRank;
        this.rowLength = rowLength;
        this.elementParams = elementParams;
        this.scalarParams = scalarParams;
    }

    /** True when the loop works row by row (the body reduces along the row). */
    boolean rowWise() {
        return rowLength != null;
    }

    /** The fused form of {@code def}'s body, or empty when it does not fuse. */
    static Optional<FusionPlan> of(TypedProgram typed, Definition def, MethodScope scope) {
        int rank = typed.resultShape(def).rank();
        if (rank == 0 || def.indices().size() > 1) {
            return Optional.empty();
        }
        Planner p = new Planner(typed, def, scope);
        try {
            Ctx top = new Ctx(Map.of(), def.elementwise() ? def.indices().get(0) : null, !def.elementwise(),
                    new IdentityHashMap<>());
            Fx root = p.lower(def.body(), top);
            if (p.elementParams.isEmpty() || level(root) != Level.ELEMENT) {
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
            return Optional.of(new FusionPlan(root, rank, row, List.copyOf(p.elementParams),
                    List.copyOf(p.scalarParams), p.namedValues));
        } catch (NotFusible e) {
            return Optional.empty();
        }
    }

    /** The level of a node: the most often changing of its parts. */
    static Level level(Fx f) {
        if (f instanceof Number || f instanceof ScalarParam) {
            return Level.CALL;
        }
        if (f instanceof Element) {
            return Level.ELEMENT;
        }
        if (f instanceof RowReduce) {
            return Level.ROW;
        }
        Level l = Level.CALL;
        for (Fx child : FusedLoopEmitter.children(f)) {
            l = max(l, level(child));
        }
        return l;
    }

    private static Level max(Level a, Level b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static final class NotFusible extends RuntimeException {
        NotFusible() {
            super(null, null, false, false);
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

    private static final class Planner implements Term.Visitor<Ctx, Fx> {
        private final TypedProgram typed;
        private final Definition def;
        private final MethodScope scope;
        final List<String> elementParams = new ArrayList<>();
        final List<String> scalarParams = new ArrayList<>();
        final List<Dim> rowExtents = new ArrayList<>();
        int operations;
        int reductions;
        private final IdentityHashMap<Definition, Fx> sharedValues = new IdentityHashMap<>();
        final IdentityHashMap<Fx, Definition> namedValues = new IdentityHashMap<>();
        private int nodes;

        Planner(TypedProgram typed, Definition def, MethodScope scope) {
            this.typed = typed;
            this.def = def;
            this.scope = scope;
        }

        Fx lower(Term t, Ctx c) {
            if (++nodes > MAX_NODES) {
                throw new NotFusible();
            }
            return t.accept(this, c);
        }

        @Override
        public Fx literal(Term.Literal l, Ctx c) {
            Term t = l;
            return new Number(t, CodeBlock.of("$L", FusionPlan.literal(l.value())), l.value());
        }

        @Override
        public Fx constRef(Term.ConstRef k, Ctx c) {
            Term t = k;
            return new Number(t, CodeBlock.of("$N", k.constant().javaName()), null);
        }

        @Override
        public Fx dimValue(Term.DimValue d, Ctx c) {
            Term t = d;
            return new Number(t, CodeBlock.of("(double) $N", dimLocal(d.dim())), null);
        }

        @Override
        public Fx inputRef(Term.InputRef in, Ctx c) {
            Term t = in;
            return leaf(t, scope.input(in.input()), typed.shapeOf(in.input()).rank(), c);
        }

        @Override
        public Fx paramRef(Term.ParamRef p, Ctx c) {
            Term t = p;
            Bound b = c.params().get(p.index());
            if (b == null) {
                return leaf(t, scope.param(p.index()), typed.shapeOf(t).rank(), c);
            }
            // An inlined function's argument, lowered where it was written but read here.
            return lower(b.term(), new Ctx(b.ctx().params(), c.element(), c.bareVectors(), b.ctx().alias()));
        }

        @Override
        public Fx valueRef(Term.ValueRef v, Ctx c) {
            if (v.definition().elementwise() || v.definition().function()) {
                throw new NotFusible();
            }
            // A value fixed for the call or the row (like \\mu) is inlined once and shared.
            Fx known = sharedValues.get(v.definition());
            if (known != null) {
                return known;
            }
            Fx body = lower(v.definition().body(), new Ctx(Map.of(), c.element(), c.bareVectors(), c.alias()));
            if (level(body) != Level.ELEMENT) {
                sharedValues.put(v.definition(), body);
            }
            if (!(body instanceof Element) && !(body instanceof ScalarParam)) {
                namedValues.put(body, v.definition());
            }
            return body;
        }

        @Override
        public Fx call(Term.Call call, Ctx c) {
            return inlineCall(call, null, c);
        }

        @Override
        public Fx index(Term.Index ix, Ctx c) {
            return currentElement(ix, c);
        }

        @Override
        public Fx arith(Term.Arith a, Ctx c) {
            Term t = a;
            operations++;
            char op = switch (a.op()) {
                case ADD -> '+';
                case SUB -> '-';
                case MUL -> '*';
                case DIV -> '/';
            };
            return onePlusTanh(t, op, lower(a.left(), c), lower(a.right(), c));
        }

        @Override
        public Fx product(Term.Product p, Ctx c) {
            Term t = p;
            ProductKind kind = typed.productKind(p);
            if (kind != ProductKind.SCALE && kind != ProductKind.ELEMENTWISE) {
                throw new NotFusible();
            }
            operations++;
            return new Binary(t, '*', lower(p.left(), c), lower(p.right(), c));
        }

        @Override
        public Fx power(Term.Power pw, Ctx c) {
            Term t = pw;
            operations++;
            Fx base = lower(pw.base(), c);
            Fx exponent = lower(pw.exponent(), c);
            if (base instanceof Number n && n.literal() != null && n.literal() == Math.E) {
                return function(t, Builtin.EXP, exponent);
            }
            return new Power(t, base, exponent);
        }

        @Override
        public Fx negate(Term.Negate n, Ctx c) {
            Term t = n;
            operations++;
            return new Negate(t, lower(n.operand(), c));
        }

        @Override
        public Fx transpose(Term.Transpose tr, Ctx c) {
            if (typed.shapeOf(tr.operand()).rank() > 1) {
                throw new NotFusible();
            }
            return lower(tr.operand(), c);
        }

        @Override
        public Fx builtinCall(Term.BuiltinCall b, Ctx c) {
            return builtin(b, c);
        }

        @Override
        public Fx reduce(Term.Reduce r, Ctx c) {
            return rowReduce(r, c);
        }

        @Override
        public Fx compare(Term.Compare cmp, Ctx c) {
            Term t = cmp;
            operations++;
            String op = switch (cmp.op()) {
                case LT -> "<";
                case GT -> ">";
                case LE -> "<=";
                case GE -> ">=";
                case EQ -> "==";
                case NE -> "!=";
            };
            return new Compare(t, op, lower(cmp.left(), c), lower(cmp.right(), c));
        }

        @Override
        public Fx where(Term.Where w, Ctx c) {
            Term t = w;
            operations++;
            return new Select(t, lower(w.condition(), c), lower(w.then(), c), lower(w.otherwise(), c));
        }

        @Override
        public Fx indexValue(Term.IndexValue iv, Ctx c) {
            throw new NotFusible();
        }

        @Override
        public Fx alongAxis(Term.AlongAxis a, Ctx c) {
            throw new NotFusible();
        }

        @Override
        public Fx strided(Term.Strided t, Ctx c) {
            throw new NotFusible();   // level 3 structure: the general path lays it out
        }

        @Override
        public Fx interleave(Term.Interleave t, Ctx c) {
            throw new NotFusible();   // level 3 structure: the general path lays it out
        }

        @Override
        public Fx familyConcat(Term.FamilyConcat t, Ctx c) {
            throw new NotFusible();   // level 3 structure: the general path lays it out
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public Fx gradient(Term.Gradient t, Ctx c) {
            throw new NotFusible();
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public Fx insertAxis(Term.InsertAxis t, Ctx c) {
            throw new NotFusible();
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public Fx sliceLast(Term.SliceLast t, Ctx c) {
            throw new NotFusible();
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public Fx splitFamily(Term.SplitFamily t, Ctx c) {
            throw new NotFusible();
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public Fx stack(Term.Stack t, Ctx c) {
            throw new NotFusible();
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public Fx sumTo(Term.SumTo t, Ctx c) {
            throw new NotFusible();
        }

        /** A reshaping step of a gradient: gradients keep the general path. */
        @Override
        public Fx unstride(Term.Unstride t, Ctx c) {
            throw new NotFusible();
        }

        private Fx leaf(Term t, String param, int coreRank, Ctx c) {
            if (param == null) {
                throw new NotFusible();
            }
            if (coreRank == 0) {
                if (!scalarParams.contains(param)) {
                    scalarParams.add(param);
                }
                return new ScalarParam(t, param);
            }
            if (!c.bareVectors() || coreRank != typed.resultShape(def).rank()) {
                throw new NotFusible();
            }
            return element(t, param);
        }

        private Fx element(Term t, String param) {
            if (!elementParams.contains(param)) {
                elementParams.add(param);
            }
            return new Element(t, param);
        }

        /** {@code x_i} with i the current element: the element itself. */
        private Fx currentElement(Term.Index ix, Ctx c) {
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
        private Fx inlineCall(Term.Call call, IndexVar indexedBy, Ctx c) {
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

        private Fx builtin(Term.BuiltinCall b, Ctx c) {
            Builtin fn = b.builtin();
            switch (fn.kind()) {
                case UNARY -> {
                    operations++;
                    Fx arg = lower(b.args().get(0), c);
                    return new Expansions(b).call(fn, arg);
                }
                case BINARY -> {
                    operations++;
                    if (fn != Builtin.MAX && fn != Builtin.MIN) {
                        throw new NotFusible();
                    }
                    return new MinMax(b, fn == Builtin.MAX, lower(b.args().get(0), c), lower(b.args().get(1), c));
                }
                case REDUCE_LAST -> {
                    String op = switch (fn) {
                        case MEAN -> "mean";
                        case VAR -> "var";
                        case SUM -> "sum";
                        case LOGSUMEXP -> "logsumexp";
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
        private static Fx onePlusTanh(Term t, char op, Fx left, Fx right) {
            if ((op == '+' || op == '-') && isOne(left) && right instanceof Function fn && fn.fn() == Builtin.TANH
                    && level(fn.arg()) == Level.ELEMENT) {
                Fx two = new Number(t, CodeBlock.of("2.0"), 2.0);
                Fx twice = new Binary(fn.origin(), '*', new Number(t, CodeBlock.of(op == '+' ? "2.0" : "-2.0"),
                        op == '+' ? 2.0 : -2.0), fn.arg());
                return new Binary(t, '*', two, new Function(fn.origin(), Builtin.SIGMOID, twice));
            }
            if (op == '+' && isOne(right) && left instanceof Function) {
                return onePlusTanh(t, op, right, left);
            }
            return new Binary(t, op, left, right);
        }

        private static boolean isOne(Fx f) {
            return f instanceof Number n && n.literal() != null && n.literal() == 1.0;
        }

        /** A function node; one of a per-call or per-row value needs a plain Java form. */
        private static Fx function(Term origin, Builtin fn, Fx arg) {
            if (level(arg) != Level.ELEMENT && fn.scalarForm().isEmpty()) {
                throw new NotFusible();
            }
            return new Function(origin, fn, arg);
        }

        /**
         * An element-wise built-in as loop nodes, all with {@code origin}: expanded ones
         * ({@code \\Phi}, GELU) by their table entry's {@link Builtin#expansion}, the others as
         * function nodes.
         */
        private record Expansions(Term origin) implements dev.eqc.compiler.builtin.Algebra<Fx> {
            @Override
            public Fx call(Builtin fn, Fx x) {
                return fn.loopForm() == dev.eqc.compiler.builtin.LoopForm.EXPANDED ? fn.expansion(this, x)
                        : function(origin, fn, x);
            }

            @Override
            public Fx lit(double value) {
                return new Number(origin, CodeBlock.of("$L", FusionPlan.literal(value)), value);
            }

            @Override
            public Fx add(Fx a, Fx b) {
                return new Binary(origin, '+', a, b);
            }

            @Override
            public Fx sub(Fx a, Fx b) {
                return new Binary(origin, '-', a, b);
            }

            @Override
            public Fx mul(Fx a, Fx b) {
                return new Binary(origin, '*', a, b);
            }

            @Override
            public Fx div(Fx a, Fx b) {
                return new Binary(origin, '/', a, b);
            }

            @Override
            public Fx neg(Fx a) {
                return new Negate(origin, a);
            }

            @Override
            public Fx square(Fx a) {
                return new Power(origin, a, lit(2.0));
            }

            @Override
            public Fx gt(Fx a, Fx b) {
                return new Compare(origin, ">", a, b);
            }

            @Override
            public Fx ge(Fx a, Fx b) {
                return new Compare(origin, ">=", a, b);
            }

            @Override
            public Fx lt(Fx a, Fx b) {
                return new Compare(origin, "<", a, b);
            }

            @Override
            public Fx le(Fx a, Fx b) {
                return new Compare(origin, "<=", a, b);
            }

            @Override
            public Fx eq(Fx a, Fx b) {
                return new Compare(origin, "==", a, b);
            }

            @Override
            public Fx select(Fx condition, Fx then, Fx otherwise) {
                return new Select(origin, condition, then, otherwise);
            }
        }

        private Fx rowReduce(Term.Reduce r, Ctx c) {
            String op = switch (r.op()) {
                case SUM -> "sum";
                case MAX -> "max";
                case MIN -> "min";
                case LOGSUMEXP -> "logsumexp";
                default -> throw new NotFusible();
            };
            if (!r.var().excluded().isEmpty()) {
                throw new NotFusible();
            }
            reductions++;
            rowExtents.add(typed.extentOf(r.var()));
            return new RowReduce(r, op, lower(r.body(), c.withElement(r.var(), false)));
        }

        private String dimLocal(String dim) {
            String local = scope.dim(dim);
            if (local == null) {
                throw new NotFusible();
            }
            return local;
        }
    }

    /** A number as Java source: {@code Math.PI}, {@code Math.E} and infinities by name. */
    static CodeBlock literal(double v) {
        if (v == Math.PI) {
            return CodeBlock.of("$T.PI", RuntimeTypes.MATH);
        }
        if (v == Math.E) {
            return CodeBlock.of("$T.E", RuntimeTypes.MATH);
        }
        if (Double.isInfinite(v)) {
            return CodeBlock.of("$T.$L", RuntimeTypes.DOUBLE, v > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        if (Double.isNaN(v)) {
            return CodeBlock.of("$T.NaN", RuntimeTypes.DOUBLE);
        }
        return CodeBlock.of("$L", Double.toString(v));
    }

    /** Whether {@link #literal} writes {@code v} by name rather than as digits. */
    static boolean named(double v) {
        return v == Math.PI || v == Math.E || Double.isInfinite(v) || Double.isNaN(v);
    }
}
