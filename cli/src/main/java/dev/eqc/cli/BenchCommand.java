package dev.eqc.cli;

import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.UpdateRule;
import dev.eqc.compiler.diag.Json;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.run.SymbolNames;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Parallel;
import dev.eqc.runtime.Tensor;
import dev.eqc.runtime.VectorSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eqc bench}: time the generated code on seeded random inputs and print one JSON object (SPEC 4). */
@Command(name = "bench", description = "Time a definition's generated code on seeded random inputs; prints one JSON object.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "FILE.eq")
    Path file;

    @Option(names = "--function", paramLabel = "NAME", description = "definition to time (default: the last; for a file with an update rule,"
            + " like Adam's m_t, v_t, \\theta_t from their previous values, its in-place step, also --function step)")
    String function;

    @Option(names = "--dim", paramLabel = "NAME=INT", description = "size of a dimension (repeatable)")
    List<String> dimensions = new ArrayList<>();

    @Option(names = "--batch", paramLabel = "B", split = ",", description = "leading batch dimensions of every input")
    List<Integer> batch = new ArrayList<>();

    @Option(names = "--runs", defaultValue = "10", description = "timed runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "10", description = "untimed runs first, at least (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--warmup-time", paramLabel = "SECONDS", defaultValue = "1",
            description = "keep warming up until this much time has passed too (default: ${DEFAULT-VALUE}): the JIT"
                    + " compiles a kernel's parallel body only after enough calls, and a compilation that lands"
                    + " in the timed runs takes one of the cores")
    double warmupTime;

    @Option(names = "--settle", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "then keep warming up until two successive windows of calls have medians within"
                    + " --settle-tolerance of each other, or --warmup-max-time has passed (default: on; --no-settle"
                    + " times right after --warmup and --warmup-time)")
    boolean settle;

    @Option(names = "--settle-tolerance", paramLabel = "FRACTION", defaultValue = "0.05",
            description = "relative difference of two window medians that counts as settled (default: ${DEFAULT-VALUE})")
    double settleTolerance;

    @Option(names = "--warmup-max-time", paramLabel = "SECONDS", defaultValue = "30",
            description = "stop waiting for timings to settle after this long (default: ${DEFAULT-VALUE}); the JSON then"
                    + " says \"settled\": false")
    double warmupMaxTime;

    @Option(names = "--threads", defaultValue = "0", description = "threads the kernels use (default 0: all cores)")
    int threads;

    @Option(names = "--precision", defaultValue = "float", description = "float or double (default: ${DEFAULT-VALUE})")
    String precision;

    @Option(names = "--reuse-output", description = "time the form that writes into an out tensor, one tensor reused"
            + " by every run (definitions that compile to one fused loop have it; the default for them): a usage"
            + " error for a definition without that form")
    boolean reuseOutput;

    @Option(names = "--new-output", description = "time the form that returns a new result each run, for a"
            + " definition that also has the out form (the default for the others)")
    boolean newOutput;

    /** More threads than this is a typo, not a machine. */
    private static final int MAX_THREADS = 4096;

    @Override
    public Integer call() {
        if (runs < 1 || runs > 1_000_000) {
            throw new UserError("--runs " + runs + ": give between 1 and 1000000 timed runs", Main.USAGE);
        }
        if (warmup < 0) {
            throw new UserError("--warmup " + warmup + ": the number of untimed runs cannot be negative", Main.USAGE);
        }
        if (threads < 0 || threads > MAX_THREADS) {
            throw new UserError("--threads " + threads + ": give 0 (all cores) up to " + MAX_THREADS, Main.USAGE);
        }
        if (!(warmupTime >= 0 && warmupTime <= 3600)) {
            throw new UserError("--warmup-time " + warmupTime + ": give between 0 and 3600 seconds", Main.USAGE);
        }
        if (!(warmupMaxTime >= 0 && warmupMaxTime <= 3600)) {
            throw new UserError("--warmup-max-time " + warmupMaxTime + ": give between 0 and 3600 seconds", Main.USAGE);
        }
        if (!(settleTolerance > 0 && settleTolerance < 1)) {
            throw new UserError("--settle-tolerance " + settleTolerance + ": give a fraction between 0 and 1 (0.05 is 5%)",
                    Main.USAGE);
        }
        for (int b : batch) {
            if (b < 1) {
                throw new UserError("--batch " + batch.stream().map(String::valueOf).collect(Collectors.joining(","))
                        + ": every batch size must be at least 1", Main.USAGE);
            }
        }
        Precision p = TranslateCommand.precision(precision);
        Optional<CompiledEquations> compiled = CompiledEquations.load(file, p, new dev.eqc.compiler.diag.Diagnostics());
        if (compiled.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        EquationRunner runner = compiled.get().runner();
        TypedProgram typed = compiled.get().typed();
        // A file with an update rule (Adam: m_t, v_t, \theta_t from their previous values) is timed
        // as its full in-place step by default, or with --function step; --function NAME times one state.
        Optional<UpdateRule> rule = function == null || function.strip().equals(UpdateRule.METHOD)
                ? runner.updateRule() : Optional.empty();
        Definition def = rule.isPresent() ? rule.get().last() : compiled.get().definition(function);
        DimSizes given = DimSizes.parse(dimensions, typed, def);
        Map<String, Integer> sizes = given.requireAll(typed, def);
        DType dtype = p == Precision.FLOAT ? DType.FLOAT32 : DType.FLOAT64;
        checkFits(typed, def, sizes, dtype);
        List<Tensor> args = new ArrayList<>();
        List<String> shapes = new ArrayList<>();
        List<Shape> signature = typed.signature(def);
        List<EquationRunner.Parameter> params = EquationRunner.parameters(def);
        for (int i = 0; i < signature.size(); i++) {
            // --batch goes on a function's listed parameters (FFN(x): x, not the weights), or on every
            // non-scalar input of a value.
            boolean batched = def.function() ? i < def.params().size() : signature.get(i).rank() > 0;
            int lead = batched ? batch.size() : 0;
            int[] shape = new int[lead + signature.get(i).rank()];
            for (int b = 0; b < lead; b++) {
                shape[b] = batch.get(b);
            }
            for (int k = 0; k < signature.get(i).rank(); k++) {
                shape[lead + k] = signature.get(i).dim(k).evaluate(sizes);
            }
            args.add(params.get(i).integer() ? Tensor.randomInts(dtype, 1000 + i, 1, 5, shape)
                    : Tensor.random(dtype, 1000 + i, 0.1, 0.9, shape));
            shapes.add(Json.quote(params.get(i).javaName()) + ": " + Arrays.toString(shape));
        }
        // Every input is built above, before the clock starts: the timed runs measure only the
        // generated method (and the kernels it calls), on a pool sized before the warm-up.
        // The pool size is process-wide state: put it back afterwards for in-process callers (tests).
        if (reuseOutput && newOutput) {
            throw new UserError("--reuse-output and --new-output: give one of them", Main.USAGE);
        }
        if (reuseOutput && rule.isEmpty() && !runner.hasOutForm(def)) {
            throw new UserError("`" + def.latexName() + "` does not compile to one fused loop, so its method has no"
                    + " form that writes into an out tensor; time it without --reuse-output", Main.USAGE);
        }
        // What a loop calling the method again and again does: write into the caller's tensor, when
        // the method can; a new result's allocation (and the JVM's zeroing of it) is timed with --new-output.
        boolean reuse = rule.isEmpty() && !newOutput && (reuseOutput || runner.hasOutForm(def));
        int before = Parallel.threads();
        Parallel.setThreads(threads);
        int used = Parallel.threads();
        double[] times = new double[runs];
        double allocatedPerRun;
        WarmUp warm;
        try {
            // With --reuse-output the result of one untimed call gives the out tensor's shape and dtype.
            Tensor out = reuse ? runner.invoke(def, args, sizes) : null;
            Runnable timed = rule.isPresent() ? () -> runner.step(rule.get(), args, sizes)
                    : () -> call(runner, def, args, sizes, out);
            warm = warmUp(timed);
            long allocatedBefore = allocatedBytes();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                timed.run();
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            allocatedPerRun = allocatedBefore < 0 ? -1 : (allocatedBytes() - allocatedBefore) / (double) runs;
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), Main.INPUT_ERRORS);
        } finally {
            Parallel.setThreads(before);
        }
        double median = median(times, runs);
        double min = Arrays.stream(times).min().orElse(Double.NaN);
        // "kernels" says whether the vector kernels ran (the JVM needs --add-modules
        // jdk.incubator.vector, which ./eqc adds for bench and run) or the scalar fallbacks;
        // "vector_bits" their width (0 for scalar), "jdk" and "cpu" where the numbers come from.
        System.out.println("{\"function\": " + Json.quote(rule.isPresent() ? UpdateRule.METHOD : def.javaName()) + ", \"shapes\": {" + String.join(", ", shapes)
                + "}, \"threads\": " + used + ", \"warmup_runs\": " + warm.calls
                + ", \"warmup_ms\": " + Math.round(warm.millis) + ", \"settled\": " + warm.settled
                + ", \"runs\": " + runs + ", \"median_ms\": " + median
                + ", \"min_ms\": " + min
                + ", \"allocated_mb_per_run\": " + (allocatedPerRun < 0 ? "null" : Math.round(allocatedPerRun / 1e3) / 1e3)
                + ", \"kernels\": " + Json.quote(VectorSupport.describe())
                + ", \"vector_bits\": " + VectorSupport.bits()
                + ", \"jdk\": " + Json.quote(System.getProperty("java.vendor", "?") + " " + Runtime.version())
                + ", \"cpu\": " + Json.quote(cpuModel())
                + ", \"outputs\": [" + outputs(rule, def) + "]"
                + ", \"output\": " + Json.quote(rule.isPresent() ? "in place" : reuse ? "reused" : "new") + "}");
        return 0;
    }

    /** The values a timed call writes: every state of an update rule's step, else the definition's result. */
    private static String outputs(Optional<UpdateRule> rule, Definition def) {
        if (rule.isEmpty()) {
            return Json.quote(def.javaName());
        }
        return rule.get().states().stream().map(s -> Json.quote(s.next().javaName())).collect(Collectors.joining(", "));
    }

    /** What the warm-up did: untimed calls, how long they took, whether the timings settled. */
    private record WarmUp(int calls, double millis, boolean settled) {}

    /**
     * Untimed calls: at least --warmup of them and --warmup-time seconds; then, with --settle, windows of
     * calls (at least 5 calls and 0.1 s each, so a fast kernel's window holds many calls) until one window's
     * median is within --settle-tolerance of the previous window's, or --warmup-max-time has passed. Counts
     * and time alone are not enough: C2 compiles a kernel's parallel body after a number of calls that
     * depends on the workload, and a compilation still running when the clock starts takes one of the
     * cores (attention n = 2048 timed at 13.5 ms after 20 calls, 21-27 ms after 50, as C2 recompiled).
     * Nor are steady timings while the heap is still growing into memory it has never written
     * ({@link HeapSettle}): a window counts as settled only when the heap has settled too.
     */
    private WarmUp warmUp(Runnable call) {
        long start = System.nanoTime();
        long minEnd = start + (long) (warmupTime * 1e9);
        long maxEnd = start + (long) (Math.max(warmupTime, warmupMaxTime) * 1e9);
        int calls = 0;
        HeapSettle heap = new HeapSettle();
        heap.settled(Runtime.getRuntime().totalMemory(), allocatedBytes());
        while (calls < warmup || System.nanoTime() < minEnd) {
            call.run();
            calls++;
        }
        boolean settled = !settle;
        double previous = Double.NaN;
        List<Double> window = new ArrayList<>();
        while (settle && !settled && System.nanoTime() < maxEnd) {
            window.clear();
            long windowEnd = System.nanoTime() + 100_000_000L;
            while (window.size() < 5 || System.nanoTime() < windowEnd) {
                long t0 = System.nanoTime();
                call.run();
                window.add((System.nanoTime() - t0) / 1e6);
                calls++;
                if (System.nanoTime() >= maxEnd && window.size() >= 5) {
                    break;
                }
            }
            double current = median(window.stream().mapToDouble(Double::doubleValue).toArray(), window.size());
            boolean heapSettled = heap.settled(Runtime.getRuntime().totalMemory(), allocatedBytes());
            settled = Math.abs(current - previous) <= settleTolerance * Math.min(current, previous) && heapSettled;
            previous = current;
        }
        return new WarmUp(calls, (System.nanoTime() - start) / 1e6, settled);
    }

    private static double median(double[] values, int count) {
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }

    /**
     * Bytes allocated so far by every live thread (the caller and the kernels' pool), or -1 where the JVM
     * cannot tell. Per timed run it shows what a call allocates: its result, unless --reuse-output, and
     * nothing else when the vector kernels are compiled as intended; megabytes more mean vectors boxed
     * (docs/PERFORMANCE.md, "JDK 17 Vector API pitfalls").
     */
    private static long allocatedBytes() {
        if (!(java.lang.management.ManagementFactory.getThreadMXBean()
                instanceof com.sun.management.ThreadMXBean mx) || !mx.isThreadAllocatedMemorySupported()
                || !mx.isThreadAllocatedMemoryEnabled()) {
            return -1;
        }
        long total = 0;
        for (long bytes : mx.getThreadAllocatedBytes(mx.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }

    /** The CPU's model name from /proc/cpuinfo (Linux), else the JVM's architecture name. */
    private static String cpuModel() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name") && line.indexOf(':') > 0) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux, or not readable: fall through
        }
        return System.getProperty("os.arch", "?");
    }

    /**
     * Every input (and the result, when its shape follows from the sizes) must fit in a Java array
     * and, together, in the JVM's heap: a clear message instead of an exception half-way.
     */
    private void checkFits(TypedProgram typed, Definition def, Map<String, Integer> sizes, DType dtype) {
        List<Shape> shapes = new ArrayList<>(typed.signature(def));
        shapes.add(typed.resultShape(def));
        double lead = 1;
        for (int b : batch) {
            lead *= b;
        }
        double bytes = 0;
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            boolean input = i < shapes.size() - 1;
            boolean batched = !input || (def.function() ? i < def.params().size() : s.rank() > 0);
            double n = batched ? lead : 1;
            StringBuilder dims = new StringBuilder();
            boolean known = true;
            for (Dim d : s.dims()) {
                Integer v = d.evaluate(sizes);
                if (v == null) {
                    known = false;
                    break;
                }
                n *= v;
                dims.append(dims.length() == 0 ? "" : ", ").append(v);
            }
            if (!known) {
                continue;
            }
            if (n > Integer.MAX_VALUE) {
                String what = input ? "input " + EquationRunner.parameters(def).get(i).latex() : "the result";
                throw new UserError(String.format("the sizes given make %s [%s]%s %.0f elements, more than a Java array"
                        + " holds (2^31 - 1); use smaller --dim or --batch sizes", what, dims,
                        batched && !batch.isEmpty() ? " with the --batch dimensions" : "", n), Main.USAGE);
            }
            bytes += n * (dtype == DType.FLOAT32 ? 4 : 8);
        }
        long max = Runtime.getRuntime().maxMemory();
        if (bytes > 0.9 * max) {
            throw new UserError(String.format("the inputs and result need %.1f GiB but the JVM may use %.1f GiB; give it"
                    + " more with EQC_JAVA_OPTS=-Xmx<size> or use smaller sizes", bytes / (1L << 30),
                    max / (double) (1L << 30)), Main.USAGE);
        }
    }

    private static Tensor call(EquationRunner runner, Definition def, List<Tensor> args, Map<String, Integer> sizes,
            Tensor out) {
        return out == null ? runner.invoke(def, args, sizes) : runner.invokeInto(def, args, sizes, out);
    }
}
