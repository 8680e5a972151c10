package dev.eqc.compiler.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one input (a file or the statements given with {@code -e}) and the name to
 * show for it in diagnostics. Maps character offsets to 1-based lines and columns.
 */
public final class SourceFile {
    private final String name;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String name, String text) {
        this.name = name;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Decodes the bytes of a {@code .eq} file as strict UTF-8 (a malformed byte is an error,
     * never a U+FFFD), dropping a byte-order mark and reading a NUL byte as a space — the one
     * way the command line and the Maven plugin read inputs.
     *
     * @throws java.nio.charset.CharacterCodingException when the bytes are not UTF-8 text
     */
    public static SourceFile decode(String name, byte[] bytes) throws java.nio.charset.CharacterCodingException {
        String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new SourceFile(name, text.replace('\0', ' '));
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The 1-based line holding {@code offset}. */
    public int line(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The 1-based column of {@code offset}, counted in code points. */
    public int column(int offset) {
        int start = lineStarts[line(offset) - 1];
        int clamped = Math.min(offset, text.length());
        return text.codePointCount(start, Math.max(start, clamped)) + 1;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The text of a 1-based line, without its line terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The source text a span covers. */
    public String slice(Span span) {
        return text.substring(Math.min(span.start(), text.length()), Math.min(span.end(), text.length()));
    }
}
