package dev.eqc.compiler.shape;

import dev.eqc.compiler.term.Dim;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A core shape: the dimensions an equation is written for. At run time any tensor may carry
 * extra leading batch dimensions (SPEC 3.1); they are not part of the core shape.
 */
public record Shape(List<Dim> dims) {
    public static final Shape SCALAR = new Shape(List.of());

    public Shape {
        dims = List.copyOf(dims);
    }

    public int rank() {
        return dims.size();
    }

    public boolean isScalar() {
        return dims.isEmpty();
    }

    public Dim dim(int i) {
        return dims.get(i);
    }

    /** Dimension {@code i} counted from the end (1 = last). */
    public Dim fromEnd(int i) {
        return dims.get(dims.size() - i);
    }

    /** The last two axes swapped; vectors and scalars are their own transpose. */
    public Shape transposed() {
        if (rank() < 2) {
            return this;
        }
        List<Dim> swapped = new java.util.ArrayList<>(dims);
        Dim last = swapped.get(swapped.size() - 1);
        swapped.set(swapped.size() - 1, swapped.get(swapped.size() - 2));
        swapped.set(swapped.size() - 2, last);
        return new Shape(swapped);
    }

    @Override
    public String toString() {
        return dims.stream().map(Dim::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
