package dev.eqc.cli;

import dev.eqc.compiler.diag.DiagnosticRenderer;
import dev.eqc.compiler.diag.Diagnostics;
import java.io.PrintStream;

/** Prints diagnostics in the chosen format, in colour only on a terminal (SPEC 4). */
final class Reporting {
    private Reporting() {}

    static boolean colour() {
        return System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }

    static void print(Diagnostics diagnostics, DiagnosticRenderer.Format format, PrintStream text, PrintStream machine) {
        DiagnosticRenderer renderer = new DiagnosticRenderer(format == DiagnosticRenderer.Format.TEXT && colour());
        String out = renderer.render(diagnostics.sorted(), format);
        if (format == DiagnosticRenderer.Format.TEXT) {
            text.print(out);
            long warnings = diagnostics.all().stream()
                    .filter(d -> d.severity() == dev.eqc.compiler.diag.Severity.WARNING).count();
            if (diagnostics.warningsAreErrors() && warnings > 0) {
                text.println("error: " + warnings + " warning" + (warnings == 1 ? "" : "s")
                        + ", which --strict makes errors");
            }
        } else {
            machine.print(out);
        }
        text.flush();
        machine.flush();
    }
}
