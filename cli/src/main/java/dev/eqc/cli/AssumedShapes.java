package dev.eqc.cli;

import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.runtime.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code eqc run} on a file whose undeclared inputs were assumed a shape (W0101: a capital letter is a
 * matrix, {@code T_{cur}} in {@code \frac{T_{cur}}{T_i}}) and given values of fewer axes (a number): the values
 * say what the paper left to prose, so each such input is declared with the shape of its value and the file is
 * checked again. So does a vector for an input assumed a number ({@code y = x / \|x\|} with {@code x} given a
 * vector: its direction, never the signs of a batch of numbers). A matrix for an assumed number, and a value with more
 * axes than an assumed vector or matrix, is a batch, as for any input, and declares nothing.
 */
final class AssumedShapes {
    private AssumedShapes() {}

    /** An undeclared input of the file, the value given for it and the shape the file assumed. */
    private record Given(Input input, Tensor value, Shape assumed) {}

    /** The undeclared inputs of {@code defs} that have a given value and an assumed shape, once each. */
    private static List<Given> undeclared(TypedProgram typed, List<Definition> defs, Map<String, Tensor> valueOf) {
        Map<String, Given> out = new LinkedHashMap<>();
        for (Definition d : defs) {
            List<Shape> signature = typed.signature(d);
            int first = d.params().size();
            for (int i = 0; i < d.freeInputs().size(); i++) {
                Input in = d.freeInputs().get(i);
                Tensor value = valueOf.get(in.latex());
                Shape assumed = signature.get(first + i);
                if (!in.declared() && value != null && in.labels() == null && assumed != null) {
                    out.putIfAbsent(in.latex(), new Given(in, value, assumed));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The declarations ({@code T_{cur} \in \mathbb{R}}), by input, that the given values imply for the
     * undeclared inputs of {@code defs}; empty when every value fits its assumed shape.
     */
    static Map<String, String> declarations(TypedProgram typed, List<Definition> defs, Map<String, Tensor> valueOf) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Given g : undeclared(typed, defs, valueOf)) {
            int given = g.value().rank();
            int assumed = g.assumed().rank();
            // fewer axes: the value says what the prose left out; a vector for an assumed number: the vector the
            // paper means (x / \|x\| of an undeclared x is x's direction, not its signs), so it declares it too.
            // A matrix for an assumed number stays a batch of numbers (x \sigma(x) of a batch of rows is no
            // matrix product), as do more axes than an assumed vector or matrix.
            if (given == assumed || given > assumed && (assumed > 0 || given > 1)) {
                continue;
            }
            List<String> sizes = new ArrayList<>();
            for (int s : g.value().shape()) {
                sizes.add(Integer.toString(s));
            }
            Input in = g.input();
            out.put(in.latex(), in.latex() + " \\in " + (in.integer() ? "\\mathbb{Z}" : "\\mathbb{R}")
                    + (sizes.isEmpty() ? "" : "^{" + String.join(" \\times ", sizes) + "}"));
        }
        return out;
    }

    /** The undeclared inputs assumed a number and given a matrix or more, which run as a batch of numbers. */
    static List<String> batchesOfNumbers(TypedProgram typed, List<Definition> defs, Map<String, Tensor> valueOf) {
        return undeclared(typed, defs, valueOf).stream()
                .filter(g -> g.assumed().rank() == 0 && g.value().rank() > 1)
                .map(g -> g.input().latex()).toList();
    }
}
