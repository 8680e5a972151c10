package dev.eqc.compiler.diag;

import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * Renders diagnostics for people (rustc-style excerpts with carets) and for machines
 * (one JSON object, or GitHub workflow annotations). Rendering never changes a diagnostic.
 */
public final class DiagnosticRenderer {
    /** Output formats of {@code --format}. */
    public enum Format { TEXT, JSON, GITHUB }

    private static final int MAX_LINE = 160;
    private final boolean colour;

    public DiagnosticRenderer(boolean colour) {
        this.colour = colour;
    }

    public String render(List<Diagnostic> diagnostics, Format format) {
        return switch (format) {
            case TEXT -> text(diagnostics);
            case JSON -> json(diagnostics);
            case GITHUB -> github(diagnostics);
        };
    }

    private String text(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(text(d)).append('\n');
        }
        return out.toString();
    }

    /** One diagnostic as people read it. */
    public String text(Diagnostic d) {
        SourceFile src = d.source();
        int line = src.line(d.span().start());
        int col = src.column(d.span().start());
        String gutter = " ".repeat(String.valueOf(maxLine(d)).length());
        StringBuilder out = new StringBuilder();
        String sev = d.severity().label();
        out.append(paint(d.severity() == Severity.ERROR ? "1;31" : "1;33", sev + "[" + d.code() + "]"))
                .append(paint("1", ": " + TerminalText.safe(d.message()))).append('\n');
        out.append(gutter).append(paint("1;34", "--> ")).append(TerminalText.safe(src.name())).append(':').append(line)
                .append(':').append(col).append('\n');
        out.append(gutter).append(paint("1;34", " |")).append('\n');
        excerpt(out, src, d.span(), '^', d.caretLabel(), gutter,
                d.severity() == Severity.ERROR ? "1;31" : "1;33");
        for (Label label : d.labels()) {
            excerpt(out, src, label.span(), '-', label.message(), gutter, "1;34");
        }
        for (String note : d.notes()) {
            out.append(gutter).append(paint("1;34", " = ")).append("note: ").append(TerminalText.safe(note)).append('\n');
        }
        if (!d.help().isEmpty()) {
            out.append(gutter).append(paint("1;34", " = ")).append("help: ").append(TerminalText.safe(d.help())).append('\n');
        }
        return out.toString();
    }

    private int maxLine(Diagnostic d) {
        int max = d.source().line(d.span().start());
        for (Label l : d.labels()) {
            max = Math.max(max, d.source().line(l.span().start()));
        }
        return max;
    }

    private void excerpt(StringBuilder out, SourceFile src, Span span, char mark, String label,
            String gutter, String style) {
        int line = src.line(span.start());
        String text = TerminalText.safe(src.lineText(line));
        int col = src.column(span.start()) - 1;
        int endLine = src.line(Math.max(span.start(), span.end() - 1));
        int width = endLine == line
                ? Math.max(1, src.column(span.end()) - 1 - col)
                : Math.max(1, text.codePointCount(0, text.length()) - col);
        if (text.length() > MAX_LINE) {
            // A very long line is shown as a window around the span, so output stays readable.
            int from = Math.max(0, Math.min(col - 20, text.length() - MAX_LINE));
            int to = Math.min(text.length(), from + MAX_LINE);
            text = (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
            col = col - from + (from > 0 ? 1 : 0);
            width = Math.max(1, Math.min(width, to - from - col + (from > 0 ? 1 : 0)));
        }
        String lineNo = String.valueOf(line);
        out.append(" ".repeat(gutter.length() - lineNo.length())).append(paint("1;34", lineNo + " | "))
                .append(text).append('\n');
        out.append(gutter).append(paint("1;34", " | ")).append(" ".repeat(Math.max(0, col)))
                .append(paint(style, String.valueOf(mark).repeat(width) + (label.isEmpty() ? "" : " " + TerminalText.safe(label))))
                .append('\n');
    }

    private String paint(String sgr, String s) {
        return colour ? "\u001b[" + sgr + "m" + s + "\u001b[0m" : s;
    }

    private String json(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder("{\"diagnostics\": [");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            SourceFile src = d.source();
            if (i > 0) {
                out.append(", ");
            }
            out.append("{\"severity\": ").append(Json.quote(d.severity().label()))
                    .append(", \"code\": ").append(Json.quote(d.code().name()))
                    .append(", \"file\": ").append(Json.quote(src.name()))
                    .append(", \"line\": ").append(src.line(d.span().start()))
                    .append(", \"column\": ").append(src.column(d.span().start()))
                    .append(", \"endLine\": ").append(src.line(d.span().end()))
                    .append(", \"endColumn\": ").append(src.column(d.span().end()))
                    .append(", \"message\": ").append(Json.quote(d.message()))
                    .append(", \"help\": ").append(d.help().isEmpty() ? "null" : Json.quote(d.help()))
                    .append('}');
        }
        return out.append("]}\n").toString();
    }

    private String github(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            SourceFile src = d.source();
            String message = d.message() + (d.help().isEmpty() ? "" : " (help: " + d.help() + ")");
            out.append("::").append(d.severity() == Severity.ERROR ? "error" : "warning")
                    .append(" file=").append(escapeProperty(src.name()))
                    .append(",line=").append(src.line(d.span().start()))
                    .append(",col=").append(src.column(d.span().start()))
                    .append(",endLine=").append(src.line(d.span().end()))
                    .append(",endColumn=").append(src.column(d.span().end()))
                    .append(",title=").append(d.code())
                    .append("::").append(escapeData(message)).append('\n');
        }
        return out.toString();
    }

    private static String escapeData(String s) {
        return TerminalText.safe(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
