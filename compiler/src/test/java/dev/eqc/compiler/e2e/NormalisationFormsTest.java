package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.interp.InputSampler;
import dev.eqc.compiler.interp.Interpreter;
import dev.eqc.compiler.interp.NDArray;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The normalisation row ({@code ((x - shift) * scale) * gain + bias}, one {@code
 * Fused.scaleShift} call per row) is recognised however a paper orders the factors and terms,
 * is not taken for an element step of another form, and either way the float32 code agrees
 * with the interpreter, with the gain and bias shared by all rows and with them per row. When
 * every statistic is a sum over x, the row's pass also gathers the next row's sums ({@code
 * Fused.scaleShiftThenSums}); otherwise it does not.
 */
class NormalisationFormsTest {
    private static final String DECLARATIONS = "x, g, b \\in \\mathbb{R}^{d}\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // LayerNorm as libraries document it, the bias first
        "y = b + g \\odot \\frac{x - \\mathrm{mean}(x)}{\\sqrt{\\mathrm{Var}(x) + 10^{-5}}} | true | true",
        // Ba et al.'s spelling: the gain over sigma, then the centred input
        "y = \\frac{g}{\\sqrt{\\mathrm{Var}(x) + 10^{-5}}} (x - \\mathrm{mean}(x)) + b | true | true",
        // standardisation: no gain, no bias
        "y = \\frac{x - \\mathrm{mean}(x)}{\\sqrt{\\mathrm{Var}(x) + 10^{-5}}} | true | true",
        // a statistic of another operand: the element pass cannot gather it for the next row
        "y = \\frac{x - \\mathrm{mean}(x)}{\\sqrt{\\mathrm{Var}(g) + 10^{-5}}} | true | false",
        // RMSNorm in index notation, the gain in the numerator
        "y_i = \\frac{x_i g_i}{\\sqrt{\\frac{1}{d}\\sum_j x_j^2}} | true | true",
        // a call-level factor and a bias, no gain
        "y = 0.5 (x - \\mathrm{mean}(x)) + b | true | true",
        // a squared element factor is not a normalisation: the general row loop
        "y = g \\odot x^2 / \\mathrm{mean}(x) | false | false",
        // a scaled row with neither shift, gain nor bias: the plain loop is as good
        "y = \\frac{x}{\\mathrm{mean}(x)} | false | false",
    })
    void recognisedWhereItAppliesAndAgreesWithTheInterpreter(String definition, boolean recognised, boolean pipelined)
            throws Exception {
        SourceFile source = new SourceFile("norm.eq", DECLARATIONS + definition + "\n");
        Options options = new Options("Norm", "", Precision.FLOAT, false);
        Diagnostics diagnostics = new Diagnostics();
        List<GeneratedFile> files = EqCompiler.translate(source, options, diagnostics);
        assertTrue(diagnostics.all().isEmpty(), diagnostics.all().toString());
        String java = files.get(0).source();
        assertEquals(recognised && !pipelined, java.contains("Fused.scaleShift("), java);
        // every statistic a sum over x: each row's element pass gathers the next row's sums
        assertEquals(pipelined, java.contains("Fused.scaleShiftThenSums("), java);

        TypedProgram typed = EqCompiler.check(source, options, diagnostics).orElseThrow();
        EquationRunner runner = EquationRunner.compile(typed, options);
        Interpreter interpreter = new Interpreter(typed);
        Definition def = typed.program().definitions().get(typed.program().definitions().size() - 1);
        assertTrue(runner.hasOutForm(def), "a fused definition has the form that writes into out");
        SplittableRandom rng = new SplittableRandom(definition.hashCode());
        // Which inputs carry the 5 rows: x only (gain and bias shared by all rows), every input,
        // or every input but x (one x row normalised against per-row gains: x's row stride is 0,
        // so the "next row" whose sums a row's pass gathers is the same row).
        String[] layouts = {"x batched", "all batched", "x shared"};
        for (int d : new int[] {1, 7, 8, 33, 1024}) {
            for (String layout : layouts) {
                List<NDArray> ref = new ArrayList<>();
                List<Tensor> args = new ArrayList<>();
                for (var input : def.freeInputs()) {
                    boolean isX = input.javaName().equals("x");
                    boolean batched = switch (layout) {
                        case "x batched" -> isX;
                        case "all batched" -> true;
                        default -> !isX;
                    };
                    int[] shape = batched ? new int[] {5, d} : new int[] {d};
                    NDArray a = InputSampler.uniform(rng.nextLong(), 0.1, 2.0, true, shape);
                    ref.add(a);
                    args.add(Tensor.of(a.data(), a.shape()).toDType(DType.FLOAT32));
                }
                NDArray expected = interpreter.call(def, ref, Map.of());
                Tensor out = Tensor.zeros(DType.FLOAT32, expected.shape());
                double[] actual = runner.invokeInto(def, args, Map.of(), out).toDoubleArray();
                assertEquals(expected.data().length, actual.length);
                for (int k = 0; k < actual.length; k++) {
                    double e = expected.data()[k];
                    assertEquals(e, actual[k], 2e-4 * Math.abs(e) + 2e-4, "d " + d + ", " + layout + ", element " + k);
                }
            }
        }
    }
}
