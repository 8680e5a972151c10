package dev.eqc.compiler.ast;

import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * A sub- or superscript: its items as expressions (for indices and powers) and its
 * normalised spelling (for names: {@code d_{model}}, {@code m_{t-1}}).
 */
public record Script(Span span, List<Expr> items, String key) {
    /** The spellings of a transpose superscript: {@code x^T}, {@code x^\\top}, {@code x^\\intercal}, … */
    public static final java.util.Set<String> TRANSPOSE_MARKS = java.util.Set.of("T", "\\top", "\\intercal",
            "\\mathsf{T}", "\\mathsf T", "\\textsf{T}");

    /** Whether this superscript is a transpose mark. */
    public boolean isTranspose() {
        return TRANSPOSE_MARKS.contains(key);
    }

    public Script {
        items = List.copyOf(items);
    }

    public boolean isSingle() {
        return items.size() == 1;
    }

    public Expr single() {
        return items.get(0);
    }
}
