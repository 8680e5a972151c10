package dev.eqc.compiler.shape;

import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.GradientFacts;
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
 * Immutable; the gradient pass hands on a new one, re-inferred, with the {@link GradientFacts} it
 * made.
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
    private final Map<String, Dim> tiedDims;
    /** Square matrices to a running whole power ({@code L^k} in {@code \sum_k \theta_k L^k x}): matrix powers. */
    private final java.util.Set<Term.Power> matrixPowers;

    /**
     * Dimensions a definition's method takes as {@code int} sizes after its tensors: symbols of a
     * declared result that no argument gives ({@code PE \in \mathbb{R}^{n \times d_{model}}}).
     */
    public List<String> sizeParameters(Definition definition) {
        return sizeParameters.getOrDefault(definition, List.of());
    }

    /** What the gradient pass made; {@link GradientFacts#NONE} until it ran. */
    private final GradientFacts gradients;

    /** What the gradient pass made: gradient definitions, bundles, backward steps. */
    public GradientFacts gradients() {
        return gradients;
    }

    /** This program as the gradient pass hands it on, with what it made; this one is unchanged. */
    public TypedProgram withGradients(GradientFacts facts) {
        return new TypedProgram(program, shapes, products, inputShapes, paramShapes, results, extents, axes,
                sizeParameters, tiedDims, matrixPowers, facts);
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
        this(program, shapes, products, inputShapes, paramShapes, results, extents, axes, sizeParameters,
                Map.of(), java.util.Set.of(), GradientFacts.NONE);
    }

    TypedProgram(ResolvedProgram program, Map<Term, Shape> shapes,
            Map<Term.Product, ProductKind> products, Map<Input, Shape> inputShapes,
            Map<Definition, List<Shape>> paramShapes, Map<Definition, Shape> results,
            Map<IndexVar, Dim> extents, Map<Term.AlongAxis, Integer> axes,
            Map<Definition, List<String>> sizeParameters, Map<String, Dim> tiedDims,
            java.util.Set<Term.Power> matrixPowers) {
        this(program, shapes, products, inputShapes, paramShapes, results, extents, axes, sizeParameters,
                tiedDims, matrixPowers, GradientFacts.NONE);
    }

    /**
     * The size a {@link Term.DimValue} stands for when it is a dimension bound from an argument ({@code d_k}
     * of an instance of a generic function, {@link dev.eqc.compiler.term.DimTie}); null for a dimension of
     * the file, which is its own name.
     */
    public Dim tiedDim(String name) {
        return tiedDims.get(name);
    }

    private TypedProgram(ResolvedProgram program, Map<Term, Shape> shapes,
            Map<Term.Product, ProductKind> products, Map<Input, Shape> inputShapes,
            Map<Definition, List<Shape>> paramShapes, Map<Definition, Shape> results,
            Map<IndexVar, Dim> extents, Map<Term.AlongAxis, Integer> axes,
            Map<Definition, List<String>> sizeParameters, Map<String, Dim> tiedDims,
            java.util.Set<Term.Power> matrixPowers, GradientFacts gradients) {
        this.tiedDims = Map.copyOf(tiedDims);
        this.matrixPowers = matrixPowers;
        this.gradients = gradients;
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

    /** What a written power means once shapes are known (docs/LANGUAGE.md, "Reading rules"). */
    public enum PowerKind {
        /** Each entry to the power, with broadcasting. */
        ELEMENTWISE,
        /** {@code (A)^{-1}}: the matrix inverse. */
        MATRIX_INVERSE,
        /** {@code D^{-\frac{1}{2}}}: the power of a diagonal matrix. */
        DIAGONAL,
        /** {@code L^k} with k running: the matrix power, one per value of the exponent. */
        MATRIX
    }

    /** What {@code p} means: every pass that computes a power switches on this. */
    public PowerKind powerKind(Term.Power p) {
        if (isMatrixInverse(p)) {
            return PowerKind.MATRIX_INVERSE;
        }
        if (isDiagonalPower(p)) {
            return PowerKind.DIAGONAL;
        }
        return matrixPowers.contains(p) ? PowerKind.MATRIX : PowerKind.ELEMENTWISE;
    }

    /**
     * {@code (A)^{-1}} of a matrix (core rank 2): the matrix inverse, not the element-wise reciprocal
     * (docs/LANGUAGE.md, "Vocabulary").
     */
    public boolean isMatrixInverse(Term.Power p) {
        return isInverseExponent(p.exponent()) && shapeOf(p.base()).rank() == 2;
    }

    /**
     * {@code \det(A)}, and {@code |A|} of a square matrix (core rank 2): its determinant, not the
     * element-wise absolute value (docs/LANGUAGE.md, "Vocabulary"; W0102 says so for {@code |A|}).
     */
    public boolean isDeterminant(Term.BuiltinCall b) {
        if (b.builtin() == dev.eqc.compiler.builtin.Builtin.DET) {
            return true;
        }
        Shape x = b.builtin() == dev.eqc.compiler.builtin.Builtin.ABS ? shapeOf(b.args().get(0)) : null;
        return x != null && x.rank() == 2 && x.dim(0).equals(x.dim(1));
    }

    /**
     * {@code D^{-\frac{1}{2}}} of a square matrix (core rank 2) with a constant exponent that is
     * negative or fractional, other than -1: the matrix power of a diagonal matrix, as GCN's degree
     * matrix (each diagonal entry to the power, zeros elsewhere; the generated code checks that the
     * matrix is diagonal). W0102 says so.
     */
    public boolean isDiagonalPower(Term.Power p) {
        Double k = constant(p.exponent());
        if (k == null || k == -1 || k >= 0 && k == Math.rint(k)) {
            return false;
        }
        Shape b = shapes.get(p.base()); // constants evaluated on their own have no shapes: no matrix either
        return b != null && b.rank() == 2 && b.dim(0).equals(b.dim(1));
    }

    /** The value of a term made of numbers only ({@code -\frac{1}{2}}), or null. */
    public static Double constant(Term t) {
        if (t instanceof Term.Literal l) {
            return l.value();
        }
        if (t instanceof Term.Negate n) {
            Double v = constant(n.operand());
            return v == null ? null : -v;
        }
        if (t instanceof Term.Arith a) {
            Double l = constant(a.left());
            Double r = constant(a.right());
            if (l == null || r == null) {
                return null;
            }
            return switch (a.op()) {
                case ADD -> l + r;
                case SUB -> l - r;
                case MUL -> l * r;
                case DIV -> l / r;
            };
        }
        return null;
    }

    /**
     * {@code \\|W\\|} and {@code \\|W\\|_F} of a matrix, and {@code \\|\\phi(y) - \\phi(\\hat{y})\\|_2} of a
     * tensor of higher rank: the Frobenius norm, over every entry (docs/LANGUAGE.md, "Reading rules").
     */
    public boolean isMatrixNorm(Term.BuiltinCall b) {
        return b.builtin() == dev.eqc.compiler.builtin.Builtin.NORM2 && shapeOf(b.args().get(0)).rank() >= 2;
    }

    /** How many trailing axes a norm over every entry ({@link #isMatrixNorm}) reduces: its argument's rank. */
    public int normAxes(Term.BuiltinCall b) {
        return shapeOf(b.args().get(0)).rank();
    }

    /** The exponent {@code -1}. */
    public static boolean isInverseExponent(Term e) {
        return e instanceof Term.Negate n && n.operand() instanceof Term.Literal one && one.value() == 1.0
                || e instanceof Term.Literal l && l.value() == -1.0;
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
