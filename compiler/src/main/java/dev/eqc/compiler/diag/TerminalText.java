package dev.eqc.compiler.diag;

/**
 * Text from an input file (source lines, names, file names) made safe to print on a terminal:
 * control characters (ESC, BEL, CR, backspace and the rest of C0 and C1, DEL) and the invisible
 * characters that reorder or hide text (bidirectional overrides, zero-width characters) become
 * U+FFFD, one character for one so carets under a source line stay aligned; a tab becomes a space.
 * A hostile file can then neither move the cursor, rewrite earlier output, set the window title,
 * nor make a line read differently from what it is.
 */
public final class TerminalText {
    private TerminalText() {}

    public static String safe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            int shown = cp == '\t' ? ' ' : unsafe(cp) ? 0xFFFD : cp;
            if (shown != cp && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.appendCodePoint(shown);
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    private static boolean unsafe(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
