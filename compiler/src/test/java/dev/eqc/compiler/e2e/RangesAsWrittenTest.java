package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.TestInputs;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.interp.InputSampler;
import dev.eqc.compiler.interp.Interpreter;
import dev.eqc.compiler.interp.NDArray;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Definition;
import dev.eqc.runtime.Tensor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Index ranges, limits and offsets as papers write them (docs/LANGUAGE.md, Indexes and ranges): reads at
 * shifted positions ({@code x_{t-1}}, {@code x_{i+m}}, {@code R_{t+k+1}}), lower limits that are another index
 * ({@code \sum_{k=t+1}^{T}}), sums to {@code \infty}, several indices sharing limits, ranges written bare.
 * Expected values are computed here with plain loops; each reading that is a choice is checked for its warning.
 */
class RangesAsWrittenTest {
    private static final double[] X = {0.5, -1.25, 2.0, 0.75, -0.5, 1.5, -2.0};

    @ParameterizedTest
    @ValueSource(strings = {
        "x \\in \\mathbb{R}^{n}, w \\in \\mathbb{R}^{k}\ny_i = \\sum_{m=0}^{k-1} w_m x_{i+m}",
        "x \\in \\mathbb{R}^{n}\ny_t = x_t - x_{t-1}",
        "R \\in \\mathbb{R}^{T}, \\gamma \\in \\mathbb{R}\nG_t = \\sum_{k=0}^{\\infty} \\gamma^k R_{t+k+1}",
        "R \\in \\mathbb{R}^{T}, G \\in \\mathbb{R}^{T}, \\gamma \\in \\mathbb{R}\nG_t = \\sum_{k=t+1}^{T} \\gamma^{k-t-1} R_k",
        "x \\in \\mathbb{R}^{n}\ns_i = \\sum_{j=i+1}^{n} x_j\nr_t = \\sum_{k \\ge t} x_k",
        "K \\in \\mathbb{R}^{m \\times m}, a \\in \\mathbb{R}^{m}\nQ = \\sum_{i,j=1}^{m} a_i a_j K_{ij}",
        "D \\in \\mathbb{R}^{n \\times n}\nm_i = \\min_{j \\neq i} D_{ij}",
        "y \\in \\mathbb{R}^{n}\nZ = \\sum_{k \\neq l} (1 + (y_k - y_l)^2)^{-1}",
    })
    void generatedCodeMatchesInterpreter(String source) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Options options = new Options("T", "", Precision.DOUBLE, false);
        TypedProgram typed = EqCompiler.check(new SourceFile("t.eq", source + "\n"), options, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        assertTrue(!diagnostics.hasErrors(), diagnostics.all().toString());
        EquationRunner runner = EquationRunner.compile(typed, options);
        Interpreter interpreter = new Interpreter(typed);
        SplittableRandom rng = new SplittableRandom(source.hashCode());
        for (Definition d : typed.program().definitions()) {
            List<TestInputs.Spec> specs = new TestInputs(typed).of(d);
            List<NDArray> ref = new ArrayList<>();
            List<Tensor> args = new ArrayList<>();
            for (TestInputs.Spec s : specs) {
                NDArray a = s.integer() ? InputSampler.integers(rng.nextLong(), (int) s.lo(), (int) s.hi(), s.coreShape())
                        : InputSampler.uniform(rng.nextLong(), s.lo(), s.hi(), false, s.coreShape());
                ref.add(a);
                args.add(Tensor.of(a.data(), a.shape()));
            }
            Map<String, Integer> sizes = new HashMap<>(new TestInputs(typed).sizes(d));
            sizes.keySet().retainAll(typed.sizeParameters(d));
            NDArray expected = interpreter.call(d, ref, sizes);
            Tensor actual = runner.invoke(d, args, sizes);
            assertArrayEquals(expected.shape(), actual.shape(), d.latexName());
            assertArrayEquals(expected.data(), actual.toDoubleArray(), 1e-9, d.latexName());
        }
    }

    /** A 1-D convolution keeps the valid positions: n - k + 1 outputs, each inside x. */
    @Test
    void convolutionOverAShiftedReadIsValid() {
        String src = "x \\in \\mathbb{R}^{n}, w \\in \\mathbb{R}^{k}\ny_i = \\sum_{m=0}^{k-1} w_m x_{i+m}";
        double[] w = {1.0, -2.0, 0.5};
        double[] expected = new double[X.length - w.length + 1];
        for (int i = 0; i < expected.length; i++) {
            for (int m = 0; m < w.length; m++) {
                expected[i] += w[m] * X[i + m];
            }
        }
        assertArrayEquals(expected, run(src, "y", Map.of("x", vec(X), "w", vec(w))).data(), 1e-12);
        assertTrue(codes(src).contains(Code.W0170));
    }

    /** {@code x_{t-1}} before the first element reads 0. */
    @Test
    void aSquareBracketSizeUnderASumIsTheRangeFromOne() {
        // Menon et al. (2021), Eq. 10: \sum_{y' \in [L]}, [L] = \{1, \dots, L\}; was E0103.
        String src = "x \\in \\mathbb{R}^{n}\ns = \\sum_{j \\in [n]} x_j^2";
        double expected = 0;
        for (double v : X) {
            expected += v * v;
        }
        assertArrayEquals(new double[] {expected}, run(src, "s", Map.of("x", vec(X))).data(), 1e-12);
    }

    @Test
    void aLabelBesideASumOverItsPrimedLetterStaysALabel() {
        // y \in \{1, \dots, L\} beside \sum_{y' \in [L]}: y is one label (the sum runs over y'), not an index range.
        String src = "f \\in \\mathbb{R}^{L}, y \\in \\{1, \\dots, L\\}\n"
                + "\\ell = -\\log \\frac{e^{f_y}}{\\sum_{y' \\in [L]} e^{f_{y'}}}";
        assertTrue(codes(src).stream().noneMatch(c -> c.name().startsWith("E")), () -> codes(src).toString());
    }

    @Test
    void previousElementIsZeroBeforeTheStart() {
        String src = "x \\in \\mathbb{R}^{n}\ny_t = x_t - x_{t-1}";
        double[] expected = new double[X.length];
        for (int t = 0; t < X.length; t++) {
            expected[t] = X[t] - (t > 0 ? X[t - 1] : 0.0);
        }
        assertArrayEquals(expected, run(src, "y", Map.of("x", vec(X))).data(), 1e-12);
        assertTrue(codes(src).contains(Code.W0170));
    }

    /** Sutton and Barto, Eq. 3.8 with rewards R_1 … R_T: G_t for t = 0 … T-1. */
    @Test
    void discountedReturnToInfinityReadsRewardsFromOne() {
        String src = "R \\in \\mathbb{R}^{T}, \\gamma \\in \\mathbb{R}\nG_t = \\sum_{k=0}^{\\infty} \\gamma^k R_{t+k+1}";
        double gamma = 0.9;
        double[] expected = new double[X.length];
        for (int t = 0; t < X.length; t++) {
            for (int k = 0; t + k < X.length; k++) {       // R_{t+k+1} is X[t+k]
                expected[t] += Math.pow(gamma, k) * X[t + k];
            }
        }
        assertArrayEquals(expected, run(src, "G", Map.of("R", vec(X), "\\gamma", NDArray.scalar(gamma))).data(), 1e-12);
        Set<Code> codes = codes(src);
        assertTrue(codes.contains(Code.W0170) && codes.contains(Code.W0172), codes.toString());
    }

    /** The same return with a finite upper limit that depends on t. */
    @Test
    void discountedReturnWithALimitThatDependsOnT() {
        String src = "R \\in \\mathbb{R}^{T}, \\gamma \\in \\mathbb{R}\nG_t = \\sum_{k=0}^{T-t-1} \\gamma^k R_{t+k+1}";
        String infinite = "R \\in \\mathbb{R}^{T}, \\gamma \\in \\mathbb{R}\nG_t = \\sum_{k=0}^{\\infty} \\gamma^k R_{t+k+1}";
        Map<String, NDArray> in = Map.of("R", vec(X), "\\gamma", NDArray.scalar(0.8));
        assertArrayEquals(run(infinite, "G", in).data(), run(src, "G", in).data(), 1e-12);
        assertTrue(codes(src).contains(Code.W0171));
    }

    /** Sutton and Barto, Eq. 3.11: a lower limit that is t + 1. */
    @Test
    void returnWithALowerLimitThatIsAnotherIndex() {
        String src = "R \\in \\mathbb{R}^{T}, G \\in \\mathbb{R}^{T}, \\gamma \\in \\mathbb{R}\n"
                + "G_t = \\sum_{k=t+1}^{T} \\gamma^{k-t-1} R_k";
        double gamma = 0.5;
        double[] expected = new double[X.length];
        for (int t = 0; t < X.length; t++) {
            for (int k = t + 1; k <= X.length; k++) {      // R_k is X[k-1]
                expected[t] += Math.pow(gamma, k - t - 1) * X[k - 1];
            }
        }
        assertArrayEquals(expected, run(src, "G", Map.of("R", vec(X), "\\gamma", NDArray.scalar(gamma))).data(), 1e-12);
        assertTrue(codes(src).contains(Code.W0171));
    }

    /** GAE, Eq. 16: terms past the end of the trajectory are zero. */
    @Test
    void generalizedAdvantageToInfinity() {
        String src = "\\delta \\in \\mathbb{R}^{T}, \\gamma, \\lambda \\in \\mathbb{R}\n"
                + "A_t = \\sum_{l=0}^{\\infty} (\\gamma\\lambda)^l \\delta_{t+l}";
        double gl = 0.99 * 0.95;
        double[] expected = new double[X.length];
        for (int t = 0; t < X.length; t++) {
            for (int l = 0; t + l < X.length; l++) {
                expected[t] += Math.pow(gl, l) * X[t + l];
            }
        }
        assertArrayEquals(expected, run(src, "A", Map.of("\\delta", vec(X), "\\gamma", NDArray.scalar(0.99),
                "\\lambda", NDArray.scalar(0.95))).data(), 1e-12);
    }

    /** {@code s_i = \sum_{j=i+1}^{n} x_j}: i runs 1 … n like j; s_n is the empty sum. */
    @Test
    void strictlyUpperSumWithItsIndexRangedByTheSum() {
        String src = "x \\in \\mathbb{R}^{n}\ns_i = \\sum_{j=i+1}^{n} x_j";
        double[] expected = new double[X.length];
        for (int i = 1; i <= X.length; i++) {
            for (int j = i + 1; j <= X.length; j++) {
                expected[i - 1] += X[j - 1];
            }
        }
        assertArrayEquals(expected, run(src, "s", Map.of("x", vec(X))).data(), 1e-12);
        Set<Code> codes = codes(src);
        assertTrue(codes.contains(Code.W0171) && codes.contains(Code.W0140), codes.toString());
    }

    /** Reward-to-go {@code \sum_{k \ge t}}: a reverse cumulative sum. */
    @Test
    void rewardToGoIsAReverseCumulativeSum() {
        String src = "r \\in \\mathbb{R}^{T}\nR_t = \\sum_{k \\ge t} r_k";
        double[] expected = new double[X.length];
        for (int t = 0; t < X.length; t++) {
            for (int k = t; k < X.length; k++) {
                expected[t] += X[k];
            }
        }
        assertArrayEquals(expected, run(src, "R", Map.of("r", vec(X))).data(), 1e-12);
        assertTrue(codes(src).contains(Code.W0171));
    }

    @Test
    void severalIndicesShareTheLimitsWrittenOnce() {
        String src = "K \\in \\mathbb{R}^{m \\times m}, a \\in \\mathbb{R}^{m}\nQ = \\sum_{i,j=1}^{m} a_i a_j K_{ij}";
        double[] a = {1, -2, 3};
        double[] k = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        double expected = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                expected += a[i] * a[j] * k[3 * i + j];
            }
        }
        assertEquals(expected, run(src, "Q", Map.of("K", NDArray.of(k, 3, 3), "a", vec(a))).data()[0], 1e-12);
    }

    @Test
    void minimumOverTheOtherIndices() {
        String src = "D \\in \\mathbb{R}^{n \\times n}\nm_i = \\min_{j \\neq i} D_{ij}";
        double[] d = {0, 5, 2, 7, -1, 3, 4, 6, -9};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = Double.POSITIVE_INFINITY;
            for (int j = 0; j < 3; j++) {
                if (j != i) {
                    expected[i] = Math.min(expected[i], d[3 * i + j]);
                }
            }
        }
        assertArrayEquals(expected, run(src, "m", Map.of("D", NDArray.of(d, 3, 3))).data(), 1e-12);
    }

    @Test
    void anExclusionBetweenTwoFreeLettersSumsOverPairs() {
        // t-SNE, van der Maaten & Hinton (2008), Eq. 4: the normaliser \sum_{k \neq l} (1 + ||y_k - y_l||^2)^{-1}.
        // Before: E0103 (`l` is no index in scope).
        String src = "y \\in \\mathbb{R}^{n}\nZ = \\sum_{k \\neq l} (1 + (y_k - y_l)^2)^{-1}";
        double expected = 0;
        for (int k = 0; k < X.length; k++) {
            for (int l = 0; l < X.length; l++) {
                if (k != l) {
                    expected += 1 / (1 + (X[k] - X[l]) * (X[k] - X[l]));
                }
            }
        }
        assertEquals(expected, run(src, "Z", Map.of("y", vec(X))).data()[0], 1e-12);
        assertTrue(codes(src).contains(Code.W0271), codes(src).toString());
    }

    @Test
    void anExclusionWithOnlyAnUpperLimitCountsFromOne() {
        // KID, Binkowski et al. (2018), Sec. 3: \frac{1}{m(m-1)} \sum_{i \neq j}^{m} k(x_i, x_j), the pairs of
        // distinct positions 1 … m; Gretton et al.'s unbiased MMD writes \sum_{i=1}^{m} \sum_{j \neq i}^{m}.
        // Before: E0103 (`j` is no index in scope; then "an upper limit needs a lower one").
        String pairs = "y \\in \\mathbb{R}^{m}\nZ = \\sum_{i \\neq j}^{m} y_i y_j^2";
        String nested = "y \\in \\mathbb{R}^{m}\nZ = \\sum_{i=1}^{m} \\sum_{j \\neq i}^{m} y_i y_j^2";
        double expected = 0;
        for (int i = 0; i < X.length; i++) {
            for (int j = 0; j < X.length; j++) {
                if (i != j) {
                    expected += X[i] * X[j] * X[j];
                }
            }
        }
        assertEquals(expected, run(pairs, "Z", Map.of("y", vec(X))).data()[0], 1e-12);
        assertEquals(expected, run(nested, "Z", Map.of("y", vec(X))).data()[0], 1e-12);
        assertTrue(codes(pairs).containsAll(Set.of(Code.W0271, Code.W0140)), codes(pairs).toString());
        assertTrue(codes(nested).contains(Code.W0140), codes(nested).toString());
    }

    @Test
    void anIndexGivenAListOfValuesTakesEachInTurn() {
        // TD3 (Fujimoto et al. 2018): y = r + γ min_{i=1,2} Q_{θ'_i}(s', ã), the twin critics' smaller value.
        // Before: E0103 (`\min_{i=1,2}`).
        String src = "Q_{\\theta'_1}(s'), Q_{\\theta'_2}(s'), r \\in \\mathbb{R}^{B}\n"
                + "y = r + 0.5 \\min_{i=1,2} Q_{\\theta'_i}(s')";
        double[] q1 = {1, -2, 3};
        double[] q2 = {0.5, 4, -1};
        double[] r = {0.25, 0.5, 1};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = r[i] + 0.5 * Math.min(q1[i], q2[i]);
        }
        assertArrayEquals(expected, run(src, "y", Map.of("Q_{\\theta'_1}(s')", vec(q1), "Q_{\\theta'_2}(s')", vec(q2),
                "r", vec(r))).data(), 1e-12);
    }

    /** A range written bare after the right-hand side, without {@code \text{for}}. */
    @ParameterizedTest
    @ValueSource(strings = {"y_i = 2 x_i \\quad i = 1, \\dots, n", "y_i = 2 x_i, \\; i = 1, \\ldots, n"})
    void rangeWrittenWithoutFor(String line) {
        String src = "x \\in \\mathbb{R}^{n}\n" + line;
        double[] expected = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            expected[i] = 2 * X[i];
        }
        assertArrayEquals(expected, run(src, "y", Map.of("x", vec(X))).data(), 1e-12);
        assertTrue(!codes(src).contains(Code.W0130) && !codes(src).contains(Code.E0103), codes(src).toString());
    }

    /** CS229 notes: {@code x^{(i)}} is the i-th training example, row i of the declared X (m × n). */
    @Test
    void ithTrainingExampleIsARow() {
        String src = "X \\in \\mathbb{R}^{m \\times n}, y \\in \\mathbb{R}^{m}, \\theta \\in \\mathbb{R}^{n}\n"
                + "h(x) = \\theta^T x\nJ = \\frac{1}{m}\\sum_{i=1}^{m}(h(x^{(i)}) - y^{(i)})^2";
        double[] x = {1, 2, -1, 0.5, 3, -2};
        double[] y = {0.25, -1, 2};
        double[] theta = {0.5, -1.5};
        double expected = 0;
        for (int i = 0; i < 3; i++) {
            double h = theta[0] * x[2 * i] + theta[1] * x[2 * i + 1];
            expected += (h - y[i]) * (h - y[i]) / 3;
        }
        assertEquals(expected, run(src, "J", Map.of("X", NDArray.of(x, 3, 2), "y", vec(y), "\\theta", vec(theta)))
                .data()[0], 1e-12);
        assertTrue(codes(src).contains(Code.W0102));
    }

    /** A time step stays part of a name: {@code m_{t-1}} declared on its own is not read at a position. */
    @Test
    void declaredTimeStepIsStillAName() {
        String src = "g_t, m_{t-1} \\in \\mathbb{R}^{d}, \\beta \\in \\mathbb{R}\nm_t = \\beta m_{t-1} + (1 - \\beta) g_t";
        assertTrue(!codes(src).contains(Code.W0170), codes(src).toString());
    }

    private static NDArray run(String source, String function, Map<String, NDArray> inputs) {
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = EqCompiler.check(new SourceFile("t.eq", source + "\n"), Options.forClass("T"), diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        assertTrue(!diagnostics.hasErrors(), diagnostics.all().toString());
        Definition d = typed.program().definitions().stream().filter(x -> x.latexName().equals(function)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + function));
        List<NDArray> args = d.freeInputs().stream().map(in -> inputs.get(in.latex())).toList();
        return new Interpreter(typed).call(d, args, Map.of());
    }

    private static Set<Code> codes(String source) {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("t.eq", source + "\n"), Options.forClass("T"), diagnostics);
        return diagnostics.all().stream().map(Diagnostic::code).collect(Collectors.toSet());
    }

    private static NDArray vec(double... v) {
        return NDArray.of(v, v.length);
    }
}
