package dev.eqc.compiler.shape;

import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.resolve.ResolvedProgram;
import dev.eqc.compiler.term.Term;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output of shape inference: the resolved program plus, for every term, its core shape
 * after unification, and for every product its meaning. Side tables are keyed by identity.
 */
public final class TypedProgram {
    private final ResolvedProgram program;
    private final Map<Term, Shape> shapes;
    private final Map<Term.Product, ProductKind> products;
    private final Map<Input, Shape> inputShapes;
    private final Map<Definition, List<Shape>> paramShapes;
    private final Map<Definition, Shape> results;
    private final Map<IndexVar, Dim> extents;
    private final Map<Term.AlongAxis, Integer> axes;
    private final Map<Definition, List<String>> sizeParameters;

    /**
     * Dimensions a definition's method takes as {@code int} sizes after its tensors: symbols of a
     * declared result that no argument gives ({@code PE \in \mathbb{R}^{n \times d_{model}}}).
     */
    public List<String> sizeParameters(Definition definition) {
        return sizeParameters.getOrDefault(definition, List.of());
    }

    private Map<Definition, GradientOf> gradients = Map.of();
    private List<GradientBundle> bundles = List.of();
    private java.util.Set<Definition> differentiated = java.util.Set.of();
    private Map<Term, dev.eqc.compiler.source.Span> backwardSteps = Map.of();
    private java.util.Set<Term> backwardTerms = java.util.Set.of();

    /** A definition that is the gradient of the scalar definition {@code loss} with respect to {@code wrt}. */
    public record GradientOf(Definition loss, Input wrt) {}

    /** {@code eqc translate --grad L}: the loss and its gradient definitions, one per tensor input. */
    public record GradientBundle(Definition loss, List<Definition> gradients) {
        public GradientBundle {
            gradients = List.copyOf(gradients);
        }
    }

    /** The loss and input a definition is the gradient of ({@code g = \\nabla_{W} L}), if it is one. */
    public java.util.Optional<GradientOf> gradientOf(Definition d) {
        return java.util.Optional.ofNullable(gradients.get(d));
    }

    /** The bundles {@code --grad} asked for, in order. */
    public List<GradientBundle> gradientBundles() {
        return bundles;
    }

    /** A copy of this program with the gradient pass's side tables; this one is unchanged. */
    public TypedProgram withGradients(Map<Definition, GradientOf> gradients, List<GradientBundle> bundles,
            java.util.Set<Definition> differentiated, Map<Term, dev.eqc.compiler.source.Span> backwardSteps,
            java.util.Set<Term> backwardTerms) {
        TypedProgram t = new TypedProgram(program, shapes, products, inputShapes, paramShapes, results, extents, axes,
                sizeParameters);
        t.gradients = new IdentityHashMap<>(gradients);
        t.bundles = List.copyOf(bundles);
        t.differentiated = differentiated;
        t.backwardSteps = backwardSteps;
        t.backwardTerms = backwardTerms;
        return t;
    }

    /** Whether the gradient pass built this term for a backward step (its span is the forward step's). */
    public boolean isBackward(Term t) {
        return backwardTerms.contains(t);
    }

    /** Whether the gradient pass wrote this definition's body (it shares forward terms, and computes each once). */
    public boolean differentiated(Definition d) {
        return differentiated.contains(d);
    }

    /**
     * For a term of a differentiated body that is the adjoint of a forward step: that step's span
     * (so generated code can say "gradient with respect to W x").
     */
    public java.util.Optional<dev.eqc.compiler.source.Span> backwardStepOf(Term t) {
        return java.util.Optional.ofNullable(backwardSteps.get(t));
    }

    /** The axis, counted from the end of the argument's core shape (-1 = last), an axis form works along. */
    public int axisOf(Term.AlongAxis t) {
        Integer a = axes.get(t);
        if (a == null) {
            throw new IllegalStateException("no axis for " + t);
        }
        return a;
    }

    TypedProgram(ResolvedProgram program, Map<Term, Shape> shapes,
            Map<Term.Product, ProductKind> products, Map<Input, Shape> inputShapes,
            Map<Definition, List<Shape>> paramShapes, Map<Definition, Shape> results,
            Map<IndexVar, Dim> extents, Map<Term.AlongAxis, Integer> axes) {
        this(program, shapes, products, inputShapes, paramShapes, results, extents, axes, new IdentityHashMap<>());
    }

    TypedProgram(ResolvedProgram program, Map<Term, Shape> shapes,
            Map<Term.Product, ProductKind> products, Map<Input, Shape> inputShapes,
            Map<Definition, List<Shape>> paramShapes, Map<Definition, Shape> results,
            Map<IndexVar, Dim> extents, Map<Term.AlongAxis, Integer> axes,
            Map<Definition, List<String>> sizeParameters) {
        this.sizeParameters = sizeParameters;
        this.axes = axes;
        this.program = program;
        this.shapes = shapes;
        this.products = products;
        this.inputShapes = inputShapes;
        this.paramShapes = paramShapes;
        this.results = results;
        this.extents = extents;
    }

    /** The range of an index variable after unification. */
    public Dim extentOf(IndexVar v) {
        Dim d = extents.get(v);
        if (d == null) {
            throw new IllegalStateException("no extent for index " + v);
        }
        return d;
    }

    public ResolvedProgram program() {
        return program;
    }

    public Shape shapeOf(Term term) {
        Shape s = shapes.get(term);
        if (s == null) {
            throw new IllegalStateException("no shape for " + term);
        }
        return s;
    }

    public ProductKind productKind(Term.Product product) {
        return products.get(product);
    }

    /** The core shape of an input after unification (inferred inputs included). */
    public Shape shapeOf(Input input) {
        return inputShapes.get(input);
    }

    /** The core shape of a definition's {@code i}-th listed parameter. */
    public Shape paramShape(Definition definition, int i) {
        return paramShapes.get(definition).get(i);
    }

    /** The core shape of a definition's result. */
    public Shape resultShape(Definition definition) {
        Shape s = results.get(definition);
        if (s == null) {
            throw new IllegalStateException("no result shape for " + definition.key());
        }
        return s;
    }

    /**
     * The core shapes of a definition's method parameters, in order: listed parameters, then
     * free inputs.
     */
    public List<Shape> signature(Definition definition) {
        List<Shape> out = new java.util.ArrayList<>(paramShapes.get(definition));
        for (Input in : definition.freeInputs()) {
            out.add(shapeOf(in));
        }
        return out;
    }
}
