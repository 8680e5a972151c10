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
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.runtime.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gradients through the terms that lay elements out anew: strided definitions and subscripts
 * (a strided left-hand side crashed the differentiator with an AssertionError, issue #15) and the
 * concatenation of a family. Each gradient, interpreted and generated, against central
 * differences of the interpreted loss.
 */
class LayoutGradientsTest {
    static List<Arguments> programs() {
        return List.of(
                Arguments.of("strided definition", "x \\in \\mathbb{R}^{d}, w \\in \\mathbb{R}^{d}\n"
                        + "y_{2i} = x_{2i} w_{2i}\ny_{2i+1} = x_{2i+1}\nL = \\sum_i y_i^2\ng = \\nabla_w L\n",
                        Map.of("d", 6)),
                Arguments.of("strided definition, gradient of the odd part", "x \\in \\mathbb{R}^{d}, w \\in \\mathbb{R}^{d}\n"
                        + "y_{2i} = x_{2i} w_{2i}\ny_{2i+1} = \\sin(x_{2i+1})\nL = \\sum_i y_i^2\ng = \\nabla_x L\n",
                        Map.of("d", 6)),
                Arguments.of("strided definition over two indices", "x \\in \\mathbb{R}^{n \\times d}\n"
                        + "y_{(p, 2i)} = \\cos(x_{(p, 2i)})\ny_{(p, 2i+1)} = x_{(p, 2i)} x_{(p, 2i+1)}\n"
                        + "L = \\mathrm{sum}(\\mathrm{sum}(y \\odot y))\ng = \\nabla_x L\n", Map.of("n", 3, "d", 4)),
                Arguments.of("concatenation of a family", "W_i \\in \\mathbb{R}^{n \\times d}, i = 1, \\ldots, h\n"
                        + "\\mathrm{head}_i = \\tanh(W_i)\nC = \\mathrm{Concat}(\\mathrm{head}_1, \\ldots, \\mathrm{head}_h)\n"
                        + "L = \\mathrm{sum}(\\mathrm{sum}(C \\odot C))\ng = \\nabla_{W} L\n", Map.of("n", 2, "d", 3, "h", 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void gradientMatchesFiniteDifferences(String name, String source, Map<String, Integer> sizes) throws Exception {
        Options options = new Options("T", "", Precision.DOUBLE, false);
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = EqCompiler.check(new SourceFile("t.eq", source), options, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        Definition loss = DerivativeRulesTest.find(typed, "L");
        Definition g = DerivativeRulesTest.find(typed, "g");
        Input wrt = typed.gradients().gradientOf(g).orElseThrow().wrt();
        Interpreter interpreter = new Interpreter(typed);
        List<NDArray> args = new ArrayList<>();
        for (int k = 0; k < g.freeInputs().size(); k++) {
            int[] shape = g.freeInputs().get(k).dims().stream().mapToInt(d -> d.evaluate(sizes)).toArray();
            args.add(InputSampler.uniform(7 + k, -0.9, 0.9, false, shape));
        }
        NDArray gradient = interpreter.call(g, args);
        int at = g.freeInputs().indexOf(wrt);
        NDArray x = args.get(at);
        assertArrayEquals(x.shape(), gradient.shape(), name);
        double h = 1e-6;
        for (int e = 0; e < x.numel(); e++) {
            double up = lossAt(interpreter, loss, g, args, at, e, h);
            double down = lossAt(interpreter, loss, g, args, at, e, -h);
            assertEquals((up - down) / (2 * h), gradient.data()[e], 1e-6, name + " element " + e);
        }
        EquationRunner runner = EquationRunner.compile(typed, options);
        List<Tensor> tensors = args.stream().map(a -> Tensor.of(a.data(), a.shape())).toList();
        assertArrayEquals(gradient.data(), runner.invoke(g, tensors).toDoubleArray(), 1e-12, name + " generated");
    }

    private static double lossAt(Interpreter interpreter, Definition loss, Definition g, List<NDArray> args, int at,
            int element, double step) {
        List<NDArray> moved = new ArrayList<>(args);
        double[] data = args.get(at).data().clone();
        data[element] += step;
        moved.set(at, NDArray.of(data, args.get(at).shape()));
        List<NDArray> lossArgs = new ArrayList<>();
        for (Input in : loss.freeInputs()) {
            lossArgs.add(moved.get(g.freeInputs().indexOf(in)));
        }
        return interpreter.call(loss, lossArgs).data()[0];
    }
}
