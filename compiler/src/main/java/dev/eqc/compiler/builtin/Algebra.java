package dev.eqc.compiler.builtin;

/**
 * The operations a built-in's formulas are written in ({@link Builtin#expansion},
 * {@link Builtin#logOf}), over whatever a pass builds: terms in name resolution, loop
 * expressions in fusion. Comparisons give 1 where they hold and 0 elsewhere.
 *
 * @param <T> the values the pass builds
 */
public interface Algebra<T> {
    T lit(double value);

    T add(T a, T b);

    T sub(T a, T b);

    T mul(T a, T b);

    T div(T a, T b);

    T neg(T a);

    /** {@code a^2}. */
    T square(T a);

    /** The built-in {@code fn} applied to {@code x}. */
    T call(Builtin fn, T x);

    T gt(T a, T b);

    T ge(T a, T b);

    T lt(T a, T b);

    T le(T a, T b);

    T eq(T a, T b);

    /** {@code then} where {@code condition} is non-zero, else {@code otherwise}. */
    T select(T condition, T then, T otherwise);
}
