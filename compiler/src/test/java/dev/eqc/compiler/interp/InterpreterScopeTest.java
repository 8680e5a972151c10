package dev.eqc.compiler.interp;

import static dev.eqc.compiler.interp.ProgramKit.arith;
import static dev.eqc.compiler.interp.ProgramKit.arr;
import static dev.eqc.compiler.interp.ProgramKit.call;
import static dev.eqc.compiler.interp.ProgramKit.dimValue;
import static dev.eqc.compiler.interp.ProgramKit.dims;
import static dev.eqc.compiler.interp.ProgramKit.lit;
import static dev.eqc.compiler.interp.ProgramKit.neg;
import static dev.eqc.compiler.interp.ProgramKit.param;
import static dev.eqc.compiler.interp.ProgramKit.pow;
import static dev.eqc.compiler.interp.ProgramKit.ref;
import static dev.eqc.compiler.interp.ProgramKit.shape;
import static dev.eqc.compiler.interp.ProgramKit.sym;
import static dev.eqc.compiler.interp.ProgramKit.valueRef;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Param;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.Dim;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scoping of defined values and functions (SPEC 2.2), dimension values and constant evaluation. */
class InterpreterScopeTest {
    private static final Dim D = sym("d");

    @Test
    void aValueUsedInsideAFunctionSeesTheFunctionsParameterOfTheSameName() {
        // m = 2x with x declared; g(x) = m + x; r = g(z). g(z) must use m of z: 2z + z.
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("x", D);
        Input z = kit.input("z", D);
        Definition m = kit.value("m", arith(Term.ArithOp.MUL, lit(2), ref(x)), shape(D), x);
        Param px = param("x");
        Definition g = kit.function("g", List.of(px), List.of(shape(D)),
                arith(Term.ArithOp.ADD, valueRef(m), ref(px, 0)), shape(D));
        Definition r = kit.value("r", call(g, ref(z)), shape(D), z);
        NDArray out = kit.interpreter().call(r, List.of(arr(dims(2), 1, -2)));
        assertEquals(arr(dims(2), 3, -6), out);
    }

    @Test
    void freeInputsOfACalleeWithoutAMatchingParameterComeFromTheCallersBinding() {
        // c = x + 1; h(t) = t c; r = h(z): r = z (x + 1).
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("x", D);
        Input z = kit.input("z", D);
        Definition c = kit.value("c", arith(Term.ArithOp.ADD, ref(x), lit(1)), shape(D), x);
        Param t = param("t");
        Definition h = kit.function("h", List.of(t), List.of(shape(D)),
                arith(Term.ArithOp.MUL, ref(t, 0), valueRef(c)), shape(D), x);
        Definition r = kit.value("r", call(h, ref(z)), shape(D), x, z);
        NDArray out = kit.interpreter().call(r, List.of(arr(dims(2), 1, 2), arr(dims(2), 3, 4)));
        assertEquals(arr(dims(2), 6, 12), out);
    }

    @Test
    void aDimensionUsedAsAValueIsItsBoundSize() {
        // y = x / sqrt(d)
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("x", D);
        Definition y = kit.value("y", arith(Term.ArithOp.DIV, ref(x), pow(dimValue("d"), lit(0.5))), shape(D), x);
        NDArray out = kit.interpreter().call(y, List.of(arr(dims(4), 2, 4, 6, 8)));
        assertEquals(arr(dims(4), 1, 2, 3, 4), out);
    }

    @Test
    void aSymbolOnlyInsideACompoundDimensionIsSolvedFromTheSize() {
        // x \in R^{2d}; s = d
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("x", new Dim.Compound('*', new Dim.Known(2), D));
        Definition s = kit.value("s", dimValue("d"), shape(), x);
        Interpreter in = kit.interpreter();
        assertEquals(NDArray.scalar(3), in.call(s, List.of(NDArray.of(new double[6], 6))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> in.call(s, List.of(NDArray.of(new double[7], 7))));
        assertTrue(e.getMessage().contains("2d"), e.getMessage());
    }

    @Test
    void aKnownDimensionMustMatch() {
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("x", new Dim.Known(3));
        Definition y = kit.value("y", ref(x), shape(new Dim.Known(3)), x);
        assertThrows(IllegalArgumentException.class, () -> kit.interpreter().call(y, List.of(NDArray.of(new double[4], 4))));
    }

    @Test
    void anUnboundDimensionCanBeGivenExplicitly() {
        ProgramKit kit = new ProgramKit();
        Definition s = kit.value("s", dimValue("H"), shape());
        Interpreter in = kit.interpreter();
        assertThrows(IllegalArgumentException.class, () -> in.call(s, List.of()));
        assertEquals(NDArray.scalar(5), in.call(s, List.of(), Map.of("H", 5)));
    }

    @Test
    void constantTermsEvaluateWithoutInputs() {
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("x", D);
        Interpreter in = kit.interpreter();
        assertEquals(1e-5, in.evaluateConstant(pow(lit(10), neg(lit(5)))).get(), 1e-20);
        assertThrows(IllegalArgumentException.class, () -> in.evaluateConstant(ref(x)));
        assertThrows(IllegalArgumentException.class, () -> in.evaluateConstant(dimValue("d")));
    }

    @Test
    void aResultContradictingShapeInferenceIsAnInternalError() {
        ProgramKit kit = new ProgramKit();
        Input x = kit.input("x", D);
        Definition y = kit.value("y", ref(x), shape(D, D), x);
        assertThrows(IllegalStateException.class, () -> kit.interpreter().call(y, List.of(NDArray.of(new double[2], 2))));
    }
}
