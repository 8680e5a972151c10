package dev.eqc.maven;

/**
 * Text from the state file or the checkout made safe to quote in a log line: control
 * characters (a line break could forge a log line, an escape sequence could repaint the
 * terminal) become {@code ?}, and very long text is cut.
 */
final class LogText {
    private static final int MAX = 300;

    private LogText() {}

    static String of(String untrusted) {
        if (untrusted == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(untrusted.length(), MAX + 1));
        untrusted.codePoints().limit(MAX).forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                b.append('?');
            } else {
                b.appendCodePoint(c);
            }
        });
        if (untrusted.codePointCount(0, untrusted.length()) > MAX) {
            b.append('…');
        }
        return b.toString();
    }
}
