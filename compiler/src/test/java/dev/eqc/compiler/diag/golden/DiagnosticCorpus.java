package dev.eqc.compiler.diag.golden;

import dev.eqc.compiler.diag.Code;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The wrong programs under {@code compiler/src/test/resources/diagnostics/} and the
 * expectations written inside them. A marker line {@code % ~ERROR E0301} (or
 * {@code % ~WARNING W0101}) concerns the nearest line above it that is not itself a marker, so
 * two diagnostics on one line are two marker lines in a row, as with rustc's {@code //~}.
 */
final class DiagnosticCorpus {
    /** A marker: optional indentation, {@code %}, {@code ~ERROR} or {@code ~WARNING}, a code. */
    private static final Pattern MARKER = Pattern.compile("^\\s*%\\s*~(ERROR|WARNING)\\s+([A-Z][0-9]{4})\\s*$");
    /** Anything that looks like a marker, so a misspelt one fails instead of being ignored. */
    private static final Pattern MARKER_LIKE = Pattern.compile("%.*~\\s*(ERROR|WARNING|error|warning)");

    private DiagnosticCorpus() {}

    /** One diagnostic a program expects: the code and the 1-based line its primary span starts on. */
    record Expectation(int line, Code code) implements Comparable<Expectation> {
        @Override
        public int compareTo(Expectation o) {
            return line != o.line ? Integer.compare(line, o.line) : code.compareTo(o.code);
        }

        @Override
        public String toString() {
            return "line " + line + ": " + code;
        }
    }

    /** The corpus directory in the source tree, so that an update writes goldens beside the inputs. */
    static Path root() {
        String prop = System.getProperty("eqc.repo.root");
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop).resolve("compiler/src/test/resources/diagnostics");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("src/test/resources/diagnostics");
    }

    /** Every {@code .eq} program of the corpus, by file name. */
    static List<Path> programs() {
        try (Stream<Path> files = Files.list(root())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String baseName(Path program) {
        String name = program.getFileName().toString();
        return name.substring(0, name.length() - ".eq".length());
    }

    static Path goldenOf(Path program) {
        return program.resolveSibling(baseName(program) + ".diag.golden");
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The expectations written in {@code text}, sorted. Throws for a malformed marker, a marker
     * with no line above it, or a severity word that does not match the code.
     */
    static List<Expectation> expectations(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Expectation> out = new ArrayList<>();
        int concerned = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            Matcher m = MARKER.matcher(lines[i]);
            if (!m.matches()) {
                if (MARKER_LIKE.matcher(lines[i]).find()) {
                    throw new IllegalArgumentException("line " + lineNo + ": malformed marker `" + lines[i]
                            + "`; write `% ~ERROR E0301` or `% ~WARNING W0101` on a line of its own");
                }
                concerned = lineNo;
                continue;
            }
            if (concerned == 0) {
                throw new IllegalArgumentException("line " + lineNo + ": a marker needs a line above it");
            }
            Code code;
            try {
                code = Code.valueOf(m.group(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNo + ": no diagnostic code " + m.group(2));
            }
            String severity = code.severity().name();
            if (!severity.equals(m.group(1))) {
                throw new IllegalArgumentException("line " + lineNo + ": " + code + " is a " + severity.toLowerCase()
                        + ", not a " + m.group(1).toLowerCase());
            }
            out.add(new Expectation(concerned, code));
        }
        out.sort(null);
        return out;
    }
}
