package dev.eqc.compiler.shape;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.resolve.ResolvedProgram;
import dev.eqc.compiler.term.Term;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Builds a {@link TypedProgram} by hand for tests of later passes, standing in for shape
 * inference: the test states each shape and product meaning it relies on.
 */
public final class TypedProgramFixture {
    private final IdentityHashMap<Term, Shape> shapes = new IdentityHashMap<>();
    private final IdentityHashMap<Term.Product, ProductKind> products = new IdentityHashMap<>();
    private final IdentityHashMap<Input, Shape> inputShapes = new IdentityHashMap<>();
    private final IdentityHashMap<Definition, List<Shape>> paramShapes = new IdentityHashMap<>();

    /** Records the core shape of a term. */
    public <T extends Term> T shape(T term, Shape shape) {
        shapes.put(term, shape);
        return term;
    }

    /** Records the meaning and core shape of a product. */
    public Term.Product product(Term.Product product, ProductKind kind, Shape shape) {
        products.put(product, kind);
        shapes.put(product, shape);
        return product;
    }

    /** Records the core shape of an input. */
    public Input input(Input input, Shape shape) {
        inputShapes.put(input, shape);
        return input;
    }

    /** Records the core shapes of a definition's listed parameters (none for a value). */
    public Definition params(Definition definition, List<Shape> shapesOfParams) {
        paramShapes.put(definition, List.copyOf(shapesOfParams));
        return definition;
    }

    public TypedProgram build(ResolvedProgram program) {
        IdentityHashMap<Definition, Shape> results = new IdentityHashMap<>();
        for (Definition d : program.definitions()) {
            paramShapes.putIfAbsent(d, List.of());
            results.put(d, shapes.get(d.body()));
        }
        return new TypedProgram(program, shapes, products, inputShapes, paramShapes, results, new IdentityHashMap<>(), new IdentityHashMap<>());
    }
}
