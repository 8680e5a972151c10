package dev.eqc.compiler.grad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.run.InMemoryJavaCompiler;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.runtime.Tensor;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated gradient methods, compiled in memory, against gradients worked out by hand. */
class GradientMethodsTest {
    private static final String LEAST_SQUARES = "X \\in \\mathbb{R}^{n \\times d}, w \\in \\mathbb{R}^{d},"
            + " y \\in \\mathbb{R}^{n}\nL = \\frac{1}{2}\\|X w - y\\|^2\n";

    private static Class<?> compile(String source, Options options) throws Exception {
        Diagnostics d = new Diagnostics();
        List<GeneratedFile> files = EqCompiler.translate(new SourceFile("t.eq", source), options, d);
        assertTrue(!d.hasErrors(), d.all().toString());
        return InMemoryJavaCompiler.compile(List.of(files.get(0)), List.of(), GradientMethodsTest.class.getClassLoader())
                .loadClass(options.className());
    }

    @Test
    void gradWithRespectToEveryInputReturnsOneRecord() throws Exception {
        Options options = new Options("Ls", "", Precision.DOUBLE, false).withGradientOf("L");
        Class<?> c = compile(LEAST_SQUARES, options);
        Tensor x = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2);
        Tensor w = Tensor.of(new double[] {0.5, -1}, 2);
        Tensor y = Tensor.of(new double[] {1, 0, 2}, 3);
        Method m = c.getMethod("lWithGradients", Tensor.class, Tensor.class, Tensor.class);
        Object bundle = m.invoke(null, x, w, y);
        // r = X w - y = [-1.5 - 1, -2.5, -3.5 - 2] = [-2.5, -2.5, -5.5]; L = (6.25 + 6.25 + 30.25) / 2
        Tensor value = (Tensor) bundle.getClass().getMethod("value").invoke(bundle);
        assertEquals(21.375, value.getFlat(0), 1e-12);
        // dL/dw = X^T r = [1*-2.5 + 3*-2.5 + 5*-5.5, 2*-2.5 + 4*-2.5 + 6*-5.5]
        Tensor gw = (Tensor) bundle.getClass().getMethod("w").invoke(bundle);
        assertArrayEquals(new double[] {-37.5, -48.0}, gw.toDoubleArray(), 1e-12);
        // dL/dy = -r; dL/dX = r w^T
        Tensor gy = (Tensor) bundle.getClass().getMethod("y").invoke(bundle);
        assertArrayEquals(new double[] {2.5, 2.5, 5.5}, gy.toDoubleArray(), 1e-12);
        Tensor gx = (Tensor) bundle.getClass().getMethod("X").invoke(bundle);
        assertArrayEquals(new double[] {-1.25, 2.5, -1.25, 2.5, -2.75, 5.5}, gx.toDoubleArray(), 1e-12);
    }

    @Test
    void aDefinitionMayUseAGradientLikeAGradientDescentStep() throws Exception {
        Class<?> c = compile(LEAST_SQUARES + "\\eta = 0.1\ng = \\nabla_{w} L\nw' = w - \\eta g\n",
                new Options("Sgd", "", Precision.DOUBLE, false));
        Tensor x = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2);
        Tensor w = Tensor.of(new double[] {0.5, -1}, 2);
        Tensor y = Tensor.of(new double[] {1, 0, 2}, 3);
        Tensor next = (Tensor) c.getMethod("w_prime", Tensor.class, Tensor.class, Tensor.class).invoke(null, x, w, y);
        // dL/dw = X^T r = [-37.5, -48]
        assertArrayEquals(new double[] {0.5 + 3.75, -1 + 4.8}, next.toDoubleArray(), 1e-12);
    }

    @Test
    void batchAxesAreIndependentProblems() throws Exception {
        Class<?> c = compile(LEAST_SQUARES + "g = \\nabla_{w} L\n", new Options("Ls", "", Precision.DOUBLE, false));
        Method g = c.getMethod("g", Tensor.class, Tensor.class, Tensor.class);
        Tensor x = Tensor.of(new double[] {1, 2, 3, 4, 5, 6, 1, 0, 0, 1, 1, 1}, 2, 3, 2);
        Tensor w = Tensor.of(new double[] {0.5, -1}, 2);
        Tensor y = Tensor.of(new double[] {1, 0, 2}, 3);
        Tensor both = (Tensor) g.invoke(null, x, w, y);
        assertArrayEquals(new int[] {2, 2}, both.shape());
        Tensor first = (Tensor) g.invoke(null, Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2), w, y);
        assertArrayEquals(first.toDoubleArray(), java.util.Arrays.copyOf(both.toDoubleArray(), 2), 1e-12);
    }

    @Test
    void gradOfAnUnknownOrNonScalarDefinitionIsADiagnostic() {
        Diagnostics unknown = new Diagnostics();
        EqCompiler.translate(new SourceFile("t.eq", LEAST_SQUARES), Options.forClass("T").withGradientOf("M"), unknown);
        assertTrue(unknown.all().stream().anyMatch(d -> d.code() == Code.E0111), unknown.all().toString());
        Diagnostics vector = new Diagnostics();
        EqCompiler.translate(new SourceFile("t.eq", LEAST_SQUARES + "r = X w - y\n"),
                Options.forClass("T").withGradientOf("r"), vector);
        assertTrue(vector.all().stream().anyMatch(d -> d.code() == Code.E0305), vector.all().toString());
    }
}
