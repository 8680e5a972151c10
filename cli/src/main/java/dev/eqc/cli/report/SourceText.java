package dev.eqc.cli.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code .eq} file's text cut into lines, with its {@code %} comments found: what the report
 * needs to show statements line by line and their comments as prose. Line terminators are
 * {@code \n}, {@code \r\n} and a lone {@code \r}, as the compiler counts them.
 */
final class SourceText {
    private final String text;
    private final List<int[]> lines = new ArrayList<>();

    SourceText(String text) {
        this.text = text;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length() || lines.isEmpty()) {
            lines.add(new int[] {start, text.length()});
        }
    }

    String text() {
        return text;
    }

    int lineCount() {
        return lines.size();
    }

    /** Offset of the first character of a 0-based line. */
    int lineStart(int line) {
        return lines.get(line)[0];
    }

    /** Offset just past the last character of a 0-based line (before its terminator). */
    int lineEnd(int line) {
        return lines.get(line)[1];
    }

    /** The 0-based line holding {@code offset} (the last line for the end of the text). */
    int lineOf(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid)[0] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Offset of the line's {@code %} comment (a {@code %} not escaped as {@code \%}), or its end. */
    int commentStart(int line) {
        int end = lineEnd(line);
        int backslashes = 0;
        for (int i = lineStart(line); i < end; i++) {
            char c = text.charAt(i);
            if (c == '%' && backslashes % 2 == 0) {
                return i;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        return end;
    }

    /** The comment's text without its {@code %} signs and surrounding blanks, or empty. */
    String comment(int line) {
        int from = commentStart(line);
        int end = lineEnd(line);
        while (from < end && text.charAt(from) == '%') {
            from++;
        }
        return text.substring(Math.min(from, end), end).strip();
    }

    /** Whether the line has anything but blanks and a comment. */
    boolean hasCode(int line) {
        return !text.substring(lineStart(line), commentStart(line)).isBlank();
    }

    /** Whether the line is a comment and nothing else. */
    boolean isCommentOnly(int line) {
        return !hasCode(line) && commentStart(line) < lineEnd(line);
    }

    /** The comment ranges ({@code %} to the end of the line) that lie within {@code range}. */
    List<SourceRange> comments(SourceRange range) {
        List<SourceRange> out = new ArrayList<>();
        for (int line = lineOf(range.start()); line < lineCount() && lineStart(line) < range.end(); line++) {
            int from = Math.max(commentStart(line), range.start());
            int to = Math.min(lineEnd(line), range.end());
            if (from < to) {
                out.add(new SourceRange(from, to));
            }
        }
        return out;
    }
}
