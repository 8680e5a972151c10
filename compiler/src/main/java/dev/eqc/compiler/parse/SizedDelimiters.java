package dev.eqc.compiler.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Where a token starts as written. The lexer skips sizing commands ({@code \left}, {@code \bigl},
 * {@code \Big}, …: they never change meaning), so a group written {@code \left( … \right)} reaches
 * the parser as {@code ( … )}; its span, and so every diagnostic and shape that prints it, must
 * still start at {@code \left}. The closing side needs nothing: {@code \right} lies inside the
 * span that ends at its delimiter.
 */
final class SizedDelimiters {
    /**
     * A sizing command that opens or may open a delimiter, then blanks, at the end of the text
     * before a token. {@code \right}, {@code \bigr} (and the other closing forms) and
     * {@code \bigm} never stand before an opening token, so they are left out.
     */
    private static final Pattern OPENING_SIZE =
            Pattern.compile("\\\\(?:left|(?:big|Big|bigg|Bigg)l?)[ \\t]*$");
    /** Longest such command ({@code \Biggl}) plus room for blanks. */
    private static final int LOOKBACK = 32;

    private SizedDelimiters() {}

    /** The offset of {@code t}'s first character, or of the opening sizing command right before it. */
    static int start(Token t) {
        int begin = Math.max(0, t.getStartIndex());
        CharStream in = t.getInputStream();
        if (in == null || begin == 0 || begin > in.size()) {
            return begin;
        }
        int from = Math.max(0, begin - LOOKBACK);
        Matcher m = OPENING_SIZE.matcher(in.getText(Interval.of(from, begin - 1)));
        return m.find() ? from + m.start() : begin;
    }
}
