package dev.eqc.benchmarks;

import dev.eqc.runtime.Parallel;
import dev.eqc.runtime.Tensor;
import java.util.Map;
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
 * Examples end to end: each {@code @Setup} compiles a bundled example with the compiler's public
 * API and builds its float32 inputs exactly as {@code eqc bench} does (see {@link
 * CompiledExample}); the benchmark is one call of the generated method. The sizes are those of
 * {@code scripts/bench_compare.py} (docs/PERFORMANCE.md), so the two can be compared.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Benchmark)
public class ExampleBenchmarks {
    /** Threads of the runtime's pool (0: all cores). */
    @Param({"0"})
    public int threads;


    @Setup(Level.Trial)
    public void setUp() {
        Parallel.setThreads(threads);
    }

    // One @State per example, so running one benchmark compiles and allocates only its own inputs.

    @State(Scope.Benchmark)
    public static class Gelu {
        CompiledExample e;

        @Setup(Level.Trial)
        public void setUp() {
            e = CompiledExample.load("gelu.eq", null, Map.of("d", 1 << 24));
        }
    }

    @State(Scope.Benchmark)
    public static class Adam {
        CompiledExample e;

        @Setup(Level.Trial)
        public void setUp() {
            e = CompiledExample.load("adam.eq", "\\theta_t", Map.of("d", 1 << 24));
        }
    }

    @State(Scope.Benchmark)
    public static class LayerNorm {
        CompiledExample e;
        Tensor out;

        @Setup(Level.Trial)
        public void setUp() {
            e = CompiledExample.load("layer_norm_builtins.eq", null, Map.of("d", 1024), 4096);
            out = e.newOut();
        }
    }

    @State(Scope.Benchmark)
    public static class RmsNorm {
        CompiledExample e;

        @Setup(Level.Trial)
        public void setUp() {
            e = CompiledExample.load("rms_norm.eq", null, Map.of("n", 1024), 4096);
        }
    }

    @State(Scope.Benchmark)
    public static class Softmax {
        CompiledExample e;

        @Setup(Level.Trial)
        public void setUp() {
            e = CompiledExample.load("softmax.eq", null, Map.of("n", 4096), 4096);
        }
    }

    @State(Scope.Benchmark)
    public static class Attention {
        @Param({"2048"})
        public int n;

        CompiledExample e;

        @Setup(Level.Trial)
        public void setUp() {
            e = CompiledExample.load("attention.eq", null, Map.of("n", n, "m", n, "d_k", 64, "d_v", 64));
        }
    }

    @State(Scope.Benchmark)
    public static class Ffn {
        CompiledExample e;

        @Setup(Level.Trial)
        public void setUp() {
            e = CompiledExample.load("ffn.eq", null, Map.of("d_model", 1024, "d_ff", 4096), 1024);
        }
    }

    /** GELU (tanh form), 16M floats. */
    @Benchmark
    public Tensor gelu(Gelu s) {
        return s.e.invoke();
    }

    /** One Adam step, θ_t of examples/adam.eq, 16M parameters. */
    @Benchmark
    public Tensor adamStep(Adam s) {
        return s.e.invoke();
    }

    /** LN(x) with γ, β over the last axis, x [4096, 1024]. */
    @Benchmark
    public Tensor layerNorm(LayerNorm s) {
        return s.e.invoke();
    }

    /** As {@link #layerNorm}, written into one reused {@code out} tensor. */
    @Benchmark
    public Tensor layerNormInto(LayerNorm s) {
        return s.e.invokeInto(s.out);
    }

    /** RMSNorm (examples/rms_norm.eq, ā), a and g [4096, 1024] (a value: every input is batched). */
    @Benchmark
    public Tensor rmsNorm(RmsNorm s) {
        return s.e.invoke();
    }

    /** softmax over the last axis, [4096, 4096]. */
    @Benchmark
    public Tensor softmax(Softmax s) {
        return s.e.invoke();
    }

    /** Scaled dot-product attention, n = m (default 2048), d_k = d_v = 64. */
    @Benchmark
    public Tensor attention(Attention s) {
        return s.e.invoke();
    }

    /** Transformer FFN, x [1024, 1024] (batch 1024, d_model 1024), d_ff 4096. */
    @Benchmark
    public Tensor ffn(Ffn s) {
        return s.e.invoke();
    }
}
