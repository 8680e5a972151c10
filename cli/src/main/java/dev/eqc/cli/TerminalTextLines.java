package dev.eqc.cli;

import dev.eqc.compiler.diag.TerminalText;

/** Multi-line messages for the terminal: each line made safe ({@link TerminalText}) and indented. */
final class TerminalTextLines {
    private TerminalTextLines() {}

    static String indent(String message) {
        return String.join("\n     ", message.lines().map(TerminalText::safe).toList());
    }
}
