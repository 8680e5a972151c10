package dev.eqc.compiler.interp;

import static dev.eqc.compiler.interp.ProgramKit.arith;
import static dev.eqc.compiler.interp.ProgramKit.arr;
import static dev.eqc.compiler.interp.ProgramKit.builtin;
import static dev.eqc.compiler.interp.ProgramKit.dims;
import static dev.eqc.compiler.interp.ProgramKit.lit;
import static dev.eqc.compiler.interp.ProgramKit.neg;
import static dev.eqc.compiler.interp.ProgramKit.pow;
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
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.Dim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Element-wise arithmetic with broadcasting, built-ins and the stable softmax. */
class InterpreterElementwiseTest {
    private static final Dim N = sym("n");
    private static final Dim D = sym("d");

    @Test
    void arithmeticBroadcastsCoreShapes() {
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("X", N, D);
        Input b = kit.input("b", D);
        Definition d = kit.value("Y", arith(Term.ArithOp.ADD, ref(x), ref(b)), shape(N, D), x, b);
        NDArray y = kit.interpreter().call(d, List.of(arr(dims(2, 3), 1, 2, 3, 4, 5, 6), arr(dims(3), 10, 20, 30)));
        assertEquals(arr(dims(2, 3), 11, 22, 33, 14, 25, 36), y);
    }

    @Test
    void columnMinusRowStretchesBothSizeOneAxes() {
        ProgramKit kit = new ProgramKit();
        Dim one = new Dim.Known(1);
        Input c = kit.input("c", N, one);
        Input r = kit.input("r", one, D);
        Definition d = kit.value("Y", arith(Term.ArithOp.SUB, ref(c), ref(r)), shape(N, D), c, r);
        NDArray y = kit.interpreter().call(d, List.of(arr(dims(2, 1), 10, 20), arr(dims(1, 3), 1, 2, 3)));
        assertEquals(arr(dims(2, 3), 9, 8, 7, 19, 18, 17), y);
    }

    @Test
    void divisionPowerAndNegation() {
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("x", D);
        Term body = neg(arith(Term.ArithOp.DIV, pow(ref(x), lit(2)), lit(4)));
        Definition d = kit.value("y", body, shape(D), x);
        NDArray y = kit.interpreter().call(d, List.of(arr(dims(3), 1, 2, -6)));
        assertEquals(arr(dims(3), -0.25, -1, -9), y);
    }

    @Test
    void unaryAndBinaryBuiltinsUseTheirReferenceMeaningWithBroadcasting() {
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("x", D);
        Term body = builtin(Builtin.MAX, lit(0), builtin(Builtin.TANH, ref(x)));
        Definition d = kit.value("y", body, shape(D), x);
        NDArray y = kit.interpreter().call(d, List.of(arr(dims(3), -1, 0.5, 2)));
        assertArrayEquals(new double[] {0, Math.tanh(0.5), Math.tanh(2)}, y.data());
    }

    @Test
    void softmaxRowsSumToOneAndStayFiniteForLargeInputs() {
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("X", N, D);
        Definition d = kit.value("S", builtin(Builtin.SOFTMAX, ref(x)), shape(N, D), x);
        NDArray s = kit.interpreter().call(d, List.of(arr(dims(3, 4),
                1000, 999, -1000, 0,
                -1000, -1000, -1000, -1000,
                1000, 1000, 1000, -999)));
        double e1 = Math.exp(-1);
        assertEquals(1 / (1 + e1), s.get(0, 0), 1e-15);
        assertEquals(e1 / (1 + e1), s.get(0, 1), 1e-15);
        assertEquals(0.25, s.get(1, 2), 1e-15);
        assertEquals(1.0 / 3, s.get(2, 0), 1e-15);
        for (int r = 0; r < 3; r++) {
            double sum = 0;
            for (int c = 0; c < 4; c++) {
                assertTrue(Double.isFinite(s.get(r, c)), "row " + r + " column " + c);
                sum += s.get(r, c);
            }
            assertEquals(1.0, sum, 1e-12, "row " + r);
        }
    }

    @Test
    void softmaxOfAScalarIsRejected() {
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("x");
        Definition d = kit.value("s", builtin(Builtin.SOFTMAX, ref(x)), shape(), x);
        assertThrows(IllegalArgumentException.class, () -> kit.interpreter().call(d, List.of(NDArray.scalar(1))));
    }
}
