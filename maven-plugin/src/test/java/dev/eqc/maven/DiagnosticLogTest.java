package dev.eqc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class DiagnosticLogTest {
    /** Keeps what would be logged, level first. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }
    }

    private static final String ATTENTION = "Q \\in \\mathbb{R}^{n \\times d_k}, K \\in \\mathbb{R}^{m \\times d_k},"
            + " V \\in \\mathbb{R}^{m \\times d_v}\n"
            + "\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QV^T}{\\sqrt{d_k}}\\right)V\n";

    @Test
    void anErrorStartsWithItsLocationAndEndsWithItsHelp() {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("src/main/eqc/attention.eq", ATTENTION), Options.forClass("Attention"), diagnostics);
        RecordingLog log = new RecordingLog();
        DiagnosticLog out = new DiagnosticLog(log);
        out.report(diagnostics.sorted());

        assertEquals(1, out.errors());
        assertTrue(log.lines.get(0).startsWith(
                "[ERROR] src/main/eqc/attention.eq:2:59: error[E0301]: cannot multiply [n, d_k] by [d_v, m]"), log.lines.get(0));
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[ERROR]   = help: K has shape [m, d_k]")), log.lines.toString());
        assertTrue(log.lines.stream().noneMatch(l -> l.contains("-->")), "the location is said once, up front");
        assertEquals(List.of(log.lines.get(0).substring("[ERROR] ".length())), out.errorHeadlines());
    }

    @Test
    void aWarningIsLoggedAsAWarning() {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("src/main/eqc/one.eq", "y = \\mathrm{softmax}(QK^T)V\n"), Options.forClass("One"),
                diagnostics);
        RecordingLog log = new RecordingLog();
        DiagnosticLog out = new DiagnosticLog(log);
        out.report(diagnostics.sorted());
        assertEquals(0, out.errors());
        assertTrue(out.warnings() > 0);
        assertTrue(log.lines.get(0).matches("\\[WARNING] src/main/eqc/one\\.eq:1:\\d+: warning\\[W\\d+]: .*"), log.lines.get(0));
    }
}
