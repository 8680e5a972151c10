package dev.eqc.compiler.grad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.interp.InputSampler;
import dev.eqc.compiler.interp.Interpreter;
import dev.eqc.compiler.interp.NDArray;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.runtime.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test of every derivative rule's generated code: the gradient method, compiled in
 * memory (float64), against the interpreter, unbatched and with a batch of 2 on the first input
 * (gradients are per batch element).
 */
class GeneratedGradientsTest {
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> rules() {
        return DerivativeRulesTest.rules();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void generatedGradientMatchesInterpreter(String name, String source) throws Exception {
        Diagnostics plainDiagnostics = new Diagnostics();
        TypedProgram plain = EqCompiler.check(new SourceFile(name + ".eq", source + "\n"), Options.forClass("T"),
                plainDiagnostics).orElseThrow(() -> new AssertionError(plainDiagnostics.all().toString()));
        Definition plainLoss = DerivativeRulesTest.find(plain, "L");
        StringBuilder all = new StringBuilder(source).append('\n');
        for (int i = 0; i < plainLoss.freeInputs().size(); i++) {
            all.append("G_{").append(i).append("} = \\nabla_{").append(plainLoss.freeInputs().get(i).latex()).append("} L\n");
        }
        Options options = new Options("T", "", Precision.DOUBLE, false);
        Diagnostics d = new Diagnostics();
        TypedProgram typed = EqCompiler.check(new SourceFile(name + ".eq", all.toString()), options, d)
                .orElseThrow(() -> new AssertionError(d.all().toString()));
        EquationRunner runner = EquationRunner.compile(typed, options);
        Interpreter interpreter = new Interpreter(typed);
        Map<String, Integer> sizes = Map.of("n", 3, "d", 4, "m", 2, "k", 5);
        for (int i = 0; i < plainLoss.freeInputs().size(); i++) {
            Definition g = typed.program().definitions().stream().filter(x -> typed.gradients().gradientOf(x).isPresent())
                    .toList().get(i);
            for (boolean batched : new boolean[] {false, true}) {
                List<NDArray> ref = new ArrayList<>();
                List<Tensor> args = new ArrayList<>();
                long seed = (name + i).hashCode();
                for (int k = 0; k < g.freeInputs().size(); k++) {
                    Input in = g.freeInputs().get(k);
                    int[] core = in.dims().stream().mapToInt(dim -> dim.evaluate(sizes)).toArray();
                    int[] shape = batched && k == 0 ? prepend(2, core) : core;
                    NDArray a = InputSampler.uniform(seed + k, 0.2, 0.9, false, shape);
                    ref.add(a);
                    args.add(Tensor.of(a.data(), shape));
                }
                NDArray expected = interpreter.call(g, ref);
                Tensor actual = runner.invoke(g, args);
                String what = name + " G" + i + (batched ? " batched" : "");
                assertArrayEquals(expected.shape(), actual.shape(), what);
                double[] e = expected.data();
                double[] got = actual.toDoubleArray();
                for (int k = 0; k < e.length; k++) {
                    assertEquals(e[k], got[k], 1e-9 + 1e-9 * Math.abs(e[k]), what + " element " + k);
                }
            }
        }
    }

    private static int[] prepend(int b, int[] core) {
        int[] s = new int[core.length + 1];
        s[0] = b;
        System.arraycopy(core, 0, s, 1, core.length);
        return s;
    }
}
