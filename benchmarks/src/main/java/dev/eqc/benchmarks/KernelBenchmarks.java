package dev.eqc.benchmarks;

import dev.eqc.runtime.Attention;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Ops;
import dev.eqc.runtime.Parallel;
import dev.eqc.runtime.Tensor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The runtime's kernels through its public API ({@link Ops}), float32, on seeded inputs built in
 * {@code @Setup}. Each benchmark returns its result so the JIT cannot drop the work. The fork
 * adds {@code jdk.incubator.vector} itself, so the vector kernels run (unless {@code
 * -jvmArgsAppend -Deqc.vector=false}); {@code -p threads=1} times one core.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class KernelBenchmarks {

    /** Sizes of a new result: 4M floats is LayerNorm's [4096, 1024], 16M GELU's and Adam's. */
    @State(Scope.Benchmark)
    public static class Allocation {
        @Param({"4194304", "16777216"})
        public int n;
    }

    /**
     * A new float32 tensor of n elements and nothing else: the floor under any kernel that
     * returns a new result, since the JVM zeroes every new array (docs/PERFORMANCE.md, LayerNorm).
     */
    @Benchmark
    public Tensor allocate(Allocation s) {
        return Tensor.zeros(DType.FLOAT32, s.n);
    }

    /** Square matrix products C = A B, n × n, 2n³ flops (n = 2048: 17.2 GFLOP, the sgemm size). */
    @State(Scope.Benchmark)
    public static class Matmul {
        @Param({"128", "512", "1024", "2048"})
        public int n;

        @Param({"0"})
        public int threads;

        Tensor a;
        Tensor b;

        @Setup(Level.Trial)
        public void setUp() {
            Parallel.setThreads(threads);
            a = Tensor.random(DType.FLOAT32, 1, -1, 1, n, n);
            b = Tensor.random(DType.FLOAT32, 2, -1, 1, n, n);
        }
    }

    /** 16M floats (64 MB per array): element-wise kernels, bound by memory bandwidth once vectorised. */
    @State(Scope.Benchmark)
    public static class Elementwise {
        @Param({"16777216"})
        public int size;

        @Param({"0"})
        public int threads;

        Tensor x;
        Tensor y;

        @Setup(Level.Trial)
        public void setUp() {
            Parallel.setThreads(threads);
            x = Tensor.random(DType.FLOAT32, 3, -3, 3, size);
            y = Tensor.random(DType.FLOAT32, 4, -3, 3, size);
        }
    }

    /** Softmax over the last axis of a rows × cols matrix. */
    @State(Scope.Benchmark)
    public static class Rows {
        @Param({"4096"})
        public int rows;

        @Param({"4096"})
        public int cols;

        @Param({"0"})
        public int threads;

        Tensor x;

        @Setup(Level.Trial)
        public void setUp() {
            Parallel.setThreads(threads);
            x = Tensor.random(DType.FLOAT32, 5, -3, 3, rows, cols);
        }
    }

    /** Scaled dot-product attention, n = m queries and keys of d = 64 (4 n² d flops in its two products). */
    @State(Scope.Benchmark)
    public static class AttentionInputs {
        @Param({"2048"})
        public int n;

        @Param({"0"})
        public int threads;

        Tensor q;
        Tensor k;
        Tensor v;

        @Setup(Level.Trial)
        public void setUp() {
            Parallel.setThreads(threads);
            q = Tensor.random(DType.FLOAT32, 6, 0.1, 0.9, n, 64);
            k = Tensor.random(DType.FLOAT32, 7, 0.1, 0.9, n, 64);
            v = Tensor.random(DType.FLOAT32, 8, 0.1, 0.9, n, 64);
        }
    }

    /** {@code Attention.scaledDotProduct}, the kernel generated code calls for softmax(QK^T/8)V. */
    @Benchmark
    public Tensor attention(AttentionInputs s) {
        return Attention.scaledDotProduct(s.q, s.k, s.v, 0.125);
    }

    @Benchmark
    public Tensor matmul(Matmul s) {
        return Ops.matmul(s.a, s.b);
    }

    @Benchmark
    public Tensor tanh(Elementwise s) {
        return Ops.tanh(s.x);
    }

    @Benchmark
    public Tensor exp(Elementwise s) {
        return Ops.exp(s.x);
    }

    @Benchmark
    public Tensor add(Elementwise s) {
        return Ops.add(s.x, s.y);
    }

    @Benchmark
    public Tensor softmax(Rows s) {
        return Ops.softmax(s.x);
    }
}
