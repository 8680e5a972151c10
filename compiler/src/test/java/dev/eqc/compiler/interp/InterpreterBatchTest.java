package dev.eqc.compiler.interp;

import static dev.eqc.compiler.interp.ProgramKit.arith;
import static dev.eqc.compiler.interp.ProgramKit.call;
import static dev.eqc.compiler.interp.ProgramKit.param;
import static dev.eqc.compiler.interp.ProgramKit.ref;
import static dev.eqc.compiler.interp.ProgramKit.shape;
import static dev.eqc.compiler.interp.ProgramKit.sym;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Param;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.shape.ProductKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gufunc batch loop (SPEC 3.1) and dimension binding. */
class InterpreterBatchTest {
    private static final Dim D = sym("d");
    private static final Dim H = sym("h");

    private final ProgramKit kit = new ProgramKit();
    private final Input x = kit.input("x", D);
    private final Input w = kit.input("W", D, H);
    private final Input b = kit.input("b", H);
    /** {@code y = x W + b}: a row vector through a layer. */
    private final Definition layer = kit.value("y",
            arith(Term.ArithOp.ADD, kit.product(ref(x), ref(w), ProductKind.VECMAT), ref(b)), shape(H), x, w, b);
    private final Interpreter interp = kit.interpreter();

    /** The core block of {@code a} at leading index {@code lead}. */
    private static NDArray block(NDArray a, int... lead) {
        int[] s = a.shape();
        int[] core = Arrays.copyOfRange(s, lead.length, s.length);
        int size = NDArray.numel(core);
        int offset = 0;
        for (int i = 0; i < lead.length; i++) {
            offset = offset * s[i] + lead[i];
        }
        return NDArray.of(Arrays.copyOfRange(a.data(), offset * size, offset * size + size), core);
    }

    @Test
    void batchedCallEqualsStackedUnbatchedCallsWithOneArgumentUnbatched() {
        NDArray xs = InputSampler.uniform(1, -1, 1, false, 2, 3, 4);
        NDArray ws = InputSampler.uniform(2, -1, 1, false, 4, 5);
        NDArray bs = InputSampler.uniform(3, -1, 1, false, 5);
        NDArray ys = interp.call(layer, List.of(xs, ws, bs));
        assertArrayEquals(new int[] {2, 3, 5}, ys.shape());
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(interp.call(layer, List.of(block(xs, i, j), ws, bs)), block(ys, i, j));
            }
        }
    }

    @Test
    void batchPartsBroadcastAgainstEachOther() {
        NDArray xs = InputSampler.uniform(4, -1, 1, false, 2, 1, 4);
        NDArray ws = InputSampler.uniform(5, -1, 1, false, 3, 4, 5);
        NDArray bs = InputSampler.uniform(6, -1, 1, false, 5);
        NDArray ys = interp.call(layer, List.of(xs, ws, bs));
        assertArrayEquals(new int[] {2, 3, 5}, ys.shape());
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(interp.call(layer, List.of(block(xs, i, 0), block(ws, j), bs)), block(ys, i, j));
            }
        }
    }

    @Test
    void batchPartsThatDoNotBroadcastAreRejected() {
        NDArray xs = InputSampler.uniform(1, -1, 1, false, 2, 4);
        NDArray ws = InputSampler.uniform(2, -1, 1, false, 3, 4, 5);
        NDArray bs = InputSampler.uniform(3, -1, 1, false, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> interp.call(layer, List.of(xs, ws, bs)));
        assertTrue(e.getMessage().contains("`W`"), e.getMessage());
    }

    @Test
    void argumentsBelowTheirCoreRankAreRejected() {
        NDArray ws = InputSampler.uniform(2, -1, 1, false, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> interp.call(layer, List.of(NDArray.of(new double[4], 4), ws, NDArray.of(new double[5], 5))));
        assertTrue(e.getMessage().contains("`W`"), e.getMessage());
    }

    @Test
    void theWrongNumberOfArgumentsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> interp.call(layer, List.of(NDArray.scalar(1))));
    }

    @Test
    void aSymbolBoundTwiceToDifferentSizesIsRejectedNamingBothSizes() {
        NDArray xs = InputSampler.uniform(1, -1, 1, false, 4);
        NDArray ws = InputSampler.uniform(2, -1, 1, false, 4, 5);
        NDArray bs = InputSampler.uniform(3, -1, 1, false, 6);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> interp.call(layer, List.of(xs, ws, bs)));
        String msg = e.getMessage();
        assertTrue(msg.contains("dimension h") && msg.contains("5") && msg.contains("6"), msg);
    }

    @Test
    void aCallInsideABodyBatchesOverTheArgumentsExtraAxes() {
        // FFN(t) = t W with t \in R^d, used as Y = FFN(X) with X \in R^{n x d}.
        ProgramKit k = new ProgramKit();
        Dim n = sym("n");
        Input bigX = k.input("X", n, D);
        Input wIn = k.input("W", D, H);
        Param t = param("t");
        Definition ffn = k.function("FFN", List.of(t), List.of(shape(D)),
                k.product(ref(t, 0), ref(wIn), ProductKind.VECMAT), shape(H), wIn);
        Definition main = k.value("Y", call(ffn, ref(bigX)), shape(n, H), bigX, wIn);
        Interpreter in = k.interpreter();
        NDArray xs = InputSampler.uniform(7, -1, 1, false, 3, 4);
        NDArray ws = InputSampler.uniform(8, -1, 1, false, 4, 2);
        NDArray ys = in.call(main, List.of(xs, ws));
        assertEquals(LinearAlgebra.matmul(xs, ws), ys);
        NDArray batched = in.call(main, List.of(InputSampler.uniform(9, -1, 1, false, 2, 3, 4), ws));
        assertArrayEquals(new int[] {2, 3, 2}, batched.shape());
    }
}
