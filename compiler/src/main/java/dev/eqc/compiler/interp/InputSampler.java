package dev.eqc.compiler.interp;

import java.util.SplittableRandom;

/**
 * Seeded random inputs that reproduce, value for value, what generated tests get from the
 * runtime's {@code Tensor.random} and {@code Tensor.randomInts}.
 *
 * <p>The formulas are the runtime's documented contract, re-implemented here so the compiler
 * never calls runtime code to compute expected values: {@code new SplittableRandom(seed)},
 * then one draw per element in row-major order.
 */
public final class InputSampler {
    private InputSampler() {}

    /**
     * Uniform numbers in {@code [lo, hi)}: {@code lo + (hi - lo) * rng.nextDouble()} per element,
     * rounded through {@code float} when {@code float32} (as a FLOAT32 tensor stores them).
     */
    public static NDArray uniform(long seed, double lo, double hi, boolean float32, int... shape) {
        double[] data = new double[NDArray.numel(checked(shape))];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < data.length; i++) {
            double v = lo + (hi - lo) * rng.nextDouble();
            data[i] = float32 ? (double) (float) v : v;
        }
        return NDArray.wrap(data, shape);
    }

    /**
     * Uniform integers in {@code [lo, hiInclusive]}: {@code lo + rng.nextInt(hiInclusive - lo + 1)}
     * per element. The values are exact; a FLOAT32 tensor holds the same values while they stay
     * within {@code 2^24} in magnitude.
     */
    public static NDArray integers(long seed, int lo, int hiInclusive, int... shape) {
        long bound = (long) hiInclusive - lo + 1;
        if (bound <= 0 || bound > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("integers: need lo <= hiInclusive with a range below 2^31, got ["
                    + lo + ", " + hiInclusive + "]");
        }
        double[] data = new double[NDArray.numel(checked(shape))];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < data.length; i++) {
            data[i] = lo + rng.nextInt((int) bound);
        }
        return NDArray.wrap(data, shape);
    }

    private static int[] checked(int[] shape) {
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("negative dimension " + s + " in a sample shape");
            }
        }
        return shape;
    }
}
