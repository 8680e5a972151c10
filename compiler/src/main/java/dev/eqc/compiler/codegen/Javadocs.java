package dev.eqc.compiler.codegen;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.shape.TypedProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Text for generated Javadoc and comments: LaTeX made safe for Java comments, and signatures. */
final class Javadocs {
    private Javadocs() {}

    /**
     * LaTeX (or any text from the source) for a {@code //} comment or a Javadoc {@code {@code …}}:
     * made inert by {@link JavaText#comment}. Pass it to JavaPoet as a {@code $L} argument, never
     * inside a format string.
     */
    static String latex(String s) {
        return JavaText.comment(s);
    }

    /** Same as {@link #latex}, for text that is not LaTeX (names, signatures, file names). */
    static String text(String s) {
        return JavaText.comment(s);
    }

    /** LaTeX of several lines for a Javadoc {@code <pre>} block: each line made inert, the lines kept. */
    static String latexLines(String s) {
        return s.lines().map(JavaText::comment).collect(Collectors.joining("\n"));
    }

    /**
     * A comment from the source as Javadoc prose: each line made inert by {@link JavaText#comment},
     * then HTML's special characters and a line-leading {@code @} (a block tag) written as entities,
     * so the prose renders as written.
     */
    static String prose(String s) {
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\\R", -1)) {
            String t = JavaText.comment(line).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            lines.add(t.stripLeading().startsWith("@") ? t.replaceFirst("@", "&#64;") : t);
        }
        return String.join("\n", lines);
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
