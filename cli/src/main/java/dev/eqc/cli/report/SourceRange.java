package dev.eqc.cli.report;

/** A half-open range {@code [start, end)} of character offsets into a {@code .eq} file's text. */
public record SourceRange(int start, int end) {
    public SourceRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** Whether {@code other} lies within this range. */
    public boolean contains(SourceRange other) {
        return start <= other.start && other.end <= end;
    }
}
