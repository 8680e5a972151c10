package dev.eqc.compiler.interp;

import static dev.eqc.compiler.interp.ProgramKit.arr;
import static dev.eqc.compiler.interp.ProgramKit.dims;
import static dev.eqc.compiler.interp.ProgramKit.lit;
import static dev.eqc.compiler.interp.ProgramKit.ref;
import static dev.eqc.compiler.interp.ProgramKit.shape;
import static dev.eqc.compiler.interp.ProgramKit.sym;
import static dev.eqc.compiler.interp.ProgramKit.transpose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.shape.ProductKind;
import dev.eqc.compiler.shape.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Products (SPEC 3.2) and transposes against hand-computed values. */
class InterpreterProductTest {
    private static final Dim N = sym("n");
    private static final Dim K = sym("k");
    private static final Dim M = sym("m");

    /** {@code left right} with the given meaning, both sides inputs, evaluated on {@code a, b}. */
    private static NDArray product(Shape left, Shape right, boolean transposeLeft, boolean transposeRight,
            ProductKind kind, Shape result, NDArray a, NDArray b) {
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("A", left.dims().toArray(Dim[]::new));
        Input y = kit.input("B", right.dims().toArray(Dim[]::new));
        Term l = transposeLeft ? transpose(ref(x)) : ref(x);
        Term r = transposeRight ? transpose(ref(y)) : ref(y);
        Definition d = kit.value("P", kit.product(l, r, kind), result, x, y);
        return kit.interpreter().call(d, List.of(a, b));
    }

    @Test
    void matmulMatchesHandComputedValues() {
        NDArray a = arr(dims(2, 3), 1, 2, 3, 4, 5, 6);
        NDArray b = arr(dims(3, 2), 7, 8, 9, 10, 11, 12);
        NDArray p = product(shape(N, K), shape(K, M), false, false, ProductKind.MATMUL, shape(N, M), a, b);
        assertEquals(arr(dims(2, 2), 58, 64, 139, 154), p);
    }

    @Test
    void matmulBroadcastsLeadingCoreAxes() {
        Dim h = sym("h");
        NDArray a = arr(dims(2, 1, 2), 1, 2, 3, 4);
        NDArray b = arr(dims(2, 2), 1, 0, 0, 2);
        NDArray p = product(shape(h, N, K), shape(K, M), false, false, ProductKind.MATMUL, shape(h, N, M), a, b);
        assertEquals(arr(dims(2, 1, 2), 1, 4, 3, 8), p);
    }

    @Test
    void matrixTimesVector() {
        NDArray w = arr(dims(3, 2), 1, 2, 3, 4, 5, 6);
        NDArray x = arr(dims(2), 1, -1);
        NDArray p = product(shape(M, K), shape(K), false, false, ProductKind.MATVEC, shape(M), w, x);
        assertEquals(arr(dims(3), -1, -1, -1), p);
    }

    @Test
    void rowVectorTimesMatrixAlsoWhenWrittenTransposed() {
        NDArray x = arr(dims(3), 1, 2, 3);
        NDArray w = arr(dims(3, 2), 1, 2, 3, 4, 5, 6);
        NDArray expected = arr(dims(2), 22, 28);
        assertEquals(expected, product(shape(K), shape(K, M), false, false, ProductKind.VECMAT, shape(M), x, w));
        assertEquals(expected, product(shape(K), shape(K, M), true, false, ProductKind.VECMAT, shape(M), x, w));
    }

    @Test
    void transposedVectorTimesVectorIsADotProduct() {
        NDArray u = arr(dims(3), 1, 2, 3);
        NDArray v = arr(dims(3), 4, 5, 6);
        NDArray p = product(shape(K), shape(K), true, false, ProductKind.DOT, Shape.SCALAR, u, v);
        assertEquals(NDArray.scalar(32), p);
    }

    @Test
    void vectorTimesTransposedVectorIsAnOuterProduct() {
        NDArray u = arr(dims(2), 1, 2);
        NDArray v = arr(dims(3), 3, 4, 5);
        NDArray p = product(shape(N), shape(M), false, true, ProductKind.OUTER, shape(N, M), u, v);
        assertEquals(arr(dims(2, 3), 3, 4, 5, 6, 8, 10), p);
    }

    @Test
    void untransposedVectorsSideBySideMultiplyElementWise() {
        NDArray u = arr(dims(3), 1, 2, 3);
        NDArray v = arr(dims(3), 4, 5, 6);
        NDArray p = product(shape(K), shape(K), false, false, ProductKind.ELEMENTWISE, shape(K), u, v);
        assertEquals(arr(dims(3), 4, 10, 18), p);
    }

    @Test
    void productWithAScalarScales() {
        ProgramKit kit = new ProgramKit();
        Input a = kit.input("A", N, K);
        Definition d = kit.value("P", kit.product(lit(2), ref(a), ProductKind.SCALE), shape(N, K), a);
        NDArray p = kit.interpreter().call(d, List.of(arr(dims(1, 2), 3, -4)));
        assertEquals(arr(dims(1, 2), 6, -8), p);
    }

    @Test
    void transposeSwapsTheLastTwoAxes() {
        ProgramKit kit = new ProgramKit();
        Input a = kit.input("A", N, K);
        Definition d = kit.value("T", transpose(ref(a)), shape(K, N), a);
        NDArray t = kit.interpreter().call(d, List.of(arr(dims(2, 3), 1, 2, 3, 4, 5, 6)));
        assertEquals(arr(dims(3, 2), 1, 4, 2, 5, 3, 6), t);
    }

    @Test
    void sharedInnerDimensionMustAgreeAndTheMessageNamesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> product(shape(N, K), shape(K, M), false, false, ProductKind.MATMUL, shape(N, M),
                        arr(dims(2, 3), new double[6]), arr(dims(4, 2), new double[8])));
        String msg = e.getMessage();
        assertTrue(msg.contains("dimension k") && msg.contains("3") && msg.contains("4"), msg);
    }
}
