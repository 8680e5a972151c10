package dev.eqc.compiler.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.codegen.JavaText;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.testkit.GeneratedTests;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text in every place user text lands in generated Java (comments above and beside
 * definitions, labels and tags inside the LaTeX that is quoted in Javadoc and in the body's
 * comments, constants, file names) never becomes code: the output compiles, its class loads,
 * its generated tests run and pass, no payload's code is in javac's syntax tree, and none ran.
 *
 * <p>Each payload tries to leave a comment the ways javac's lexer allows — Unicode escapes of
 * {@code *}{@code /} and of line terminators behind every backslash run, raw line separators,
 * JavaPoet's format characters — and then to run {@code System.setProperty("eqc.pwned", …)}.
 */
class InjectionTest {
    private static final String PROPERTY = "eqc.pwned";
    private static final String BS = "\\";
    private static final String CLASS_CODE = "static final Object PWNED = System.setProperty(\"" + PROPERTY + "\", \"class\");";
    private static final String STATEMENT_CODE = "System.setProperty(\"" + PROPERTY + "\", \"statement\");";

    /** Ways out of a block comment or Javadoc, each followed by class-level code. */
    private static List<String> blockBreakouts() {
        List<String> out = new ArrayList<>();
        out.add("*/ " + CLASS_CODE + " /**");
        for (int run = 1; run <= 6; run++) {
            out.add(BS.repeat(run) + "u002a/ " + CLASS_CODE + " /**");
            out.add(BS.repeat(run) + "uuu002A" + BS + "u002F " + CLASS_CODE + " /**");
        }
        out.add(BS + "u005cu002a/ " + CLASS_CODE + " /**");
        out.add("*" + BS + "u002f " + CLASS_CODE + " /**");
        return out;
    }

    /** Ways out of a line comment, each followed by a statement. */
    private static List<String> lineBreakouts() {
        List<String> out = new ArrayList<>();
        for (int run = 1; run <= 6; run++) {
            out.add(BS.repeat(run) + "u000a " + STATEMENT_CODE + " //");
            out.add(BS.repeat(run) + "u000D " + STATEMENT_CODE + " //");
            out.add(BS.repeat(run) + "u000d" + BS + "u000a " + STATEMENT_CODE + " //");
        }
        out.add("\u2028 " + STATEMENT_CODE + " //");
        out.add("\u2029 " + STATEMENT_CODE + " //");
        out.add("\u0085 " + STATEMENT_CODE + " //");
        out.add("\u000b\u000c " + STATEMENT_CODE + " //");
        return out;
    }

    /** Text JavaPoet or a terminal might read: format characters, controls, bidi overrides, a trailing backslash. */
    private static List<String> oddities() {
        return List.of("$L $S $T $N $$ $1L $> $< $[ $] $W $Z", "\u001b[31mred\u0007\u0000", "\u202eevil\u202c \ufeff",
                "a" + BS, "ends with a backslash " + BS + BS + BS, "</pre> {@code } <script>", "@param x @return");
    }

    static Stream<String> payloads() {
        return Stream.of(blockBreakouts(), lineBreakouts(), oddities()).flatMap(List::stream);
    }

    /**
     * A file with the payload in every place it can stand: comments above and beside
     * definitions (Javadoc), a label inside a definition's LaTeX (the Javadoc's LaTeX and the
     * body's comments, also inside a fused loop), beside a constant and beside a function.
     */
    private static String hostileFile(String payload) {
        String inLabel = payload.replaceAll("[{}\\r\\n]", "");
        return "% " + payload + "\n"
                + "x \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{d \\times d} % " + payload + "\n"
                + "\\epsilon = 10^{-5} % " + payload + "\n"
                + "% " + payload + "\n"
                + "y = x \\label{" + inLabel + "} + \\epsilon % " + payload + "\n"
                + "% " + payload + "\n"
                + "z_i = \\tanh(x_i) \\tag{" + inLabel + "} \\cdot 2\n"
                + "% " + payload + "\n"
                + "\\mathrm{f}(v) = W v \\label{" + inLabel + "} + v\n"
                + "L = \\sum_i x_i^2 \\label{" + inLabel + "}\n"
                + "g = \\nabla_{x} L % " + payload + "\n";
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(PROPERTY);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("payloads")
    void payloadInEveryPlaceStaysInert(String payload) throws Exception {
        String fileName = "eq" + payload.replaceAll("[/\\x00]", "") + ".eq";
        SourceFile source = new SourceFile(fileName, hostileFile(payload));
        Diagnostics diagnostics = new Diagnostics();
        String className = JavaNames.className(fileName.substring(0, fileName.length() - 3));
        List<GeneratedFile> files = EqCompiler.translate(source, new Options(className, "gen.hostile",
                dev.eqc.compiler.Precision.FLOAT, true), diagnostics);
        assertFalse(diagnostics.hasErrors(), () -> "the hostile file must translate, so the payload reaches the output: "
                + diagnostics.all());
        assertEquals(2, files.size());
        if (payload.contains("setProperty")) {
            assertTrue(files.get(0).source().contains("setProperty"),
                    "the payload is quoted in the output's comments (or this test would prove nothing)");
        }
        for (GeneratedFile f : files) {
            assertNoPayloadInSyntaxTree(f);
        }
        assertTrue(GeneratedTests.compileAndPass(files) >= 4, "the generated tests ran");
        assertNull(System.getProperty(PROPERTY), "a payload ran");
    }

    @Test
    void everyPayloadIsQuotedInTheJavadocAndTheBody() throws Exception {
        // The file above puts the payload where it matters: prove the places are real by finding
        // a payload-free marker in the method Javadoc and in a body comment.
        SourceFile source = new SourceFile("marker.eq", hostileFile("MARKER"));
        Diagnostics diagnostics = new Diagnostics();
        List<GeneratedFile> files = EqCompiler.translate(source, Options.forClass("Marker"), diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.all()::toString);
        String main = files.get(0).source();
        assertTrue(main.contains("* MARKER"), "comment above a definition in its Javadoc:\n" + main);
        assertTrue(main.lines().anyMatch(l -> l.strip().startsWith("//") && l.contains("\\label{MARKER}")),
                "the definition's LaTeX in a body comment:\n" + main);
        assertTrue(main.lines().anyMatch(l -> l.strip().startsWith("*") && l.contains("\\tag{MARKER}")),
                "the definition's LaTeX in its Javadoc:\n" + main);
    }

    @Test
    void commentTextHasNoUnicodeEscapeNoLineBreakAndNoCommentEnd() {
        for (String p : payloads().toList()) {
            String safe = JavaText.comment(p);
            assertFalse(safe.contains("*/"), safe);
            assertTrue(safe.chars().noneMatch(c -> c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85
                    || c < 0x20 || c == 0x7f || c == 0x202e), safe);
            // javac's rule: a backslash preceded by an even number of backslashes, followed by 'u'.
            for (int i = 0; i < safe.length(); i++) {
                if (safe.charAt(i) == 'u') {
                    int run = 0;
                    while (i - run - 1 >= 0 && safe.charAt(i - run - 1) == '\\') {
                        run++;
                    }
                    assertEquals(0, run % 2, () -> "an eligible Unicode escape in " + safe);
                }
            }
            assertFalse(safe.endsWith("\\"), safe);
        }
        assertEquals("\\frac{a}{b} \\\\underset \\alpha", JavaText.comment("\\frac{a}{b} \\underset \\alpha"));
        assertEquals("σ(x) ⊙ W", JavaText.comment("σ(x) ⊙ W"), "non-ASCII stays plain UTF-8");
    }

    /** javac's own parse of the generated file contains no call and no literal from a payload. */
    private static void assertNoPayloadInSyntaxTree(GeneratedFile f) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("mem:///" + f.relativePath()), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return f.source();
            }
        };
        JavacTask task = (JavacTask) javac.getTask(new StringWriter(), null, d -> { }, List.of("-proc:none"), null,
                List.of(unit));
        List<String> found = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMemberSelect(MemberSelectTree node, Void unused) {
                if (node.getIdentifier().contentEquals("setProperty")) {
                    found.add(node.toString());
                }
                return super.visitMemberSelect(node, unused);
            }

            @Override
            public Void visitLiteral(LiteralTree node, Void unused) {
                if (String.valueOf(node.getValue()).contains(PROPERTY)) {
                    found.add(node.toString());
                }
                return super.visitLiteral(node, unused);
            }
        }.scan(task.parse(), null);
        assertTrue(found.isEmpty(), () -> "payload code in " + f.relativePath() + ": " + found + "\n" + f.source());
    }
}
