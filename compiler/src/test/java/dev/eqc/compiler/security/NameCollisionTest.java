package dev.eqc.compiler.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.testkit.GeneratedTests;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names that collide with Java keywords, {@code java.lang} classes, the runtime's classes and
 * JUnit's — as definitions and as the class name — still give code that compiles and whose
 * generated tests pass.
 */
class NameCollisionTest {
    private static final String COLLIDING = String.join("\n",
            "x \\in \\mathbb{R}^{d}, \\mathrm{Object} \\in \\mathbb{R}^{d}",
            "\\mathrm{Tensor}(v) = v + 1",
            "\\mathrm{class} = x + 2",
            "\\mathrm{Math} = \\exp(x)",
            "\\mathrm{int} = x \\cdot 2",
            "\\mathrm{Ops}(v) = \\tanh(v)",
            "\\mathrm{ShapeCheck} = \\mathrm{Tensor}(x)",
            "\\mathrm{DType} = x - 1",
            "\\mathrm{TensorAssert} = \\mathrm{Ops}(x)",
            "\\mathrm{Double} = x + \\mathrm{Math}",
            "\\mathrm{String} = x \\odot \\mathrm{Object}",
            "\\mathrm{Assertions} = x",
            "\\mathrm{Test} = \\sigma(x)",
            "\\mathrm{actual} = x",
            "\\mathrm{var} = x",
            "\\mathrm{record} = x",
            "\\mathrm{Fused} = x \\odot x",
            "\\mathrm{Parallel}_i = x_i^2",
            "\\mathrm{System} = \\sum_i x_i",
            "\\mathrm{out} = \\tanh(x)",
            "");

    @ParameterizedTest(name = "class {0}")
    @ValueSource(strings = {"Names", "class", "Tensor", "Math", "Ops", "ShapeCheck", "DType", "TensorAssert", "Double",
        "Object", "String", "System", "Test", "Assertions", "Fused", "Parallel", "int", "var", "_", "Integer"})
    void collidingNamesCompileAndTheirTestsPass(String requested) throws Exception {
        String className = JavaNames.typeName(requested);
        assertTrue(SourceVersion.isName(className), className);
        for (Precision p : Precision.values()) {
            List<GeneratedFile> files = GeneratedTests.translate("names.eq", COLLIDING,
                    new Options(className, "gen.names", p, true));
            assertEquals(className, files.get(0).className());
            assertTrue(GeneratedTests.compileAndPass(files) >= 30);
            List<GeneratedFile> inputs = GeneratedTests.translate("inputs.eq", COLLIDING_INPUTS,
                    new Options(className, "gen.inputs", p, true));
            assertTrue(GeneratedTests.compileAndPass(inputs) >= 8);
        }
    }

    /** Inputs named like the types generated code uses, through general and fused paths and a gradient. */
    private static final String COLLIDING_INPUTS = String.join("\n",
            "\\mathrm{Tensor}, \\mathrm{Ops}, \\mathrm{Math}, \\mathrm{Double}, \\mathrm{String} \\in \\mathbb{R}^{d}",
            "\\mathrm{ShapeCheck}, \\mathrm{DType}, \\mathrm{Fused}, \\mathrm{Parallel}, \\mathrm{VecMath} \\in \\mathbb{R}^{d}",
            "\\mathrm{TensorAssert}, \\mathrm{Assertions}, \\mathrm{Test}, \\mathrm{System} \\in \\mathbb{R}^{d \\times d}",
            "a = \\mathrm{Tensor} \\odot \\mathrm{Ops} + \\exp(\\mathrm{Math}) - \\mathrm{Double} / (1 + \\mathrm{String}^2)",
            "b = \\tanh(\\mathrm{ShapeCheck}) \\odot \\mathrm{DType} + \\mathrm{Fused} - \\mathrm{Parallel} \\odot \\mathrm{VecMath}",
            "c = \\mathrm{TensorAssert} \\mathrm{Tensor} + \\mathrm{Assertions}^T \\mathrm{Ops}",
            "e = \\mathrm{softmax}(\\mathrm{Test} \\mathrm{System})",
            "L = \\sum_i \\mathrm{Tensor}_i^2 \\mathrm{Ops}_i",
            "g = \\nabla_{\\mathrm{Tensor}} L",
            "");
}
