package dev.eqc.compiler.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPEC 3.2, product by product: the result shape of the main definition for each way of
 * writing a product. (A regression here once turned GELU's {@code 0.5x\left(1 + …\right)}
 * into a dot product.)
 */
class ProductRulesTest {
    private static final String DECLS = "x, u, v \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{h \\times d}, "
            + "A \\in \\mathbb{R}^{d \\times h}, \\alpha \\in \\mathbb{R}\n";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "y = 0.5x\\left(1 + \\tanh(x)\\right) | [d]",
        "y = x(1 + x) | [d]",
        "y = x \\tanh(x) | [d]",
        "y = u \\cdot v | []",
        "y = u^\\top v | []",
        "y = -u^\\top v | []",
        "y = u v^\\top | [d, d]",
        "y = W x | [h]",
        "y = x A | [h]",
        "y = x^\\top A | [h]",
        "y = W A | [h, h]",
        "y = \\alpha x | [d]",
        "y = \\alpha \\cdot W | [h, d]",
        "y = u \\odot v | [d]",
    })
    void productMeaning(String statement, String shape) {
        Diagnostics d = new Diagnostics();
        TypedProgram typed = EqCompiler.check(new SourceFile("t.eq", DECLS + statement + "\n"), Options.forClass("T"), d)
                .orElseThrow(() -> new AssertionError(d.all().toString()));
        assertEquals(shape, typed.resultShape(typed.program().main()).toString());
    }
}
