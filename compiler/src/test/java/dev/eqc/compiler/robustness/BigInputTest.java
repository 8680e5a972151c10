package dev.eqc.compiler.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.run.InMemoryJavaCompiler;
import dev.eqc.compiler.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Big and adversarial files: checking is linear in their size, and a file of thousands of
 * definitions or of very long sums gives Java that javac compiles with its default stack and
 * within the class file's limits — or a located diagnostic, never javac's StackOverflowError or
 * "too many constants". The timeouts are not speed measurements: they are an order of magnitude
 * above what the linear passes take, and far below what the quadratic ones they guard against
 * took (a 50 MB file of comments: 371 s; 3,000 chained definitions: 11 minutes).
 */
class BigInputTest {
    private static List<GeneratedFile> translate(String name, String text) {
        Diagnostics diagnostics = new Diagnostics();
        List<GeneratedFile> files = EqCompiler.translate(new SourceFile(name, text), Options.forClass("Big"), diagnostics);
        assertFalse(diagnostics.hasErrors(), () -> diagnostics.all().stream().limit(3).toList().toString());
        return files;
    }

    /** Compiles with the JDK's compiler as a build would, main class and tests together. */
    private static void compiles(List<GeneratedFile> files) throws Exception {
        List<Path> junit = List.of(
                Path.of(InMemoryJavaCompiler.codeSource(org.junit.jupiter.api.Test.class)),
                Path.of(InMemoryJavaCompiler.codeSource(org.apiguardian.api.API.class)));
        InMemoryJavaCompiler.compile(files, junit, BigInputTest.class.getClassLoader());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twentyMegabytesOfCommentsCheck() {
        StringBuilder text = new StringBuilder("x \\in \\mathbb{R}^{d}\n");
        String line = "% " + "c".repeat(97) + "\n";
        while (text.length() < 20_000_000) {
            text.append(line);
        }
        text.append("y = x + 1\n");
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(EqCompiler.check(new SourceFile("comments.eq", text.toString()), Options.forClass("C"), diagnostics)
                .isPresent(), diagnostics.all()::toString);
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void threeThousandChainedDefinitionsTranslateAndCompile() throws Exception {
        String text = "x \\in \\mathbb{R}^{d}\ny_{0} = x\n" + IntStream.rangeClosed(1, 3000)
                .mapToObj(i -> "y_{" + i + "} = y_{" + (i - 1) + "} + 1").collect(Collectors.joining("\n")) + "\n";
        List<GeneratedFile> files = translate("chain.eq", text);
        assertEquals(2, files.size());
        compiles(files);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void longSumsCompileWithoutOverflowingJavacsStack() throws Exception {
        String text = "x \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{d \\times d}\n"
                + "y = " + terms(300, i -> i + " x") + "\n"
                + "z = " + terms(300, i -> i + " W x") + "\n"
                + "s = " + terms(600, i -> "\\tanh(" + i + " x)") + "\n"
                + "q_i = " + terms(500, i -> "x_i^{" + (i % 5) + "}") + "\n"
                + "r = " + terms(300, i -> "\\mathrm{softmax}(" + i + " W x)") + "\n"
                + "u = " + terms(400, i -> "x^{" + (i % 3) + "}") + "\n";
        compiles(translate("sums.eq", text));
    }

    @Test
    void aStatementBeyondTheTokenLimitIsALocatedError() {
        String text = "x \\in \\mathbb{R}^{d}\ny = " + terms(3000, i -> "\\tanh(" + i + " x)") + "\n";
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.translate(new SourceFile("huge.eq", text), Options.forClass("Huge"), diagnostics);
        assertTrue(diagnostics.all().stream().anyMatch(d -> d.code() == Code.E0003), diagnostics.all()::toString);
    }

    private static String terms(int n, java.util.function.IntFunction<String> term) {
        return IntStream.rangeClosed(1, n).mapToObj(term).collect(Collectors.joining(" + "));
    }
}
