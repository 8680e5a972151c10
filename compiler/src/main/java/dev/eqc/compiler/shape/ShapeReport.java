package dev.eqc.compiler.shape;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.TermTrees;
import java.util.ArrayList;
import java.util.List;

/** The text of {@code eqc shapes}: signatures and sub-expression shapes in reading order. */
public final class ShapeReport {
    private ShapeReport() {}

    public static String render(TypedProgram typed) {
        StringBuilder out = new StringBuilder();
        for (Definition d : typed.program().definitions()) {
            List<String> params = new ArrayList<>();
            List<Shape> sig = typed.signature(d);
            for (int i = 0; i < sig.size(); i++) {
                String name = i < d.params().size() ? d.params().get(i).latex()
                        : d.freeInputs().get(i - d.params().size()).latex();
                params.add(name + " " + sig.get(i));
            }
            out.append(d.latexName()).append('(').append(String.join(", ", params)).append(") -> ")
                    .append(typed.resultShape(d)).append('\n');
            if (typed.gradients().differentiated(d)) {
                // Its body is the backward pass the compiler built, whose terms carry the forward spans.
                String text = typed.program().source().slice(d.span()).replaceAll("\\s+", " ");
                out.append("  ").append(text).append("  : ").append(typed.resultShape(d))
                        .append("  (reverse-mode gradient)\n");
                continue;
            }
            List<Term> terms = new ArrayList<>(TermTrees.preorder(d.body()));
            terms.sort(java.util.Comparator.comparingInt((Term t) -> t.span().start())
                    .thenComparingInt(t -> -t.span().end()));
            for (Term t : terms) {
                String text = typed.program().source().slice(t.span()).replaceAll("\\s+", " ");
                String kind = t instanceof Term.Product p && typed.productKind(p) != null
                        ? "  (" + typed.productKind(p).name().toLowerCase(java.util.Locale.ROOT) + ")" : "";
                out.append("  ").append(text).append("  : ").append(typed.shapeOf(t)).append(kind).append('\n');
            }
        }
        return out.toString();
    }
}
