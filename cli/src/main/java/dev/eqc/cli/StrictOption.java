package dev.eqc.cli;

import dev.eqc.compiler.diag.Diagnostics;
import picocli.CommandLine.Option;

/** {@code --strict}: warnings are errors, for CI (a picocli mixin of the commands that compile). */
final class StrictOption {
    @Option(names = "--strict", description = "Treat warnings as errors: every reading eqc had to choose"
            + " (W-codes) stops the command with exit 1.")
    boolean strict;

    Diagnostics diagnostics() {
        return new Diagnostics(strict);
    }
}
