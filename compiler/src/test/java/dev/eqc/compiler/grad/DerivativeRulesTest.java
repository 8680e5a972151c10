package dev.eqc.compiler.grad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.interp.InputSampler;
import dev.eqc.compiler.interp.Interpreter;
import dev.eqc.compiler.interp.NDArray;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every derivative rule against central finite differences of the interpreter, in double
 * precision: for each built-in and each product kind, a small seeded program whose loss weights
 * every output differently (so a wrong sum or a transposed adjoint shows), the gradient the pass
 * builds, evaluated by the interpreter, equals (L(x + h) - L(x - h)) / 2h element by element.
 */
class DerivativeRulesTest {
    private static final String MATRIX = "x \\in \\mathbb{R}^{n \\times d}, c \\in \\mathbb{R}^{n \\times d}\n";
    private static final String ROWS = "x \\in \\mathbb{R}^{n \\times d}, c \\in \\mathbb{R}^{n}\n";

    /** Element-wise and last-axis built-ins: y = f(x) of shape [n, d]. */
    static Stream<Arguments> rules() {
        List<Arguments> out = new ArrayList<>();
        String[][] elementwise = {
            {"exp", "\\exp(x)"}, {"log", "\\log(x)"}, {"log2", "\\log_2(x)"}, {"sqrt", "\\sqrt{x}"},
            {"tanh", "\\tanh(x)"}, {"sin", "\\sin(x)"}, {"cos", "\\cos(x)"}, {"tan", "\\tan(x)"},
            {"sinh", "\\sinh(x)"}, {"cosh", "\\cosh(x)"}, {"abs", "|x|"}, {"sigmoid", "\\sigma(x)"},
            {"relu", "\\mathrm{ReLU}(x)"}, {"leakyrelu", "\\mathrm{LeakyReLU}(x)"},
            {"softplus", "\\mathrm{softplus}(x)"}, {"erf", "\\mathrm{erf}(x)"}, {"Phi", "\\Phi(x)"},
            {"gelu", "\\mathrm{GELU}(x)"}, {"max", "\\max(x, c)"}, {"min", "\\min(x, c)"},
            {"max-scalar", "\\max(0, x)"}, {"softmax", "\\mathrm{softmax}(x)"},
            {"log_softmax", "\\mathrm{logsoftmax}(x)"}, {"power", "x^3"}, {"square", "x^2"},
            {"reciprocal", "\\frac{1}{x}"}, {"quotient", "\\frac{x}{c + 2}"}, {"divisor", "\\frac{c}{x}"},
            {"exponent", "2^{x}"}, {"cases", "\\begin{cases} x^2 & \\text{if } x > 0 \\\\ -x & \\text{otherwise}"
                    + " \\end{cases}"}, {"negate", "-x + c"}, {"hadamard", "x \\odot x"},
            {"broadcast-row", "x - \\mathrm{mean}(x^\\top)"},
            {"silu", "\\mathrm{SiLU}(x)"}, {"elu", "\\mathrm{ELU}(x)"}, {"selu", "\\mathrm{SELU}(x)"},
            {"cumsum", "\\mathrm{cumsum}(x)"},
            {"arcsin", "\\arcsin(x / 4)"}, {"arccos", "\\arccos(x / 4)"}, {"arctan", "\\arctan(x)"},
            {"arsinh", "\\mathrm{arsinh}(x)"}, {"arcosh", "\\mathrm{arcosh}(2 + x^2)"},
            {"artanh", "\\mathrm{artanh}(x / 4)"},
        };
        for (String[] e : elementwise) {
            out.add(Arguments.of(e[0], MATRIX + "y = " + e[1] + "\nL = \\mathrm{sum}(\\mathrm{sum}(c \\odot y))"));
        }
        String[][] reductions = {
            {"sum", "\\mathrm{sum}(x)"}, {"mean", "\\mathrm{mean}(x)"}, {"var", "\\mathrm{Var}(x)"},
            {"logsumexp", "\\mathrm{logsumexp}(x)"}, {"norm2", "\\|x\\|"}, {"std", "\\mathrm{std}(x)"},
        };
        for (String[] r : reductions) {
            out.add(Arguments.of(r[0], ROWS + "y = " + r[1] + "\nL = \\mathrm{sum}(c \\odot y)"));
        }
        // The 1- and infinity-norms of each row (of the whole matrix they are E0156).
        out.add(Arguments.of("norm1", ROWS + "y_i = \\|x_i\\|_1\nL = \\mathrm{sum}(c \\odot y)"));
        out.add(Arguments.of("norm_inf", ROWS + "y_i = \\|x_i\\|_\\infty\nL = \\mathrm{sum}(c \\odot y)"));
        // Along a named axis (the first of x): the same rules, reducing and restoring that axis.
        String cols = "x \\in \\mathbb{R}^{n \\times d}, c \\in \\mathbb{R}^{d}\n";
        out.add(Arguments.of("along-softmax", MATRIX + "y = \\underset{n}{\\mathrm{softmax}}(x)\n"
                + "L = \\mathrm{sum}(\\mathrm{sum}(c \\odot y))"));
        out.add(Arguments.of("along-logsoftmax", MATRIX + "y = \\underset{n}{\\mathrm{logsoftmax}}(x)\n"
                + "L = \\mathrm{sum}(\\mathrm{sum}(c \\odot y))"));
        for (String[] r : new String[][] {{"along-mean", "mean"}, {"along-var", "Var"}, {"along-logsumexp", "logsumexp"},
                {"along-sum", "sum"}}) {
            out.add(Arguments.of(r[0], cols + "y = \\underset{n}{\\mathrm{" + r[1] + "}}(x)\n"
                    + "L = \\mathrm{sum}(c \\odot y)"));
        }
        // \max(x), \min(x) with one argument: the largest (smallest) element of each row.
        out.add(Arguments.of("max-last", ROWS + "y = \\max(x)\nL = \\mathrm{sum}(c \\odot y)"));
        out.add(Arguments.of("min-last", ROWS + "y = \\min(x)\nL = \\mathrm{sum}(c \\odot y)"));
        out.add(Arguments.of("stable-softmax", MATRIX + "y = \\exp(x - \\max(x))\nL = \\mathrm{sum}(\\mathrm{sum}(c \\odot y))"));
        // A reduction that keeps its axis (KeptAxes): layer norm along a named axis, and batch norm over two.
        out.add(Arguments.of("kept-axis-norm", MATRIX + "y = \\frac{x - \\underset{d}{\\mathbb{E}}[x]}"
                + "{\\sqrt{\\underset{d}{Var}[x] + 0.1}}\n"
                + "L = \\mathrm{sum}(\\mathrm{sum}(c \\odot y))"));
        out.add(Arguments.of("kept-several-axes", "x \\in \\mathbb{R}^{n \\times d \\times m}, c \\in \\mathbb{R}^{n \\times d \\times m}\n"
                + "y = \\frac{x - \\underset{n, m}{\\mathbb{E}}[x]}{\\sqrt{\\underset{n, m}{Var}[x] + 0.1}}\n"
                + "L = \\mathrm{sum}(\\mathrm{sum}(\\mathrm{sum}(c \\odot y)))"));
        String sq = "A \\in \\mathbb{R}^{n \\times n}, v \\in \\mathbb{R}^{n}\n";
        out.add(Arguments.of("diag-vector", sq + "L = \\mathrm{sum}(\\mathrm{sum}(A \\odot \\mathrm{diag}(v^2)))"));
        out.add(Arguments.of("diag-matrix", sq + "L = \\mathrm{sum}(v \\odot \\mathrm{diag}(A^2))"));
        out.add(Arguments.of("trace", sq + "L = \\mathrm{tr}(A^2 \\odot A)"));
        String lin = "W \\in \\mathbb{R}^{m \\times d}, x \\in \\mathbb{R}^{d}, u \\in \\mathbb{R}^{m},"
                + " B \\in \\mathbb{R}^{d \\times k}, C \\in \\mathbb{R}^{m \\times k}\n";
        out.add(Arguments.of("matvec", lin + "L = u^\\top \\tanh(W x)"));
        out.add(Arguments.of("vecmat", lin + "L = \\mathrm{sum}(\\tanh(u W) \\odot x)"));
        out.add(Arguments.of("matmul", lin + "L = \\mathrm{sum}(\\mathrm{sum}(C \\odot \\tanh(W B)))"));
        out.add(Arguments.of("dot", lin + "L = \\tanh(x^\\top x) + u \\cdot u"));
        out.add(Arguments.of("outer", lin + "L = \\mathrm{sum}(\\mathrm{sum}(W \\odot \\tanh(u x^\\top)))"));
        out.add(Arguments.of("scale", lin + "L = \\mathrm{sum}(\\mathrm{sum}(x^\\top x W))"));
        out.add(Arguments.of("transpose", lin + "L = \\mathrm{sum}(\\mathrm{sum}(C \\odot \\tanh(B^\\top W^\\top)^\\top))"));
        String fn = "x \\in \\mathbb{R}^{d}, g, b \\in \\mathbb{R}^{d}, \\epsilon = 10^{-5}\n"
                + "\\mu = \\mathrm{mean}(x)\n"
                + "\\mathrm{LN}(x) = g \\odot \\frac{x - \\mu}{\\sqrt{\\mathrm{Var}(x) + \\epsilon}} + b\n";
        out.add(Arguments.of("function-call", fn + "L = \\mathrm{sum}(\\tanh(\\mathrm{LN}(x)))"));
        out.add(Arguments.of("function-shadowing", fn + "L = \\mathrm{sum}(\\tanh(\\mathrm{LN}(2 x + 1)))"));
        String idx = "x \\in \\mathbb{R}^{n \\times d}, c \\in \\mathbb{R}^{n}, u \\in \\mathbb{R}^{d}\n";
        out.add(Arguments.of("index-sum", idx + "L = \\sum_{i} c_i \\tanh(\\sum_{j} x_{ij} u_j)"));
        out.add(Arguments.of("index-limits", idx + "L = \\frac{1}{n}\\sum_{i=1}^{n} (c_i - \\sum_{j=1}^{d} x_{ij})^2"));
        out.add(Arguments.of("index-unindexed", idx + "L = \\sum_{i} \\sum_{j} x_{ij} u_j c_i + \\sum_{j} u_j^2"));
        out.add(Arguments.of("index-max", idx + "L = \\sum_{i} c_i \\max_{j} x_{ij}"));
        out.add(Arguments.of("index-prod", idx + "L = \\prod_{j} (u_j + 2)"));
        out.add(Arguments.of("index-logsumexp", idx + "L = \\sum_{i} c_i \\log \\sum_{j} \\exp(x_{ij})"));
        out.add(Arguments.of("index-ne", idx + "L = \\sum_{i} \\sum_{j \\ne i} c_i c_j^2"));
        out.add(Arguments.of("elementwise-definition", idx + "h_i = \\tanh(\\sum_j x_{ij} u_j) c_i\n"
                + "L = \\mathrm{sum}(h \\odot h)"));
        out.add(Arguments.of("elementwise-value-in-sum", idx + "\\mu = \\frac{1}{d}\\sum_{j} u_j\n"
                + "L = \\sum_{j} (u_j - \\mu)^2"));
        // Issue 16: a gathered adjoint that is one number (\nabla_s \sum_i s_i), a diagonal, a contrastive loss.
        out.add(Arguments.of("index-linear", idx + "L = \\sum_{i} \\sum_{j} x_{ij} + 3 \\sum_{j} u_j - \\sum_i c_i"));
        out.add(Arguments.of("index-linear-scaled", idx + "L = \\frac{1}{n} \\sum_{i} c_i"));
        out.add(Arguments.of("index-diagonal", sq + "L = \\sum_{i} \\tanh(A_{ii}) v_i"));
        out.add(Arguments.of("index-diagonal-value", sq + "s_{ij} = A_{ij} v_j\nL = \\sum_{i} \\log \\frac{\\exp(s_{ii})}"
                + "{\\sum_k \\exp(s_{ik})}"));
        String pairs = "u \\in \\mathbb{R}^{n \\times d}, v \\in \\mathbb{R}^{n \\times d}, \\tau = 0.5\n";
        out.add(Arguments.of("infonce", pairs + "\\ell_i = -\\log \\frac{\\exp(u_i \\cdot v_i / \\tau)}"
                + "{\\sum_k \\exp(u_i \\cdot v_k / \\tau)}\nL = \\frac{1}{n}\\sum_i \\ell_i"));
        out.add(Arguments.of("infonce-inline", pairs + "L = -\\sum_i \\log \\frac{\\exp(u_i^\\top v_i / \\tau)}"
                + "{\\sum_k \\exp(u_i^\\top v_k / \\tau)}"));
        // Through functions the file defines, called with arguments, inside index notation, element by element.
        out.add(Arguments.of("call-in-index", "a, g \\in \\mathbb{R}^{n}\n\\mathrm{RMS}(a) = \\sqrt{\\frac{1}{n}"
                + "\\sum_{i=1}^{n} a_i^2}\n\\bar{a}_i = \\frac{a_i}{\\mathrm{RMS}(a)} g_i\nL = \\sum_i \\tanh(\\bar{a}_i)"));
        out.add(Arguments.of("call-in-sum", idx + "\\mathrm{N}(u) = \\sum_j u_j^2\nL = \\sum_j \\frac{u_j^3}{\\mathrm{N}(2 u)}"));
        out.add(Arguments.of("call-elementwise", "z, c \\in \\mathbb{R}^{n}\n\\mathrm{sm}(z)_i = \\frac{\\exp(z_i)}"
                + "{\\sum_j \\exp(z_j)}\nL = \\mathrm{sum}(c \\odot \\mathrm{sm}(2 z + c))"));
        out.add(Arguments.of("call-arguments", "q, k, x \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{d \\times d}\n"
                + "\\mathrm{score}(q, k) = \\frac{q^\\top k}{\\sqrt{d}}\nL = \\tanh(\\mathrm{score}(W x, x + k))"));
        out.add(Arguments.of("concat", MATRIX + "L = \\mathrm{sum}(\\mathrm{sum}(\\mathrm{Concat}(x, c)^2 \\odot"
                + " \\mathrm{Concat}(c, \\tanh(x))))"));
        out.add(Arguments.of("concat-three", idx + "L = \\mathrm{sum}(\\mathrm{sum}(\\tanh(\\mathrm{Concat}(x, x^2, 2x))))"));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void gradientMatchesCentralDifferences(String name, String source) {
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram plain = EqCompiler.check(new SourceFile(name + ".eq", source + "\n"), Options.forClass("T"),
                diagnostics).orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        Definition loss = find(plain, "L");
        for (Input wrt : loss.freeInputs()) {
            String withGradient = source + "\nG = \\nabla_{" + wrt.latex() + "} L\n";
            Diagnostics d2 = new Diagnostics();
            TypedProgram typed = EqCompiler.check(new SourceFile(name + ".eq", withGradient), Options.forClass("T"), d2)
                    .orElseThrow(() -> new AssertionError(d2.all().toString()));
            check(name + " wrt " + wrt.latex(), typed, find(typed, "L"), find(typed, "G"), wrt.key());
        }
    }

    static Definition find(TypedProgram typed, String key) {
        return typed.program().definitions().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    /** Compares G with central differences of L, at sizes n=3, d=4, m=2, k=5. */
    static void check(String what, TypedProgram typed, Definition loss, Definition gradient, String wrtKey) {
        Map<String, Integer> sizes = Map.of("n", 3, "d", 4, "m", 2, "k", 5);
        Interpreter interpreter = new Interpreter(typed);
        List<NDArray> args = new ArrayList<>();
        int wrtIndex = -1;
        long seed = what.hashCode();
        for (int i = 0; i < loss.freeInputs().size(); i++) {
            Input in = loss.freeInputs().get(i);
            int[] shape = in.dims().stream().mapToInt(dim -> dim.evaluate(sizes)).toArray();
            // Positive and away from kinks (0 for relu and |x|): logs, roots and quotients stay smooth.
            NDArray a = InputSampler.uniform(seed + i, 0.2, 0.9, false, shape);
            double[] data = a.data().clone();
            for (int k = 0; k < data.length; k++) {
                data[k] = (k % 3 == 1 && !what.startsWith("log") && !what.startsWith("sqrt")
                        && !what.startsWith("reciprocal") && !what.startsWith("divisor")) ? -data[k] : data[k];
            }
            args.add(NDArray.of(data, shape));
            if (in.key().equals(wrtKey)) {
                wrtIndex = i;
            }
        }
        assertTrue(wrtIndex >= 0, what);
        NDArray g = interpreter.call(gradient, reorder(args, loss, gradient));
        NDArray x = args.get(wrtIndex);
        assertEquals(List.of(java.util.Arrays.stream(x.shape()).boxed().toArray()),
                List.of(java.util.Arrays.stream(g.shape()).boxed().toArray()), what + ": gradient shape");
        double h = 1e-6;
        for (int k = 0; k < x.numel(); k++) {
            double[] plus = x.data().clone();
            double[] minus = x.data().clone();
            plus[k] += h;
            minus[k] -= h;
            List<NDArray> ap = new ArrayList<>(args);
            ap.set(wrtIndex, NDArray.of(plus, x.shape()));
            List<NDArray> am = new ArrayList<>(args);
            am.set(wrtIndex, NDArray.of(minus, x.shape()));
            double numeric = (interpreter.call(loss, ap).data()[0] - interpreter.call(loss, am).data()[0]) / (2 * h);
            double analytic = g.data()[k];
            assertEquals(numeric, analytic, 1e-6 + 1e-5 * Math.abs(numeric),
                    what + ": element " + k + " of " + g.shapeString());
        }
    }

    /** The loss's arguments in the order the gradient method takes them. */
    private static List<NDArray> reorder(List<NDArray> args, Definition loss, Definition gradient) {
        List<NDArray> out = new ArrayList<>();
        for (Input in : gradient.freeInputs()) {
            out.add(args.get(loss.freeInputs().stream().map(Input::key).toList().indexOf(in.key())));
        }
        return out;
    }
}
