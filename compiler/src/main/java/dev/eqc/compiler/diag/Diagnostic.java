package dev.eqc.compiler.diag;

import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * One problem found in a source file: a code from the catalogue, a message, the exact span
 * it concerns with an optional caret label, secondary labels, notes and a help line.
 */
public record Diagnostic(
        Code code,
        SourceFile source,
        Span span,
        String message,
        String caretLabel,
        List<Label> labels,
        List<String> notes,
        String help) {

    public Diagnostic {
        labels = List.copyOf(labels);
        notes = List.copyOf(notes);
    }

    public Severity severity() {
        return code.severity();
    }

    /** Starts a diagnostic; finish it with {@link Builder#report(Diagnostics)}. */
    public static Builder of(Code code, SourceFile source, Span span, String message) {
        return new Builder(code, source, span, message);
    }

    /** Collects the optional parts of a diagnostic. */
    public static final class Builder {
        private final Code code;
        private final SourceFile source;
        private final Span span;
        private final String message;
        private String caretLabel = "";
        private final java.util.ArrayList<Label> labels = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> notes = new java.util.ArrayList<>();
        private String help = "";

        private Builder(Code code, SourceFile source, Span span, String message) {
            this.code = code;
            this.source = source;
            this.span = span;
            this.message = message;
        }

        public Builder caret(String text) {
            this.caretLabel = text;
            return this;
        }

        public Builder label(Span at, String text) {
            if (at != null) {
                labels.add(new Label(at, text));
            }
            return this;
        }

        public Builder note(String text) {
            notes.add(text);
            return this;
        }

        public Builder help(String text) {
            this.help = text == null ? "" : text;
            return this;
        }

        public Diagnostic build() {
            return new Diagnostic(code, source, span, message, caretLabel, labels, notes, help);
        }

        public void report(Diagnostics sink) {
            sink.report(build());
        }
    }
}
