package dev.eqc.compiler.parse;

import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;

/**
 * Rho-1's {@code -\frac{1}{N * k\%}}: an escaped percent sign after a value means a hundredth of it, but the lexer drops
 * {@code \%} as typesetting, so {@code k\%} would silently be read as {@code k} (a result 100 times off). A {@code \%}
 * outside a comment and outside a subscript label ({@code I_{k\%}} is only a name) is an error (E0381).
 */
final class PercentSigns {
    private PercentSigns() {}

    static void check(SourceFile source, Diagnostics diagnostics) {
        String text = source.text();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            checkLine(source, text, lineStart, lineEnd, diagnostics);
            lineStart = lineEnd + 1;
        }
    }

    private static void checkLine(SourceFile source, String text, int from, int to, Diagnostics diagnostics) {
        // depth of brace groups, and for each the depth at which a subscript group opened (-1: none open)
        java.util.ArrayDeque<Boolean> groups = new java.util.ArrayDeque<>();
        int scripts = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < to) {
                char n = text.charAt(i + 1);
                if (n == '%') {
                    if (scripts == 0) {
                        Diagnostic.of(Code.E0381, source, new Span(i, i + 2),
                                        "`\\%` after a value is a percentage, which eqc does not read (it would be"
                                        + " dropped as typesetting and the value read 100 times too large)")
                                .caret("a percent sign")
                                .help("write the fraction it means, e.g. `k / 100` for `k\\%`")
                                .report(diagnostics);
                    }
                }
                i++;
                continue;
            }
            if (c == '%') {
                return;
            }
            if (c == '{') {
                boolean script = i > from && text.charAt(i - 1) == '_';
                groups.push(script);
                if (script) {
                    scripts++;
                }
            } else if (c == '}' && !groups.isEmpty()) {
                if (groups.pop()) {
                    scripts--;
                }
            }
        }
    }
}
