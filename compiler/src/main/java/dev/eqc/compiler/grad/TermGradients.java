package dev.eqc.compiler.grad;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.builtin.Gradients;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.Term;
import java.util.List;

/**
 * The operations of a built-in's derivative ({@link Builtin#adjoints}) as terms, at the span of
 * the call being differentiated. The axis the built-in works along is the last one, or, for a
 * named-axis form ({@code \\underset{m}{\\mathrm{softmax}}}), the one it names: then reductions
 * along it are that form again, and reduced values get that axis back.
 */
final class TermGradients implements Gradients<Term> {
    private final Span at;
    private final Adjoints a;
    private final Shape argument;
    /** The named-axis form being differentiated, or null for the last axis. */
    private final Term.AlongAxis along;
    /** The axis, counted from the end of the argument's core shape (-1 = last). */
    private final int axis;

    private TermGradients(Span at, Adjoints a, Shape argument, Term.AlongAxis along, int axis) {
        this.at = at;
        this.a = a;
        this.argument = argument;
        this.along = along;
        this.axis = axis;
    }

    /** For a built-in applied along the last axis of an argument of shape {@code argument}. */
    static TermGradients lastAxis(Span at, Adjoints a, Shape argument) {
        return new TermGradients(at, a, argument, null, -1);
    }

    /** For a named-axis form along {@code axis} (from the end) of its argument. */
    static TermGradients alongAxis(Term.AlongAxis form, Adjoints a, Shape argument, int axis) {
        return new TermGradients(form.span(), a, argument, form, axis);
    }

    @Override
    public Term lit(double value) {
        return a.lit(at, value);
    }

    @Override
    public Term add(Term x, Term y) {
        return a.add(at, x, y);
    }

    @Override
    public Term sub(Term x, Term y) {
        return a.sub(at, x, y);
    }

    @Override
    public Term mul(Term x, Term y) {
        return a.mul(at, x, y);
    }

    @Override
    public Term div(Term x, Term y) {
        return a.div(at, x, y);
    }

    @Override
    public Term neg(Term x) {
        return a.neg(at, x);
    }

    @Override
    public Term square(Term x) {
        return new Term.Power(at, x, new Term.Literal(at, 2.0));
    }

    @Override
    public Term call(Builtin fn, Term x) {
        boolean alongTheAxis = fn.kind() == Builtin.Kind.LAST_AXIS || fn.kind() == Builtin.Kind.REDUCE_LAST;
        if (along != null && alongTheAxis) {
            return new Term.AlongAxis(at, fn, x, along.dim(), along.keep());
        }
        return new Term.BuiltinCall(at, fn, List.of(x));
    }

    private Term compare(Term.CompareOp op, Term x, Term y) {
        return new Term.Compare(at, op, x, y);
    }

    @Override
    public Term gt(Term x, Term y) {
        return compare(Term.CompareOp.GT, x, y);
    }

    @Override
    public Term ge(Term x, Term y) {
        return compare(Term.CompareOp.GE, x, y);
    }

    @Override
    public Term lt(Term x, Term y) {
        return compare(Term.CompareOp.LT, x, y);
    }

    @Override
    public Term le(Term x, Term y) {
        return compare(Term.CompareOp.LE, x, y);
    }

    @Override
    public Term eq(Term x, Term y) {
        return compare(Term.CompareOp.EQ, x, y);
    }

    @Override
    public Term select(Term condition, Term then, Term otherwise) {
        return new Term.Where(at, condition, then, otherwise);
    }

    @Override
    public Term keep(Term reduced) {
        if (reduced instanceof Term.Literal || along != null && along.keep()) {
            return reduced; // a number broadcasts as it is; a kept axis is already there
        }
        return new Term.InsertAxis(at, reduced, axis);
    }

    @Override
    public Term sumBack(Term g, Term like) {
        return new Term.SumTo(at, g, like);
    }

    @Override
    public Term axisLength() {
        return argument.fromEnd(-axis).asTerm(at);
    }

    @Override
    public boolean scalarArgument() {
        return argument.isScalar();
    }

    @Override
    public Term sliceLast(Term g, List<Term> before, Term part) {
        return new Term.SliceLast(at, g, List.copyOf(before), part);
    }
}
