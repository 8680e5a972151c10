package dev.eqc.compiler.resolve;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * A resolved expression: every name is bound (to an input, a parameter, a constant, a
 * dimension or a definition), calls and products are told apart, and spellings are gone.
 * Shape inference, the interpreter and code generation all walk this tree.
 */
public sealed interface Term {
    Span span();

    /** A number. */
    record Literal(Span span, double value) implements Term {}

    /** A dimension used as a value ({@code \sqrt{d_k}}): the size bound at run time. */
    record DimValue(Span span, String dim) implements Term {}

    /** A declared (or inferred) input used freely. */
    record InputRef(Span span, Input input) implements Term {}

    /** The {@code index}-th listed parameter of the enclosing function definition. */
    record ParamRef(Span span, Param param, int index) implements Term {}

    /** A named constant ({@code \epsilon = 10^{-5}}). */
    record ConstRef(Span span, Constant constant) implements Term {}

    /** A defined value used by name; its inputs are bound in the user's scope. */
    record ValueRef(Span span, Definition definition) implements Term {}

    /** A call of a defined function; its extra (free) inputs are bound in the caller's scope. */
    record Call(Span span, Definition function, List<Term> args) implements Term {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** A built-in function from the registry. */
    record BuiltinCall(Span span, Builtin builtin, List<Term> args) implements Term {
        public BuiltinCall {
            args = List.copyOf(args);
        }
    }

    /** Element-wise arithmetic with broadcasting. */
    record Arith(Span span, Span opSpan, ArithOp op, Term left, Term right) implements Term {}

    /**
     * A product written as juxtaposition, {@code \cdot} or {@code \times}: its meaning
     * (scaling, matrix product, dot, outer, element-wise) is decided by shape inference.
     */
    record Product(Span span, Span opSpan, Term left, Term right, boolean explicit) implements Term {
        /** A juxtaposition ({@code QK}, {@code x(1 + y)}): no operator was written. */
        public Product(Span span, Span opSpan, Term left, Term right) {
            this(span, opSpan, left, right, false);
        }
    }

    /** Element-wise power. */
    record Power(Span span, Term base, Term exponent) implements Term {}

    /** Unary minus. */
    record Negate(Span span, Term operand) implements Term {}

    /** Transpose ({@code ^T}, {@code ^\top}): swaps the last two core axes; a vector becomes a row. */
    record Transpose(Span span, Term operand) implements Term {}

    /** {@code W_{ij}}: selects along the leading core axes of {@code base}, one index variable per axis. */
    record Index(Span span, Term base, List<IndexVar> indices) implements Term {
        public Index {
            indices = List.copyOf(indices);
        }
    }

    /** An index variable used as a number ({@code 2i}). */
    record IndexValue(Span span, IndexVar var) implements Term {}

    /** {@code \sum_j}, {@code \prod_j}, {@code \max_j}, {@code \arg\max_j} … of {@code body} over {@code var}. */
    record Reduce(Span span, ReduceOp op, IndexVar var, Term body) implements Term {}

    /** Reductions over an index variable. */
    enum ReduceOp {
        SUM, PROD, MAX, MIN, ARGMAX, ARGMIN,
        /** {@code \\log\\sum_j \\exp(…)}, computed stably (introduced by {@code Stabilizer}). */
        LOGSUMEXP
    }

    /** A comparison, 1 where it holds and 0 elsewhere ({@code x \\ge 0}, {@code \\mathbb{1}[…]}, {@code \\delta_{ij}}). */
    record Compare(Span span, CompareOp op, Term left, Term right) implements Term {}

    /** {@code cases}: {@code then} where {@code condition} is non-zero, else {@code otherwise}. */
    record Where(Span span, Term condition, Term then, Term otherwise) implements Term {}

    /** Comparison operators. */
    enum CompareOp {
        LT("<"), GT(">"), LE("\\le"), GE("\\ge"), EQ("="), NE("\\ne");

        public final String symbol;

        CompareOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /**
     * A last-axis built-in applied along the axis of dimension {@code dim} instead
     * ({@code \\underset{m}{\\mathrm{softmax}}}, {@code \\mathbb{E}_k[…]}); shape inference finds the axis.
     */
    record AlongAxis(Span span, Builtin builtin, Term arg, String dim) implements Term {}

    /**
     * {@code \\nabla_{W} L} or {@code \\frac{\\partial L}{\\partial W}}: the gradient of the scalar
     * {@code of} with respect to the input {@code wrt}. Only name resolution and shape inference see
     * it: the gradient pass ({@code grad.GradientPass}) replaces it by ordinary terms before anything
     * is evaluated or emitted.
     */
    record Gradient(Span span, Term of, Input wrt, Span wrtSpan) implements Term {}

    /**
     * Sums {@code operand} down to the core shape of {@code like}: over its leading core axes that
     * {@code like} does not have, and (keeping them) over the axes where {@code like} has size 1. The
     * reverse of broadcasting; introduced by the gradient pass. {@code like} only gives the shape and
     * is never evaluated.
     */
    record SumTo(Span span, Term operand, Term like) implements Term {}

    /**
     * The tensor whose element at the positions of {@code vars} is {@code body}: the adjoint of an
     * indexed input ({@code x_i}) gathered back into the input's shape. Its shape is the ranges of
     * {@code vars} followed by the body's. Introduced by the gradient pass, never inside another index
     * scope.
     */
    record Stack(Span span, List<IndexVar> vars, Term body) implements Term {
        public Stack {
            vars = List.copyOf(vars);
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
    }

    /**
     * Inserts a size-1 core axis into {@code operand} at {@code axis}, counted from the end of the
     * result's core shape (-1 = a new last axis), so a reduced value broadcasts back against the
     * value it was reduced from. Introduced by the gradient pass.
     */
    record InsertAxis(Span span, Term operand, int axis) implements Term {}

    /** Element-wise operators. */
    enum ArithOp {
        ADD("+"), SUB("-"), MUL("⊙"), DIV("/");

        public final String symbol;

        ArithOp(String symbol) {
            this.symbol = symbol;
        }
    }

    // ---- SPEC 3.6 level 3: strided subscripts and definitions, indexed families -----------

    /**
     * {@code x_{2i+1}}: the elements {@code offset, offset + stride, …} along core axis
     * {@code axis} of {@code base}, a tensor that an {@link Index} then selects from.
     */
    record Strided(Span span, Term base, int axis, int stride, int offset) implements Term {}

    /**
     * Strided element-wise definitions that fill one tensor together ({@code PE_{(pos, 2i)}} and
     * {@code PE_{(pos, 2i+1)}}): part {@code p} gives the elements {@code stride * k + p} along
     * axis {@code axis} of the result, where {@code stride} is the number of parts. Only ever the
     * whole body of a definition.
     */
    record Interleave(Span span, int axis, List<StridedPart> parts) implements Term {
        public Interleave {
            parts = List.copyOf(parts);
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
    record FamilyConcat(Span span, Term family, Term last) implements Term {}
}
