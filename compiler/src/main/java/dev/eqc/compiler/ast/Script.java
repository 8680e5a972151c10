package dev.eqc.compiler.ast;

import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * A sub- or superscript: its items as expressions (for indices and powers) and its
 * normalised spelling (for names: {@code d_{model}}, {@code m_{t-1}}).
 */
public record Script(Span span, List<Expr> items, String key) {
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
