package dev.eqc.compiler.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every entry of the built-in table says everything its kind needs: a reference meaning, a loop
 * form for element-wise ones (with its kernel, written-out form or expansion), a structure for
 * the structural ones, spellings that find it, and a derivative with one adjoint per argument.
 * The formulas are printed through a small algebra, so each is exercised without a pass.
 */
class BuiltinTableTest {
    @ParameterizedTest
    @EnumSource(Builtin.class)
    void entryIsComplete(Builtin b) {
        switch (b.kind()) {
            case UNARY -> {
                assertNotNull(b.unary(), "reference meaning");
                assertNotNull(b.loopForm(), "loop form");
                switch (b.loopForm()) {
                    case BLOCK -> assertNotNull(b.blockKernel());
                    case SCALAR -> assertTrue(b.scalarForm().isPresent());
                    case INLINE -> assertNotNull(b.inlineForm());
                    case EXPANDED -> assertNotNull(b.expansion(new Printer(), "x"));
                }
                assertEquals(b.unary().applyAsDouble(0.3), b.unary().applyAsDouble(0.3), "deterministic");
            }
            case BINARY -> assertNotNull(b.binary(), "reference meaning");
            case LAST_AXIS -> {
                double[] out = new double[3];
                b.applyToRow(new double[] {0.5, -1, 2}, 0, 3, out);
                assertTrue(Double.isFinite(out[0]));
            }
            case REDUCE_LAST -> assertTrue(Double.isFinite(b.reduceRow(new double[] {0.5, -1, 2}, 0, 3)));
            case STRUCTURAL -> assertNotNull(b.structure());
        }
        if (b.loopForm() != LoopForm.EXPANDED) {
            assertNull(b.expansion(new Printer(), "x"), "only expanded built-ins have an expansion");
        }
        for (String word : Builtin.wordSpellings()) {
            assertTrue(Builtin.lookup(word).isPresent(), word);
        }
    }

    @ParameterizedTest
    @EnumSource(Builtin.class)
    void derivativeHasOneAdjointPerArgumentOrNone(Builtin b) {
        int arity = b.arity() < 0 ? 3 : b.arity();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            args.add("x" + i);
        }
        List<String> adjoints = b.adjoints(new Printer(), "g", args, "y");
        boolean none = b == Builtin.FLOOR || b == Builtin.CEIL || b == Builtin.ROUND || b == Builtin.SIGN || b == Builtin.ARGMAX
                || b == Builtin.ARGMIN
                || b == Builtin.DET // no rule yet: the gradient pass stops with E0501 before asking for one
                || b == Builtin.STOP_GRADIENT; // the gradient pass ends the path there, a zero adjoint
        if (none) {
            assertNull(adjoints, b + " has no useful derivative");
        } else {
            assertEquals(arity, adjoints.size(), b.toString());
            adjoints.forEach(a -> assertTrue(a.contains("g"), b + ": " + a));
        }
    }

    /** Formulas as text. */
    private static final class Printer implements Gradients<String> {
        public String lit(double v) {
            return Double.toString(v);
        }

        public String add(String a, String b) {
            return "(" + a + " + " + b + ")";
        }

        public String sub(String a, String b) {
            return "(" + a + " - " + b + ")";
        }

        public String mul(String a, String b) {
            return "(" + a + " * " + b + ")";
        }

        public String div(String a, String b) {
            return "(" + a + " / " + b + ")";
        }

        public String neg(String a) {
            return "-" + a;
        }

        public String square(String a) {
            return a + "^2";
        }

        public String call(Builtin fn, String x) {
            return fn + "(" + x + ")";
        }

        public String gt(String a, String b) {
            return "[" + a + " > " + b + "]";
        }

        public String ge(String a, String b) {
            return "[" + a + " >= " + b + "]";
        }

        public String lt(String a, String b) {
            return "[" + a + " < " + b + "]";
        }

        public String le(String a, String b) {
            return "[" + a + " <= " + b + "]";
        }

        public String eq(String a, String b) {
            return "[" + a + " = " + b + "]";
        }

        public String select(String c, String a, String b) {
            return "(" + c + " ? " + a + " : " + b + ")";
        }

        public String keep(String reduced) {
            return "keep(" + reduced + ")";
        }

        public String sumBack(String g, String like) {
            return "sumBack(" + g + ", " + like + ")";
        }

        public String axisLength() {
            return "n";
        }

        public boolean scalarArgument() {
            return false;
        }

        public String sliceLast(String g, List<String> before, String part) {
            return "slice(" + g + ", " + before + ", " + part + ")";
        }
    }
}
