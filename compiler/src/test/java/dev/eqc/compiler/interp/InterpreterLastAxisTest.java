package dev.eqc.compiler.interp;

import static dev.eqc.compiler.interp.ProgramKit.arr;
import static dev.eqc.compiler.interp.ProgramKit.builtin;
import static dev.eqc.compiler.interp.ProgramKit.dims;
import static dev.eqc.compiler.interp.ProgramKit.ref;
import static dev.eqc.compiler.interp.ProgramKit.shape;
import static dev.eqc.compiler.interp.ProgramKit.sym;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Dim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Log-softmax, the last-axis reductions and the stable element-wise built-ins at large magnitude. */
class InterpreterLastAxisTest {
    private static final Dim N = sym("n");
    private static final Dim D = sym("d");

    private static NDArray apply(Builtin fn, NDArray x, Dim... resultDims) {
        ProgramKit kit = new ProgramKit();
        Input in = x.rank() == 2 ? kit.input("X", N, D) : kit.input("x", D);
        Definition d = kit.value("y", builtin(fn, ref(in)), shape(resultDims), in);
        return kit.interpreter().call(d, List.of(x));
    }

    @Test
    void reductionsDropTheLastAxisRowByRow() {
        NDArray x = arr(dims(2, 4), 1, 2, 3, 4, -1, -1, -1, -1);
        assertEquals(arr(dims(2), 10, -4), apply(Builtin.SUM, x, N));
        assertEquals(arr(dims(2), 2.5, -1), apply(Builtin.MEAN, x, N));
        assertArrayEquals(new double[] {1.25, 0}, apply(Builtin.VAR, x, N).data(), 1e-15);
        double lse = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3) + Math.exp(4));
        assertArrayEquals(new double[] {lse, -1 + Math.log(4)}, apply(Builtin.LOGSUMEXP, x, N).data(), 1e-14);
        NDArray v = apply(Builtin.MEAN, arr(dims(3), 1, 2, 6));
        assertEquals(0, v.rank());
        assertEquals(3.0, v.get());
    }

    @Test
    void varianceIsThePopulationVarianceAndSurvivesALargeOffset() {
        NDArray x = arr(dims(4), 1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4);
        assertEquals(1.25, apply(Builtin.VAR, x).get(), 1e-6);
    }

    @Test
    void logSoftmaxAndLogsumexpAreFiniteAtMagnitude500() {
        NDArray x = arr(dims(2, 3), 500, 499, -500, -500, -499, -500);
        double lse0 = 500 + Math.log1p(Math.exp(-1) + Math.exp(-1000));
        double lse1 = -499 + Math.log1p(2 * Math.exp(-1));
        assertArrayEquals(new double[] {lse0, lse1}, apply(Builtin.LOGSUMEXP, x, N).data(), 1e-12);
        NDArray ls = apply(Builtin.LOG_SOFTMAX, x, N, D);
        assertArrayEquals(new double[] {500 - lse0, 499 - lse0, -500 - lse0, -500 - lse1, -499 - lse1, -500 - lse1},
                ls.data(), 1e-12);
        for (double v : ls.data()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void logSoftmaxIsTheLogarithmOfSoftmax() {
        NDArray x = arr(dims(2, 3), 0.5, -1, 2, 3, 3, 3);
        double[] log = apply(Builtin.LOG_SOFTMAX, x, N, D).data();
        double[] soft = apply(Builtin.SOFTMAX, x, N, D).data();
        for (int i = 0; i < log.length; i++) {
            assertEquals(Math.log(soft[i]), log[i], 1e-15);
        }
    }

    @Test
    void logsumexpEdgeCases() {
        double inf = Double.POSITIVE_INFINITY;
        assertEquals(-inf, apply(Builtin.LOGSUMEXP, arr(dims(2), -inf, -inf)).get());
        assertEquals(inf, apply(Builtin.LOGSUMEXP, arr(dims(2), 3, inf)).get());
        assertTrue(Double.isNaN(apply(Builtin.LOGSUMEXP, arr(dims(2), 3, Double.NaN)).get()));
        assertEquals(Math.log(2) + 7, apply(Builtin.LOGSUMEXP, arr(dims(3), 7, -inf, 7)).get(), 1e-15);
    }

    @Test
    void softplusIsFiniteAndAccurateAtMagnitude500() {
        double[] s = apply(Builtin.SOFTPLUS, arr(dims(5), 500, -500, 40, -40, 0), D).data();
        assertEquals(500.0, s[0]);
        assertEquals(Math.exp(-500), s[1], 1e-230);
        assertTrue(s[1] > 0);
        assertEquals(40.0, s[2], 1e-13);
        assertEquals(Math.exp(-40), s[3], 1e-30);
        assertEquals(Math.log(2), s[4], 1e-16);
    }

    @Test
    void geluAndPhiFollowTheNormalCdf() {
        double[] phi = apply(Builtin.NORMAL_CDF, arr(dims(4), -3, 0, 0.7, 500), D).data();
        assertArrayEquals(new double[] {0.001349898031630094527, 0.5, 0.7580363477769269714, 1}, phi, 1e-16);
        double[] gelu = apply(Builtin.GELU, arr(dims(3), -3, 0.7, -500), D).data();
        assertArrayEquals(new double[] {-3 * 0.001349898031630094527, 0.7 * 0.7580363477769269714, -0.0}, gelu,
                1e-16);
    }

    @Test
    void aReductionOfAScalarIsRejected() {
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("x");
        Definition d = kit.value("m", builtin(Builtin.VAR, ref(x)), shape(), x);
        assertThrows(IllegalArgumentException.class, () -> kit.interpreter().call(d, List.of(NDArray.scalar(1))));
    }
}
