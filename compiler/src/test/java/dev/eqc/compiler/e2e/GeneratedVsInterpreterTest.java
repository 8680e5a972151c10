package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.TestInputs;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.interp.InputSampler;
import dev.eqc.compiler.interp.Interpreter;
import dev.eqc.compiler.interp.NDArray;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Tensor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential backbone: for every definition of every example, the generated code
 * (compiled in memory, float64) and the reference interpreter agree on seeded random inputs,
 * at random sizes, with every argument independently unbatched or carrying broadcasting batch
 * dimensions ([2, 3], [3], [2, 1], [1, 3]). The two batch differently (vectorised runtime ops
 * vs an explicit gufunc loop), so agreement checks SPEC 3.1 as well as the arithmetic.
 *
 * <p>The same runs in float32 cover the fused fast paths: with every argument batched alike a
 * fused definition takes its one-pass loop, with unbatched rows (a gain shared by all rows) its
 * row loop, and with other mixes its general path, and all three must agree with the
 * interpreter to float accuracy.
 */
class GeneratedVsInterpreterTest {
    private static final int[][] BATCHES = {{}, {2, 3}, {3}, {2, 1}, {1, 3}};

    static Stream<Path> examples() {
        return Examples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void generatedCodeMatchesInterpreter(Path example) throws Exception {
        compare(example, Precision.DOUBLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void float32CodeMatchesInterpreter(Path example) throws Exception {
        compare(example, Precision.FLOAT);
    }

    private static void compare(Path example, Precision precision) throws Exception {
        boolean single = precision == Precision.FLOAT;
        Diagnostics diagnostics = new Diagnostics();
        Options options = new Options(Examples.className(example), "", precision, false);
        TypedProgram typed = EqCompiler.check(Examples.read(example), options, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        EquationRunner runner = EquationRunner.compile(typed, options);
        Interpreter interpreter = new Interpreter(typed);
        SplittableRandom rng = new SplittableRandom(example.getFileName().toString().hashCode());
        int checked = 0;
        for (Definition d : typed.program().definitions()) {
            for (int trial = 0; trial < 6; trial++) {
                List<TestInputs.Spec> specs = new TestInputs(typed).of(d);
                List<NDArray> ref = new ArrayList<>();
                List<Tensor> args = new ArrayList<>();
                for (int i = 0; i < specs.size(); i++) {
                    TestInputs.Spec s = specs.get(i);
                    int[] batch = trial == 0 ? new int[0] : BATCHES[rng.nextInt(BATCHES.length)];
                    int[] shape = concat(batch, s.coreShape());
                    long seed = rng.nextLong();
                    NDArray a = s.integer() ? InputSampler.integers(seed, (int) s.lo(), (int) s.hi(), shape)
                            : InputSampler.uniform(seed, s.lo(), s.hi(), single, shape);
                    ref.add(a);
                    args.add(single ? Tensor.of(a.data(), a.shape()).toDType(DType.FLOAT32) : Tensor.of(a.data(), a.shape()));
                }
                java.util.Map<String, Integer> sizes = new java.util.HashMap<>(new TestInputs(typed).sizes(d));
                sizes.keySet().retainAll(typed.sizeParameters(d));
                NDArray expected = interpreter.call(d, ref, sizes);
                Tensor actual = runner.invoke(d, args, sizes);
                assertArrayEquals(expected.shape(), actual.shape(), d.latexName() + " shape, trial " + trial);
                double[] e = expected.data();
                double[] a = actual.toDoubleArray();
                double scale = 1;
                for (double v : e) {
                    scale = Double.isFinite(v) ? Math.max(scale, Math.abs(v)) : scale;
                }
                for (int k = 0; k < e.length; k++) {
                    double tol = single ? 1e-4 * Math.abs(e[k]) + 1e-5 * scale : 1e-9 * Math.abs(e[k]) + 1e-12;
                    int index = k;
                    assertTrue(Math.abs(a[k] - e[k]) <= tol || (Double.isNaN(a[k]) && Double.isNaN(e[k])), () -> d.latexName() + " element " + index + ": generated "
                            + a[index] + ", interpreter " + e[index]);
                }
                if (runner.hasOutForm(d)) {
                    checkOutForm(runner, d, args, sizes, actual);
                }
                checked++;
            }
        }
        assertTrue(checked > 0);
    }

    /**
     * The form that writes into {@code out} gives the same result, bit for bit, into a given
     * tensor, and also in place: into a copy of an argument that has the result's shape and dtype.
     */
    private static void checkOutForm(EquationRunner runner, Definition d, List<Tensor> args,
            java.util.Map<String, Integer> sizes, Tensor expected) {
        Tensor out = Tensor.zeros(expected.dtype(), expected.shape());
        assertSame(out, runner.invokeInto(d, args, sizes, out), d.latexName() + " returns out");
        assertArrayEquals(expected.toDoubleArray(), out.toDoubleArray(), 0.0, d.latexName() + " into out");
        Tensor fresh = runner.invokeInto(d, args, sizes, null);
        assertArrayEquals(expected.toDoubleArray(), fresh.toDoubleArray(), 0.0, d.latexName() + " with out null");
        for (int i = 0; i < args.size(); i++) {
            Tensor a = args.get(i);
            if (a.dtype() == expected.dtype() && java.util.Arrays.equals(a.shape(), expected.shape())) {
                List<Tensor> inPlace = new ArrayList<>(args);
                Tensor copy = Tensor.of(a.toDoubleArray(), a.shape()).toDType(a.dtype());
                inPlace.set(i, copy);
                runner.invokeInto(d, inPlace, sizes, copy);
                assertArrayEquals(expected.toDoubleArray(), copy.toDoubleArray(), 0.0,
                        d.latexName() + " in place over argument " + i);
            }
        }
        Tensor wrong = Tensor.zeros(expected.dtype(), expected.numel() + 1);
        assertThrows(IllegalArgumentException.class, () -> runner.invokeInto(d, args, sizes, wrong),
                d.latexName() + " rejects an out of another shape");
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
