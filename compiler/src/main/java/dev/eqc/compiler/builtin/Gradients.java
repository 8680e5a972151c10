package dev.eqc.compiler.builtin;

import java.util.List;

/**
 * The operations a built-in's derivative ({@link Builtin#adjoints}) is written in: arithmetic
 * plus what undoes a last-axis reduction. "The axis" is the one the built-in works along: the
 * last one, or the axis a named-axis form ({@code \\underset{m}{\\mathrm{softmax}}}) names.
 *
 * @param <T> the values the gradient pass builds
 */
public interface Gradients<T> extends Algebra<T> {
    /** A value reduced along the axis with that axis back, as size 1, so it broadcasts against the argument. */
    T keep(T reduced);

    /** {@code g} (kept, size 1 along the axis) repeated to the shape of {@code like}. */
    T sumBack(T g, T like);

    /** The length of the axis, as a value. */
    T axisLength();

    /** Whether the (first) argument is a single number: norms of a number are its absolute value. */
    boolean scalarArgument();

    /** The part of {@code g}'s last axis that {@code part} occupies in a concatenation after {@code before}. */
    T sliceLast(T g, List<T> before, T part);
}
