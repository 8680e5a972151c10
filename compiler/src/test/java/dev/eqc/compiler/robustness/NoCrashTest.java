package dev.eqc.compiler.robustness;

import static org.junit.jupiter.api.Assertions.fail;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The no-crash contract: whatever the input, translation ends in diagnostics or code, never in
 * an exception. Every truncation of every example, and seeded random mutations of it, go
 * through the whole pipeline, test generation included.
 */
class NoCrashTest {
    private static final String[] PIECES = {"(", ")", "{", "}", "[", "]", "_", "^", "\\frac", "\\sum_", "x", "i", "=",
        "\\in", "\\mathbb{R}^{n}", ",", "\\\\", "&", "|", "\\left(", "\\right)", "'", "-", "2", "\\begin{cases}",
        "\\end{cases}", "\\sqrt", "\\mathrm{softmax}", "\\odot", "W_{ij}", "\n", "%", "\\hat", "\\|", "e^", "\\cdot"};

    static Stream<Path> examples() throws IOException {
        String root = System.getProperty("eqc.repo.root", "..");
        Path dir = Path.of(root, "examples");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("..", "examples");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".eq")).sorted().toList().stream();
        }
    }

    private static void survive(String label, String text) {
        try {
            Diagnostics d = new Diagnostics();
            EqCompiler.translate(new SourceFile("fuzz.eq", text), Options.forClass("Fuzz"), d);
        } catch (RuntimeException | StackOverflowError e) {
            fail(label + " crashed with " + e + " on input:\n" + text, e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyTruncationAndMutationGivesDiagnostics(Path example) throws IOException {
        String text = Files.readString(example);
        for (int cut = 0; cut <= text.length(); cut += Math.max(1, text.length() / 60)) {
            survive("truncation at " + cut, text.substring(0, cut));
        }
        SplittableRandom rng = new SplittableRandom(example.getFileName().toString().hashCode());
        for (int n = 0; n < 150; n++) {
            StringBuilder b = new StringBuilder(text);
            int edits = 1 + rng.nextInt(3);
            for (int e = 0; e < edits && b.length() > 0; e++) {
                int at = rng.nextInt(b.length());
                switch (rng.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, PIECES[rng.nextInt(PIECES.length)]);
                    default -> b.setCharAt(at, (char) (32 + rng.nextInt(95)));
                }
            }
            survive("mutation " + n, b.toString());
        }
    }

    /** Random streams of the language's own tokens, the inputs most likely to reach deep into the passes. */
    @Test
    void randomTokenStreamsGiveDiagnostics() {
        SplittableRandom rng = new SplittableRandom(2026);
        String[] decls = {"x \\in \\mathbb{R}^{n}\n", "W \\in \\mathbb{R}^{m \\times n}\n", ""};
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder(decls[rng.nextInt(decls.length)]).append("y = ");
            int length = 1 + rng.nextInt(25);
            for (int k = 0; k < length; k++) {
                b.append(PIECES[rng.nextInt(PIECES.length)]).append(rng.nextInt(4) == 0 ? " " : "");
            }
            survive("token stream " + n, b.toString());
        }
    }

    @Test
    void pathologicalInputsGiveDiagnostics() {
        for (String text : List.of("", "\u0000\u0001\u0002", "((((((", "}}}}", "\\", "x_", "x^", "\\frac{", "= = =",
                "\\begin{cases} x \\end{cases}", "y = " + "(".repeat(5000) + "x" + ")".repeat(5000),
                "y = " + "\\frac{1}{".repeat(3000) + "x" + "}".repeat(3000),
                "y = " + "x + ".repeat(100_000) + "x", "\\unknowncommand{x}", "y_i = y_i + 1", "f(x) = f(x)")) {
            survive("pathological input", text);
        }
    }

    @Test
    void inputsThatOnceCrashedGiveDiagnostics() {
        // Found by mutating papers/fresh: a product with an operand of no shape (ProductRule read its shape
        // anyway), a generic family called whole (its element indices were left unbound), D^{-1/2} of a sampled
        // full matrix and a range a sampled count empties (test generation threw), C/r sampled as 3/2, a size bound to an expression of itself.
        for (String text : List.of(
                "x, y \\in \\mathb{R}^{N \\times C}\n\\mu_{nc}(x) = \\frac{1}{H} \\sum_{h=1}^{H} x_{nch}\n"
                        + "A(x, y) \\sum_gma(y) \\left(\\frac{x - \\mu(x)}{\\sigma(x)}\\right) + \\mu(y)\n",
                "\\mu_{nc}(x) = \\frac{1}{HW} \\sum_{h=1}^{H} \\sum_{w=1}^{W} x_{nchw}\n"
                        + "A(x) = x - \\mu(x)\n",
                "A \\in \\mathbb{R}^{n \\times n}, E \\in \\mathbb{R}^{n \\times T}\n"
                        + "F = (D^{-\\frac{1}{2}} A D^{-\\frac{1}{2}}) E\n",
                "r \\in \\mathbb{R}^{T}, k \\in \\mathbb{N}\nR_t = \\sum_{i=0}^{k-1} r_{t+i}\n",
                "z \\in \\mathbb{R}^{C}, W \\in \\mathbb{R}^{\\frac{C}{r} \\times C}\ns = W z\n",
                // two strided parts whose ranges say d = 2d: the unifier bound a size to an expression of itself
                "PE_{p,2i} = \\sin(\\frac{p}{10000^{\\frac{2i}{d}}})\nPE_{p,2i+1} = \\cos(\\frac{p}{10000^{\\frac{i}{d}}})\n")) {
            survive("once crashed", text);
        }
    }
}
