package dev.eqc.compiler.term;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A resolved expression: every name is bound (to an input, a parameter, a constant, a
 * dimension or a definition), calls and products are told apart, and spellings are gone.
 * Name resolution builds these trees; shape inference, the gradient pass, the interpreter,
 * fusion and code generation all read them.
 *
 * <p>The one traversal: every kind says what its direct sub-terms are ({@link #children}) and
 * how to rebuild itself around new ones ({@link #withChildren}), and dispatches to the method of
 * its kind on a {@link Visitor}. Both are abstract, so a new kind that forgets either does not
 * compile, and every pass that implements {@code Visitor} fails to compile until it says what
 * the new kind means to it. {@code TermTraversalTest} checks that the two agree for every
 * permitted kind.
 *
 * <p>This file is longer than the house limit on purpose: it is the whole closed hierarchy, each
 * kind a record of a few fields plus its three traversal methods, and the point is that every
 * kind and every sub-term can be read in one place.
 */
public sealed interface Term {
    Span span();

    /** The direct sub-terms, in a fixed order; index variables and the numbers of a kind are not sub-terms. */
    List<Term> children();

    /**
     * This term with its direct sub-terms replaced by {@code kids}, in the order {@link #children}
     * gives them; this very term when every kid is the same object as before.
     */
    Term withChildren(List<Term> kids);

    /** The method of this term's kind on {@code visitor}. */
    <A, R> R accept(Visitor<A, R> visitor, A arg);

    /**
     * Sub-terms that only give a size or a shape and are never evaluated ({@code like} of
     * {@link SumTo}); a pass that evaluates or emits code skips them.
     */
    default List<Term> shapeWitnesses() {
        return List.of();
    }

    /** Whether {@code kids} are, object for object, {@code t}'s children. */
    private static boolean same(Term t, List<Term> kids) {
        List<Term> old = t.children();
        if (old.size() != kids.size()) {
            throw new IllegalArgumentException(t.getClass().getSimpleName() + " has " + old.size()
                    + " sub-terms, not " + kids.size());
        }
        for (int i = 0; i < old.size(); i++) {
            if (old.get(i) != kids.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * One method per kind of term. A pass implements it to say what each kind means to it; a kind
     * added to {@link Term} breaks every implementation at compile time until it is handled.
     *
     * @param <A> what the pass hands down (a scope, an environment), or {@code Void}
     * @param <R> what the pass computes per term
     */
    interface Visitor<A, R> {
        R literal(Literal t, A arg);

        R dimValue(DimValue t, A arg);

        R inputRef(InputRef t, A arg);

        R paramRef(ParamRef t, A arg);

        R constRef(ConstRef t, A arg);

        R valueRef(ValueRef t, A arg);

        R call(Call t, A arg);

        R builtinCall(BuiltinCall t, A arg);

        R arith(Arith t, A arg);

        R product(Product t, A arg);

        R power(Power t, A arg);

        R negate(Negate t, A arg);

        R transpose(Transpose t, A arg);

        R index(Index t, A arg);

        R indexValue(IndexValue t, A arg);

        R reduce(Reduce t, A arg);

        R compare(Compare t, A arg);

        R where(Where t, A arg);

        R alongAxis(AlongAxis t, A arg);

        R gradient(Gradient t, A arg);

        R sumTo(SumTo t, A arg);

        R stack(Stack t, A arg);

        R sliceLast(SliceLast t, A arg);

        R insertAxis(InsertAxis t, A arg);

        R strided(Strided t, A arg);

        R interleave(Interleave t, A arg);

        R familyConcat(FamilyConcat t, A arg);

        R unstride(Unstride t, A arg);

        R splitFamily(SplitFamily t, A arg);

        R scan(Scan t, A arg);

        R scanState(ScanState t, A arg);
    }

    // ---- leaves ------------------------------------------------------------------------------

    /** A number. */
    record Literal(Span span, double value) implements Term {
        public List<Term> children() {
            return List.of();
        }

        public Term withChildren(List<Term> kids) {
            same(this, kids);
            return this;
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.literal(this, arg);
        }
    }

    /** A dimension used as a value ({@code \sqrt{d_k}}): the size bound at run time. */
    record DimValue(Span span, String dim) implements Term {
        public List<Term> children() {
            return List.of();
        }

        public Term withChildren(List<Term> kids) {
            same(this, kids);
            return this;
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.dimValue(this, arg);
        }
    }

    /** A declared (or inferred) input used freely. */
    record InputRef(Span span, Input input) implements Term {
        public List<Term> children() {
            return List.of();
        }

        public Term withChildren(List<Term> kids) {
            same(this, kids);
            return this;
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.inputRef(this, arg);
        }
    }

    /** The {@code index}-th listed parameter of the enclosing function definition. */
    record ParamRef(Span span, Param param, int index) implements Term {
        public List<Term> children() {
            return List.of();
        }

        public Term withChildren(List<Term> kids) {
            same(this, kids);
            return this;
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.paramRef(this, arg);
        }
    }

    /** A named constant ({@code \epsilon = 10^{-5}}). */
    record ConstRef(Span span, Constant constant) implements Term {
        public List<Term> children() {
            return List.of();
        }

        public Term withChildren(List<Term> kids) {
            same(this, kids);
            return this;
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.constRef(this, arg);
        }
    }

    /** A defined value used by name; its inputs are bound in the user's scope. */
    record ValueRef(Span span, Definition definition) implements Term {
        public List<Term> children() {
            return List.of();
        }

        public Term withChildren(List<Term> kids) {
            same(this, kids);
            return this;
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.valueRef(this, arg);
        }
    }

    /** An index variable used as a number ({@code 2i}). */
    record IndexValue(Span span, IndexVar var) implements Term {
        public List<Term> children() {
            return List.of();
        }

        public Term withChildren(List<Term> kids) {
            same(this, kids);
            return this;
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.indexValue(this, arg);
        }
    }

    // ---- calls and arithmetic ----------------------------------------------------------------

    /** A call of a defined function; its extra (free) inputs are bound in the caller's scope. */
    record Call(Span span, Definition function, List<Term> args) implements Term {
        public Call {
            args = List.copyOf(args);
        }

        public List<Term> children() {
            return args;
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Call(span, function, kids);
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.call(this, arg);
        }
    }

    /** A built-in function from the registry. */
    record BuiltinCall(Span span, Builtin builtin, List<Term> args) implements Term {
        public BuiltinCall {
            args = List.copyOf(args);
        }

        public List<Term> children() {
            return args;
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new BuiltinCall(span, builtin, kids);
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.builtinCall(this, arg);
        }
    }

    /** Element-wise arithmetic with broadcasting. */
    record Arith(Span span, Span opSpan, ArithOp op, Term left, Term right) implements Term {
        public List<Term> children() {
            return List.of(left, right);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Arith(span, opSpan, op, kids.get(0), kids.get(1));
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.arith(this, arg);
        }
    }

    /** Element-wise operators. */
    enum ArithOp {
        ADD("+"), SUB("-"), MUL("⊙"), DIV("/");

        public final String symbol;

        ArithOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /**
     * A product written as juxtaposition, {@code \cdot} or {@code \times}: its meaning
     * (scaling, matrix product, dot, outer, element-wise) is decided by shape inference.
     */
    record Product(Span span, Span opSpan, Term left, Term right, boolean explicit) implements Term {
        /** A juxtaposition ({@code QK}, {@code x(1 + y)}): no operator was written. */
        public Product(Span span, Span opSpan, Term left, Term right) {
            this(span, opSpan, left, right, false);
        }

        public List<Term> children() {
            return List.of(left, right);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Product(span, opSpan, kids.get(0), kids.get(1), explicit);
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.product(this, arg);
        }
    }

    /** Element-wise power. */
    record Power(Span span, Term base, Term exponent) implements Term {
        public List<Term> children() {
            return List.of(base, exponent);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Power(span, kids.get(0), kids.get(1));
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.power(this, arg);
        }
    }

    /** Unary minus. */
    record Negate(Span span, Term operand) implements Term {
        public List<Term> children() {
            return List.of(operand);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Negate(span, kids.get(0));
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.negate(this, arg);
        }
    }

    /** Transpose ({@code ^T}, {@code ^\top}): swaps the last two core axes; a vector becomes a row. */
    record Transpose(Span span, Term operand) implements Term {
        public List<Term> children() {
            return List.of(operand);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Transpose(span, kids.get(0));
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.transpose(this, arg);
        }
    }

    /** A comparison, 1 where it holds and 0 elsewhere ({@code x \\ge 0}, {@code \\mathbb{1}[…]}, {@code \\delta_{ij}}). */
    record Compare(Span span, CompareOp op, Term left, Term right) implements Term {
        public List<Term> children() {
            return List.of(left, right);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Compare(span, op, kids.get(0), kids.get(1));
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.compare(this, arg);
        }
    }

    /** Comparison operators. */
    enum CompareOp {
        LT("<"), GT(">"), LE("\\le"), GE("\\ge"), EQ("="), NE("\\ne");

        public final String symbol;

        CompareOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /** {@code cases}: {@code then} where {@code condition} is non-zero, else {@code otherwise}. */
    record Where(Span span, Term condition, Term then, Term otherwise) implements Term {
        public List<Term> children() {
            return List.of(condition, then, otherwise);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Where(span, kids.get(0), kids.get(1), kids.get(2));
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.where(this, arg);
        }
    }

    /**
     * A last-axis built-in applied along the axis of dimension {@code dim} instead
     * ({@code \\underset{m}{\\mathrm{softmax}}}, {@code \\mathbb{E}_k[…]}); shape inference finds the axis.
     * A reduction with {@code keep} leaves the axis in place with size 1, so the value broadcasts back
     * against the tensor it summarises ({@code X - \\underset{C}{\\mathbb{E}}[X]}; docs/LANGUAGE.md).
     */
    record AlongAxis(Span span, Builtin builtin, Term arg, String dim, boolean keep) implements Term {
        public List<Term> children() {
            return List.of(arg);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new AlongAxis(span, builtin, kids.get(0), dim, keep);
        }

        public <A, R> R accept(Visitor<A, R> v, A a) {
            return v.alongAxis(this, a);
        }
    }

    // ---- index notation (SPEC 3.4) -----------------------------------------------------------

    /** {@code W_{ij}}: selects along the leading core axes of {@code base}, one index variable per axis. */
    record Index(Span span, Term base, List<IndexVar> indices) implements Term {
        public Index {
            indices = List.copyOf(indices);
        }

        public List<Term> children() {
            return List.of(base);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Index(span, kids.get(0), indices);
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.index(this, arg);
        }
    }

    /** {@code \sum_j}, {@code \prod_j}, {@code \max_j}, {@code \arg\max_j} … of {@code body} over {@code var}. */
    record Reduce(Span span, ReduceOp op, IndexVar var, Term body) implements Term {
        public List<Term> children() {
            return List.of(body);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Reduce(span, op, var, kids.get(0));
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.reduce(this, arg);
        }
    }

    /** Reductions over an index variable. */
    enum ReduceOp {
        SUM, PROD, MAX, MIN, ARGMAX, ARGMIN,
        /** {@code \\log\\sum_j \\exp(…)}, computed stably (introduced by {@code Stabilizer}). */
        LOGSUMEXP
    }

    // ---- gradients (SPEC 3.6) ----------------------------------------------------------------

    /**
     * {@code \\nabla_{W} L} or {@code \\frac{\\partial L}{\\partial W}}: the gradient of the scalar
     * {@code of} with respect to the input {@code wrt}. Only name resolution and shape inference see
     * it: the gradient pass ({@code grad.GradientPass}) replaces it by ordinary terms before anything
     * is evaluated or emitted.
     *
     * <p>{@code at}, when not null, is the point the gradient is taken at (Nesterov's {@code \\nabla f(\\theta_t + \\mu
     * v_t)}, Bottou et al.'s {@code \\nabla F(\\tilde{w}_k)}): {@code wrt} is then a variable of this gradient alone,
     * no input of the program, standing for the function's parameter in {@code of}; it takes the shape of {@code at},
     * and the gradient pass puts {@code at} in its place once the derivative is built.
     */
    record Gradient(Span span, Term of, Input wrt, Span wrtSpan, Term at) implements Term {
        public Gradient(Span span, Term of, Input wrt, Span wrtSpan) {
            this(span, of, wrt, wrtSpan, null);
        }

        public List<Term> children() {
            return at == null ? List.of(of) : List.of(of, at);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Gradient(span, kids.get(0), wrt, wrtSpan, at == null ? null : kids.get(1));
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.gradient(this, arg);
        }
    }

    /**
     * Sums {@code operand} down to the core shape of {@code like}: over its leading core axes that
     * {@code like} does not have, and (keeping them) over the axes where {@code like} has size 1. The
     * reverse of broadcasting; introduced by the gradient pass. {@code like} only gives the shape and
     * is never evaluated.
     */
    record SumTo(Span span, Term operand, Term like) implements Term {
        public List<Term> children() {
            return List.of(operand, like);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new SumTo(span, kids.get(0), kids.get(1));
        }

        @Override
        public List<Term> shapeWitnesses() {
            return List.of(like);
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.sumTo(this, arg);
        }
    }

    /**
     * The tensor whose element at the positions of {@code vars} is {@code body}: the adjoint of an
     * indexed input ({@code x_i}) gathered back into the input's shape. Its shape is the ranges of
     * {@code vars} followed by the body's. {@code like} is the term that was indexed: it only gives the
     * ranges (a body that is one number, as in {@code \nabla_s \sum_i s_i}, names none) and is never
     * evaluated. Introduced by the gradient pass, never inside another index scope.
     */
    record Stack(Span span, List<IndexVar> vars, Term body, Term like) implements Term {
        public Stack {
            vars = List.copyOf(vars);
        }

        public List<Term> children() {
            return List.of(body, like);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Stack(span, vars, kids.get(0), kids.get(1));
        }

        @Override
        public List<Term> shapeWitnesses() {
            return List.of(like);
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.stack(this, arg);
        }
    }

    /**
     * The part of {@code operand}'s last axis that {@code like} occupies in a concatenation after
     * {@code before}: it starts at the summed last sizes of {@code before} and is as long as
     * {@code like}'s last axis. The adjoint of one argument of {@code \\mathrm{Concat}}; introduced by
     * the gradient pass. {@code before} and {@code like} only give sizes and are never evaluated.
     */
    record SliceLast(Span span, Term operand, List<Term> before, Term like) implements Term {
        public SliceLast {
            before = List.copyOf(before);
        }

        public List<Term> children() {
            List<Term> kids = new ArrayList<>();
            kids.add(operand);
            kids.addAll(before);
            kids.add(like);
            return kids;
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this
                    : new SliceLast(span, kids.get(0), kids.subList(1, kids.size() - 1), kids.get(kids.size() - 1));
        }

        @Override
        public List<Term> shapeWitnesses() {
            List<Term> sizes = new ArrayList<>(before);
            sizes.add(like);
            return sizes;
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.sliceLast(this, arg);
        }
    }

    /**
     * Inserts a size-1 core axis into {@code operand} at {@code axis}, counted from the end of the
     * result's core shape (-1 = a new last axis), so a reduced value broadcasts back against the
     * value it was reduced from. Introduced by the gradient pass.
     */
    record InsertAxis(Span span, Term operand, int axis) implements Term {
        public List<Term> children() {
            return List.of(operand);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new InsertAxis(span, kids.get(0), axis);
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.insertAxis(this, arg);
        }
    }

    /**
     * The tensor that holds {@code operand} at positions {@code offset, offset + stride, …} along
     * core axis {@code axis}, and zero elsewhere: {@code operand}'s shape with that axis
     * {@code stride} times longer. The adjoint of a {@link Strided} view; introduced by the gradient
     * pass.
     */
    record Unstride(Span span, Term operand, int axis, int stride, int offset) implements Term {
        public List<Term> children() {
            return List.of(operand);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Unstride(span, kids.get(0), axis, stride, offset);
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.unstride(this, arg);
        }
    }

    /**
     * The members of a family's concatenation split apart again: {@code operand} of core shape
     * {@code [..., h d]} as the family {@code [h, ..., d]} that {@code like} has the shape of. The
     * adjoint of a {@link FamilyConcat}; introduced by the gradient pass. {@code like} only gives the
     * shape and is never evaluated.
     */
    record SplitFamily(Span span, Term operand, Term like) implements Term {
        public List<Term> children() {
            return List.of(operand, like);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new SplitFamily(span, kids.get(0), kids.get(1));
        }

        @Override
        public List<Term> shapeWitnesses() {
            return List.of(like);
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.splitFamily(this, arg);
        }
    }

    // ---- strided subscripts and definitions, indexed families (SPEC 3.6) ---------------------

    /**
     * {@code x_{2i+1}}: the elements {@code offset, offset + stride, …} along core axis
     * {@code axis} of {@code base}, a tensor that an {@link Index} then selects from.
     */
    record Strided(Span span, Term base, int axis, int stride, int offset) implements Term {
        public List<Term> children() {
            return List.of(base);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Strided(span, kids.get(0), axis, stride, offset);
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.strided(this, arg);
        }
    }

    /**
     * Strided element-wise definitions that fill one tensor together ({@code PE_{(pos, 2i)}} and
     * {@code PE_{(pos, 2i+1)}}): part {@code p} gives the elements {@code stride * k + p} along
     * axis {@code axis} of the result, where {@code stride} is the number of parts. Only ever the
     * whole body of a definition. Its sub-terms are the parts' bodies, in order.
     */
    record Interleave(Span span, int axis, List<StridedPart> parts) implements Term {
        public Interleave {
            parts = List.copyOf(parts);
        }

        public List<Term> children() {
            return parts.stream().map(StridedPart::body).toList();
        }

        public Term withChildren(List<Term> kids) {
            if (same(this, kids)) {
                return this;
            }
            List<StridedPart> rebuilt = new ArrayList<>();
            for (int p = 0; p < parts.size(); p++) {
                StridedPart part = parts.get(p);
                rebuilt.add(new StridedPart(part.span(), part.indices(), kids.get(p)));
            }
            return new Interleave(span, axis, rebuilt);
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.interleave(this, arg);
        }
    }

    /** One strided left-hand side and its body: the tensor of {@code body} over {@code indices}. */
    record StridedPart(Span span, List<IndexVar> indices, Term body) {
        public StridedPart {
            indices = List.copyOf(indices);
        }
    }

    /**
     * {@code \mathrm{Concat}(\mathrm{head}_1, \ldots, \mathrm{head}_h)}: the members of a family
     * (a tensor whose leading core axis is the member number) joined along their last axis;
     * {@code last} is the number written on the last member, which must be the family's size.
     */
    record FamilyConcat(Span span, Term family, Term last) implements Term {
        /** The family; {@code last} is a size written in the source (a number or a dimension), not a sub-term. */
        public List<Term> children() {
            return List.of(family);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new FamilyConcat(span, kids.get(0), last);
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.familyConcat(this, arg);
        }
    }

    // ---- recurrences over a sequence (scans) ------------------------------------------------

    /**
     * A recurrence run over a declared sequence axis: S4's {@code x_k = \bar{A} x_{k-1} + \bar{B} u_k},
     * RetNet's {@code S_n = \gamma S_{n-1} + K_n^\top V_n}. The state starts at {@code initial} (a zero, or
     * the file's {@code x_0}); each step binds {@code step} to its position and evaluates {@code body}, in
     * which {@link ScanState} over the same {@code step} is the state of the step before (after, when
     * {@code backward}: {@code G_t = R_{t+1} + \gamma G_{t+1}}). The value is the states stacked along a new
     * leading axis, in position order: its shape is the range of {@code step} followed by the body's.
     * Only a definition's whole body is a scan.
     */
    record Scan(Span span, IndexVar step, boolean backward, Term initial, Term body) implements Term {
        public List<Term> children() {
            return List.of(initial, body);
        }

        public Term withChildren(List<Term> kids) {
            return same(this, kids) ? this : new Scan(span, step, backward, kids.get(0), kids.get(1));
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.scan(this, arg);
        }
    }

    /** Inside the body of the {@link Scan} over {@code step}: the state the step before left ({@code x_{k-1}}). */
    record ScanState(Span span, IndexVar step) implements Term {
        public List<Term> children() {
            return List.of();
        }

        public Term withChildren(List<Term> kids) {
            same(this, kids);
            return this;
        }

        public <A, R> R accept(Visitor<A, R> v, A arg) {
            return v.scanState(this, arg);
        }
    }
}
