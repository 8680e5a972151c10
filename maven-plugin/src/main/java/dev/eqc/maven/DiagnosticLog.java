package dev.eqc.maven;

import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.DiagnosticRenderer;
import dev.eqc.compiler.diag.Severity;
import dev.eqc.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes diagnostics to the Maven log, errors as {@code [ERROR]} and warnings as
 * {@code [WARNING]} lines. Each starts with {@code path:LINE:COL:} (the path relative to
 * the project base directory), the form IDEs and CI log viewers turn into links, followed by
 * the rustc-style excerpt and help of {@link DiagnosticRenderer}.
 */
final class DiagnosticLog {
    private final Log log;
    private final DiagnosticRenderer renderer = new DiagnosticRenderer(false);
    private int errors;
    private int warnings;
    private final List<String> errorHeadlines = new ArrayList<>();

    DiagnosticLog(Log log) {
        this.log = log;
    }

    /** {@code src/main/eqc/attention.eq:3:59: error[E0301]: cannot multiply …}. */
    static String headline(Diagnostic d) {
        SourceFile src = d.source();
        int offset = d.span().start();
        return src.name() + ":" + src.line(offset) + ":" + src.column(offset) + ": "
                + d.severity().label() + "[" + d.code() + "]: " + d.message();
    }

    void report(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            boolean error = d.severity() == Severity.ERROR;
            List<String> lines = new ArrayList<>();
            lines.add(headline(d));
            String[] rendered = renderer.text(d).split("\\R");
            // The renderer's first line is the headline without its location and the second the
            // location alone; the headline above carries both.
            for (int i = 1; i < rendered.length; i++) {
                if (i == 1 && rendered[i].trim().startsWith("-->")) {
                    continue;
                }
                lines.add(rendered[i]);
            }
            for (String line : lines) {
                if (error) {
                    log.error(line);
                } else {
                    log.warn(line);
                }
            }
            if (error) {
                errors++;
                errorHeadlines.add(lines.get(0));
            } else {
                warnings++;
            }
        }
    }

    /** An error that is not a diagnostic of the compiler (an unreadable file), one line. */
    void error(String line) {
        log.error(line);
        errors++;
        errorHeadlines.add(line);
    }

    /** The compiler threw instead of reporting: a bug in eqc, named with the file that shows it. */
    void crash(EqInput input, RuntimeException e) {
        error(input.displayPath() + ": error: eqc failed on this file (a bug in eqc, please report it): " + e);
        log.debug(e);
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return warnings;
    }

    /** The first line of every error, for the build failure message. */
    List<String> errorHeadlines() {
        return List.copyOf(errorHeadlines);
    }
}
