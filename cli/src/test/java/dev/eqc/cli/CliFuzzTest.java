package dev.eqc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the file and the options, the command line answers with diagnostics or a usage
 * message and exit 1 or 2 — never "internal error", "bug in eqc" or a stack trace.
 */
class CliFuzzTest {
    private static final String[] PIECES = {"(", ")", "{", "}", "_", "^", "\\frac", "\\sum_", "x", "i", "=", "\\in",
        "\\mathbb{R}^{n}", ",", "\\\\", "&", "|", "\\left(", "\\right)", "'", "-", "2", "\\nabla_", "W", "\\odot",
        "\\mathrm{softmax}", "\\begin{cases}", "\\end{cases}", "\n", "%", "\u001b", "\\u002a/", "\u0000", "é", "𝑥"};

    @TempDir
    Path dir;

    private static List<Path> examples() throws IOException {
        Path root = Path.of(System.getProperty("eqc.repo.root", ".."), "examples");
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(f -> f.toString().endsWith(".eq")).sorted().toList();
        }
    }

    private static void assertNoCrash(CliRun r, String what) {
        String all = r.out() + r.err();
        assertFalse(all.contains("internal error") || all.contains("bug in eqc") || all.contains("\tat ")
                || all.contains("Exception"), () -> what + "\n" + r.both());
        assertTrue(r.code() >= 0 && r.code() <= 2, () -> what + "\n" + r.both());
    }

    @Test
    void mutatedExamplesGiveDiagnosticsNotCrashes() throws IOException {
        SplittableRandom rng = new SplittableRandom(20261205);
        for (Path example : examples()) {
            String text = Files.readString(example);
            for (int n = 0; n < 4; n++) {
                StringBuilder b = new StringBuilder(text);
                for (int e = 0, edits = 1 + rng.nextInt(3); e < edits && b.length() > 0; e++) {
                    int at = rng.nextInt(b.length());
                    switch (rng.nextInt(3)) {
                        case 0 -> b.insert(at, PIECES[rng.nextInt(PIECES.length)]);
                        case 1 -> b.deleteCharAt(at);
                        default -> b.replace(at, Math.min(b.length(), at + 1 + rng.nextInt(4)),
                                PIECES[rng.nextInt(PIECES.length)]);
                    }
                }
                Path f = dir.resolve("m" + n + "_" + example.getFileName());
                Files.write(f, b.toString().getBytes(StandardCharsets.UTF_8));
                for (String command : List.of("check", "shapes", "parse")) {
                    assertNoCrash(CliRun.of(command, f.toString()), command + " " + b);
                }
                Path out = dir.resolve("out" + n);
                assertNoCrash(CliRun.of("translate", f.toString(), "-o", out.toString(), "-t", out.toString()),
                        "translate " + b);
            }
        }
    }

    @Test
    void oddOptionsGiveUsageErrorsNotCrashes() throws IOException {
        Path ffn = Path.of(System.getProperty("eqc.repo.root", ".."), "examples", "ffn.eq");
        List<List<String>> cases = new ArrayList<>();
        for (String dim : List.of("d_ff=0", "d_ff=-1", "d_ff=2147483648", "d_ff=1e9", "=3", "d_ff=", "d_ff", "nope=3",
                "d_{model}=46341")) {
            cases.add(List.of("bench", ffn.toString(), "--dim", "d_{model}=4", "--dim", dim, "--runs", "1", "--warmup",
                    "0"));
        }
        for (String batch : List.of("-1", "0", "3,-2", "100000,100000,100000", "x")) {
            cases.add(List.of("bench", ffn.toString(), "--dim", "d_{model}=4", "--dim", "d_ff=8", "--batch", batch));
        }
        cases.add(List.of("run", ffn.toString(), "--input", "x=", "--output", dir.resolve("o.npy").toString()));
        cases.add(List.of("run", ffn.toString(), "--input", "x=" + dir, "--output", dir.resolve("o.npy").toString()));
        cases.add(List.of("run", ffn.toString(), "--output", dir.toString()));
        cases.add(List.of("translate", ffn.toString(), "-o", ""));
        cases.add(List.of("translate", ffn.toString(), "-t", ""));
        cases.add(List.of("translate", ffn.toString(), "--class", ""));
        cases.add(List.of("translate", ffn.toString(), "--class", "9"));
        cases.add(List.of("translate", ffn.toString(), "--package", ""));
        cases.add(List.of("translate", ffn.toString(), "--grad", "nope"));
        cases.add(List.of("translate", "-e", ""));
        cases.add(List.of("explain", ""));
        cases.add(List.of("check", ""));
        cases.add(List.of("check", dir.toString()));
        for (List<String> c : cases) {
            assertNoCrash(CliRun.of(c.toArray(String[]::new)), String.join(" ", c));
        }
    }
}
