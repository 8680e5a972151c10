package dev.eqc.cli.report;

import java.util.Optional;
import java.util.Set;

/**
 * Decides which source ranges can be wrapped in a TeX group ({@code \htmlData{…}{range}})
 * without changing how the statement reads: the range must hold balanced braces,
 * {@code \left…\right} pairs and environments, must not split a control word or start with a
 * script, and must not contain a row or column break of an environment it is inside. A range that
 * starts just after a delimiter-sizing command ({@code \left(} — the lexer skips {@code \left}, so
 * a parenthesised term starts at its parenthesis) is widened to include the command.
 */
final class TexGroups {
    private static final Set<String> SIZERS = Set.of("left", "bigl", "Bigl", "biggl", "Biggl", "big", "Big", "bigg",
            "Bigg");

    private TexGroups() {}

    /** The range to wrap for {@code range}, widened over a {@code \left}, or empty when it cannot be wrapped. */
    static Optional<SourceRange> wrappable(String text, SourceRange range) {
        int start = range.start();
        int end = range.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return Optional.empty();
        }
        start = widenedOverSizer(text, start);
        if (!balanced(text, start, end)) {
            start = widenedOverStyle(text, start);
        }
        if (splitsControlWord(text, start) || splitsControlWord(text, end) || "^_'".indexOf(text.charAt(start)) >= 0
                || !balanced(text, start, end)) {
            return Optional.empty();
        }
        return Optional.of(new SourceRange(start, end));
    }

    /**
     * A range that starts inside a one-argument command's braces and ends after them
     * ({@code \mathbf{|a}^\top}: the compiler's span of a styled name starts at the letter) starts
     * at the command instead; other ranges are kept.
     */
    private static int widenedOverStyle(String text, int start) {
        if (start == 0 || text.charAt(start - 1) != '{') {
            return start;
        }
        int j = start - 2;
        while (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        return j >= 0 && j < start - 2 && oddBackslashesEndingAt(text, j) ? j : start;
    }

    /**
     * Whether TeX would read a group starting at {@code start} as one argument token of what comes
     * before ({@code x^2}, {@code \sqrt 2}, {@code \alpha x}): then the wrapper needs braces of its
     * own, or the command would take {@code \htmlData} alone as its argument.
     */
    static boolean inArgumentPosition(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '^' || c == '_') {
            return true;
        }
        if (!Character.isLetter(c)) {
            return false;
        }
        int j = i;
        while (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        return j >= 0 && oddBackslashesEndingAt(text, j);
    }

    private static int widenedOverSizer(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int j = i;
        while (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        if (j >= 0 && j < i && oddBackslashesEndingAt(text, j) && SIZERS.contains(text.substring(j + 1, i + 1))) {
            return j;
        }
        return start;
    }

    /**
     * Whether a boundary at {@code at} falls inside a control word ({@code \mu|x}, {@code \m|u}) or
     * right after a lone backslash.
     */
    private static boolean splitsControlWord(String text, int at) {
        if (at == 0 || at >= text.length() + 1) {
            return false;
        }
        if (oddBackslashesEndingAt(text, at - 1)) {
            return true;
        }
        if (at >= text.length() || !Character.isLetter(text.charAt(at)) || !Character.isLetter(text.charAt(at - 1))) {
            return false;
        }
        int j = at - 1;
        while (j >= 0 && Character.isLetter(text.charAt(j))) {
            j--;
        }
        return j >= 0 && oddBackslashesEndingAt(text, j);
    }

    /** Whether the run of backslashes ending at {@code i} (inclusive) is odd, so the last one starts a command. */
    private static boolean oddBackslashesEndingAt(String text, int i) {
        int n = 0;
        while (i - n >= 0 && text.charAt(i - n) == '\\') {
            n++;
        }
        return n % 2 == 1;
    }

    private static boolean balanced(String text, int start, int end) {
        int braces = 0;
        int sized = 0;
        int environments = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 1 >= end) {
                    return false;
                }
                if (!Character.isLetter(text.charAt(i + 1))) {
                    if (text.charAt(i + 1) == '\\' && environments == 0) {
                        return false;
                    }
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < end && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                String word = text.substring(i + 1, j);
                switch (word) {
                    case "left" -> sized++;
                    case "right" -> sized--;
                    case "begin" -> environments++;
                    case "end" -> environments--;
                    default -> { }
                }
                if (sized < 0 || environments < 0) {
                    return false;
                }
                i = j - 1;
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                if (--braces < 0) {
                    return false;
                }
            } else if ((c == '&' && environments == 0) || c == '%') {
                return false;
            }
        }
        return braces == 0 && sized == 0 && environments == 0;
    }
}
