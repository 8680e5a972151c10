package dev.eqc.cli;

import dev.eqc.compiler.diag.DiagnosticRenderer;
import java.util.Locale;

/** Reads {@code --format}. */
final class Formats {
    private Formats() {}

    static DiagnosticRenderer.Format parse(String s) {
        try {
            return DiagnosticRenderer.Format.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown --format '" + s + "'; use text, json or github", Main.USAGE);
        }
    }
}
