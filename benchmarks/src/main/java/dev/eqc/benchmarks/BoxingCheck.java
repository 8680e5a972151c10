package dev.eqc.benchmarks;

import dev.eqc.runtime.Attention;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Fused;
import dev.eqc.runtime.Ops;
import dev.eqc.runtime.Parallel;
import dev.eqc.runtime.Tensor;
import dev.eqc.runtime.VecMath;
import dev.eqc.runtime.VectorSupport;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Whether the vector kernels box: each kernel family runs for a while on one thread (so C2
 * compiles it as in a long job), then the bytes it allocates per call are measured and compared
 * with what it must allocate (its result, where it returns one). On JDK 17 a vector kernel whose
 * intrinsics C2 drops still computes the right answer, but every vector becomes an object: the
 * call allocates megabytes and runs 5-15x slower (docs/PERFORMANCE.md, "JDK 17 Vector API
 * pitfalls"). Not a unit test, because what C2 compiles depends on timing; a tool to run after
 * changing a kernel, at every width:
 *
 * <pre>
 * java --add-modules jdk.incubator.vector -Deqc.vector.bits=256 -cp benchmarks/target/benchmarks.jar \
 *     dev.eqc.benchmarks.BoxingCheck [seconds of warm-up per kernel, default 5] [kernels, e.g. 0,4,7]
 * </pre>
 *
 * Prints one line per kernel and exits with 1 if any allocates more than 64 KiB per call beyond
 * its result.
 */
public final class BoxingCheck {
    private static final long SLACK_BYTES = 64 * 1024;

    private BoxingCheck() {}

    private interface Call {
        Object run();
    }

    private record Kernel(String name, long resultBytes, Call call) {}

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Parallel.setThreads(1);
        int rows = 512;
        int len = 4096;
        float[] a = random(rows * len, 1);
        float[] out = new float[a.length];
        float[] gain = random(len, 2);
        float[] bias = random(len, 3);
        double[] sums = new double[3];
        double[] moments = new double[2];
        Tensor x = Tensor.of(a, rows, len);
        Tensor q = Tensor.random(DType.FLOAT32, 4, 0.1, 0.9, 512, 64);
        Tensor k = Tensor.random(DType.FLOAT32, 5, 0.1, 0.9, 512, 64);
        Tensor v = Tensor.random(DType.FLOAT32, 6, 0.1, 0.9, 512, 64);
        Tensor m = Tensor.random(DType.FLOAT32, 7, -1, 1, 256, 256);
        List<Kernel> kernels = new ArrayList<>();
        kernels.add(new Kernel("Fused.sum (rows)", 0, () -> {
            double s = 0;
            for (int r = 0; r < rows; r++) {
                s += Fused.sum(a, r * len, len);
            }
            return s;
        }));
        kernels.add(new Kernel("Fused.max (rows)", 0, () -> {
            double s = 0;
            for (int r = 0; r < rows; r++) {
                s += Fused.max(a, r * len, len);
            }
            return s;
        }));
        kernels.add(new Kernel("Fused.logSumExp (rows)", 0, () -> {
            double s = 0;
            for (int r = 0; r < rows; r++) {
                s += Fused.logSumExp(a, r * len, len);
            }
            return s;
        }));
        kernels.add(new Kernel("Fused.meanAndVariance (rows)", 0, () -> {
            for (int r = 0; r < rows; r++) {
                Fused.meanAndVariance(a, r * len, len, moments);
            }
            return moments;
        }));
        kernels.add(new Kernel("Fused.scaleShiftThenSums (rows)", 0, () -> {
            Fused.shiftedSums(a, 0, len, sums);
            for (int r = 0; r + 1 < rows; r++) {
                Fused.scaleShiftThenSums(out, r * len, a, r * len, len, 0.1f, 1.3f, gain, 0, bias, 0, (r + 1) * len, sums);
            }
            return sums;
        }));
        kernels.add(new Kernel("VecMath.exp", 0, () -> {
            VecMath.exp(a, 0, out, 0, a.length);
            return out;
        }));
        kernels.add(new Kernel("VecMath.sigmoid", 0, () -> {
            VecMath.sigmoid(a, 0, out, 0, a.length);
            return out;
        }));
        kernels.add(new Kernel("VecMath.erf", 0, () -> {
            VecMath.erf(a, 0, out, 0, a.length);
            return out;
        }));
        kernels.add(new Kernel("VecMath.tanh", 0, () -> {
            VecMath.tanh(a, 0, out, 0, a.length);
            return out;
        }));
        kernels.add(new Kernel("Ops.softmax [512, 4096]", 4L * rows * len, () -> Ops.softmax(x)));
        kernels.add(new Kernel("Attention 512 x 512, d 64", 4L * 512 * 64 + 64 * 1024,
            () -> Attention.scaledDotProduct(q, k, v, 0.125)));
        kernels.add(new Kernel("Ops.matmul 256^3", 4L * 256 * 256, () -> Ops.matmul(m, m)));
        System.out.println("vector bits " + VectorSupport.BITS + ", Java " + Runtime.version() + ", " + seconds
            + " s of warm-up per kernel");
        boolean boxed = false;
        Object sink = null;
        // An optional second argument picks kernels by their numbers in the list (0-based, comma-separated),
        // in that order: kernels compiled earlier in a process can make later ones box, and this finds which.
        List<Kernel> chosen = kernels;
        if (args.length > 1) {
            chosen = new ArrayList<>();
            for (String index : args[1].split(",")) {
                chosen.add(kernels.get(Integer.parseInt(index.trim())));
            }
        }
        for (Kernel kernel : chosen) {
            long end = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                sink = kernel.call.run();
            }
            // The least of five measurements: a compilation still in flight (on a busy machine C2 can
            // take seconds) makes one measurement allocate, steady-state boxing makes all five.
            long perCall = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                int calls = 10;
                long before = mx.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < calls; i++) {
                    sink = kernel.call.run();
                }
                perCall = Math.min(perCall, (mx.getCurrentThreadAllocatedBytes() - before) / calls);
            }
            boolean bad = perCall > kernel.resultBytes + SLACK_BYTES;
            boxed |= bad;
            System.out.printf("%-34s %10.1f KiB per call (result %.1f KiB)%s%n", kernel.name, perCall / 1024.0,
                kernel.resultBytes / 1024.0, bad ? "  BOXED" : "");
        }
        System.out.println(sink == null ? "" : boxed ? "some kernels box: see above" : "no kernel boxes");
        System.exit(boxed ? 1 : 0);
    }

    private static float[] random(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) rng.nextDouble(-3, 3);
        }
        return x;
    }
}
