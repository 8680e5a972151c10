package dev.eqc.compiler.codegen;

import dev.eqc.compiler.resolve.Definition;
import dev.eqc.compiler.shape.Dim;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.shape.TypedProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Text for generated Javadoc and comments: LaTeX made safe for Java comments, and signatures. */
final class Javadocs {
    private Javadocs() {}

    /**
     * LaTeX inside a Java comment: {@code \\u} would start a Unicode escape and a closing
     * comment token would end the comment early, so both are broken up.
     */
    static String latex(String s) {
        return s.replace("\\u", "\\\\u").replace("*/", "*&#47;").replace("$", "$$");
    }

    /** Plain comment text, with JavaPoet's {@code $} escaped. */
    static String text(String s) {
        return s.replace("\\u", "\\\\u").replace("*/", "*&#47;").replace("$", "$$");
    }

    /** {@code attention(Q[n,d_k], K[m,d_k], V[m,d_v]) -> [n,d_v]}. */
    static String signature(TypedProgram typed, Definition d, List<String> paramNames) {
        List<Shape> shapes = typed.signature(d);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            parts.add(paramNames.get(i) + compact(shapes.get(i)));
        }
        return d.javaName() + "(" + String.join(", ", parts) + ") -> " + compactOrScalar(typed.resultShape(d));
    }

    static String compact(Shape s) {
        return s.isScalar() ? "" : s.dims().stream().map(Dim::toString).collect(Collectors.joining(",", "[", "]"));
    }

    static String compactOrScalar(Shape s) {
        return s.isScalar() ? "[]" : compact(s);
    }
}
