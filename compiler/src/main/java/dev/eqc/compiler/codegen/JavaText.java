package dev.eqc.compiler.codegen;

/**
 * The one gate through which text from a {@code .eq} file (comments, LaTeX, names as written,
 * file names) reaches generated Java source. Such text only ever lands in comments ({@code //},
 * Javadoc) — identifiers are rebuilt from letters and digits by {@code JavaNames}, and string
 * literals go through JavaPoet's {@code $S}, which doubles every backslash — so this one function
 * makes any text inert inside any Java comment.
 *
 * <p>It is built for javac's lexer, which reads a file in this order (JLS §3.2–3.7):
 * <ol>
 * <li>Unicode escapes first, everywhere, comments included: a backslash preceded by an even
 * number of backslashes and followed by the letter u starts one, so three backslashes, a u
 * and the hex digits of an asterisk, then a slash, read as two backslashes and the end of a
 * comment. Every run of backslashes that is followed by a u is made even, so no escape can
 * start inside the text, and a trailing backslash is kept from pairing with what the generator
 * writes next. (This comment spells the sequences out in words for the same reason.)
 * <li>Line terminators (CR, LF, CR LF) end a {@code //} comment: they become spaces, and so do
 * U+0085, U+2028 and U+2029, which editors and other tools treat as line breaks.
 * <li>{@code *}{@code /} ends a block comment or Javadoc: it is written {@code * /}.
 * </ol>
 * Other control and format characters (ESC, NUL, bidirectional overrides that make source read
 * differently from how it compiles, zero-width characters, lone surrogates) become U+FFFD.
 * Everything else — Greek letters, symbols, LaTeX — is written as plain UTF-8, which is how eqc
 * writes its files; nothing is turned into Unicode escapes.
 */
public final class JavaText {
    private JavaText() {}

    /** {@code text}, safe inside any Java comment and as readable as the original. */
    public static String comment(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp == '\\') {
                int run = 0;
                while (i + run < text.length() && text.charAt(i + run) == '\\') {
                    run++;
                }
                boolean beforeU = i + run < text.length() && text.charAt(i + run) == 'u';
                int written = beforeU && run % 2 == 1 ? run + 1 : run;
                b.append("\\".repeat(written));
                i += run;
                continue;
            }
            if (cp == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                b.append("* ");
                i++;
                continue;
            }
            b.appendCodePoint(printable(cp));
            i += width;
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) == '\\') {
            b.append(' ');
        }
        return b.toString();
    }

    /** A code point as it may stand in a comment: line breaks as spaces, other controls as U+FFFD. */
    private static int printable(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028
                || cp == 0x2029) {
            return ' ';
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
            return 0xFFFD;
        }
        return cp;
    }
}
