package dev.eqc.compiler.shape;

import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Param;
import dev.eqc.compiler.resolve.ResolvedProgram;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.TermTrees;
import dev.eqc.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape-inference pass: {@code ResolvedProgram → TypedProgram} (SPEC 3.1–3.2).
 *
 * <p>Gives every term a symbolic core shape, unifying dimension symbols across the whole
 * file; decides what each product means; and gives undeclared inputs a shape from use (an
 * upper-case Latin letter is a matrix, anything else a scalar, where nothing decides),
 * reporting each as a warning with a ready-to-paste declaration (W0101).
 *
 * <p>Reports: matrix products whose inner dimensions differ (E0301), element-wise operands
 * that do not broadcast (E0302), wrong ranks (E0303), dimension conflicts (E0304), and
 * dimensions used as values that no input determines (E0110). A term whose operands failed is
 * not checked again, so one mistake gives one error.
 */
public final class ShapeInference {
    final SourceFile source;
    final Diagnostics diagnostics;
    final Unifier unifier = new Unifier();
    final IdentityHashMap<Term, Shape> shapes = new IdentityHashMap<>();
    final IdentityHashMap<Term.Product, ProductKind> products = new IdentityHashMap<>();
    final IdentityHashMap<Input, Shape> inputShapes = new IdentityHashMap<>();
    final IdentityHashMap<Definition, List<Shape>> paramShapes = new IdentityHashMap<>();
    private final IdentityHashMap<Definition, Shape> results = new IdentityHashMap<>();
    final IdentityHashMap<IndexVar, Dim> extents = new IdentityHashMap<>();
    /** For each {@code AlongAxis}: its axis counted from the end (-1 = last) of the argument's core shape. */
    final IdentityHashMap<Term.AlongAxis, Integer> axes = new IdentityHashMap<>();
    /** Square matrices raised to whole powers: matrix or element-wise powers, by their context. */
    final SquarePowers squarePowers = new SquarePowers(this);
    private final Set<Definition> inferring = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final ResolvedProgram program;

    private ShapeInference(ResolvedProgram program, Diagnostics diagnostics) {
        this.program = program;
        this.source = program.source();
        this.diagnostics = diagnostics;
    }

    public static TypedProgram infer(ResolvedProgram program, Diagnostics diagnostics) {
        return infer(program, diagnostics, new java.util.HashSet<>());
    }

    /**
     * Checks shapes and adds to {@code namesakeConflicts} the keys of the functions whose parameter took the shape of a
     * declared input of the same name and then did not fit a call (or left a dimension of the body unbound): read
     * with local parameters, such a function may check.
     */
    public static TypedProgram infer(ResolvedProgram program, Diagnostics diagnostics, Set<String> namesakeConflicts) {
        dev.eqc.compiler.resolve.Rereadings found = new dev.eqc.compiler.resolve.Rereadings();
        TypedProgram typed = infer(program, diagnostics, found, false);
        namesakeConflicts.addAll(found.localParameters);
        return typed;
    }

    /**
     * Checks shapes and adds to {@code found} what a second reading of the file would change: the functions of
     * {@link #infer(ResolvedProgram, Diagnostics, Set)}, and the softmax calls of one number per element of an
     * element-wise definition (read again over the definition's index, W0410).
     */
    public static TypedProgram infer(ResolvedProgram program, Diagnostics diagnostics,
            dev.eqc.compiler.resolve.Rereadings found) {
        return infer(program, diagnostics, found, false);
    }

    /**
     * Checks a program that holds derived terms (a gradient's backward pass) beside terms already read: the
     * readings were chosen when the user's program was checked, so a square matrix's power in derived terms
     * is each entry's (the derivative rules of element-wise operations make them), never read again.
     */
    public static TypedProgram inferDerived(ResolvedProgram program, Diagnostics diagnostics) {
        return infer(program, diagnostics, new dev.eqc.compiler.resolve.Rereadings(), true);
    }

    private static TypedProgram infer(ResolvedProgram program, Diagnostics diagnostics,
            dev.eqc.compiler.resolve.Rereadings found, boolean derived) {
        // A reading that changes the terms (an operand aligned on leading axes gets trailing size-1 axes, bars
        // around vectors become norms) rewrites the program, which is then checked again; the readings' warnings
        // are kept from the pass that chose them.
        List<Diagnostic> readings = new ArrayList<>();
        Set<Integer> superseded = new java.util.HashSet<>();
        ResolvedProgram current = program;
        for (int round = 0; ; round++) {
            Diagnostics scratch = new Diagnostics(diagnostics.warningsAreErrors());
            ShapeInference pass = new ShapeInference(current, scratch);
            pass.squarePowers.derived = derived;
            TypedProgram typed = pass.run();
            found.localParameters.addAll(pass.namesakeConflicts);
            found.localBodies.addAll(pass.bodyConflicts);
            found.scalarSoftmaxCalls.putAll(pass.scalarSoftmaxCalls);
            superseded.addAll(pass.superseded);
            if (pass.rewrites.isEmpty() || round == 3) {
                // W0437 knows the shape the name-level W0132 guessed at: the earlier warning goes.
                diagnostics.withdraw(Code.W0132, superseded);
                readings.forEach(diagnostics::report);
                scratch.all().forEach(diagnostics::report);
                return typed;
            }
            readings.addAll(pass.readings);
            current = pass.rewritten();
        }
    }

    private java.util.Set<String> inverted;

    /** See {@link #infer(ResolvedProgram, Diagnostics, Set)}. */
    final Set<String> namesakeConflicts = new java.util.HashSet<>();

    /** Of {@link #namesakeConflicts}, the functions whose own body failed at the declared shapes. */
    final Set<String> bodyConflicts = new java.util.HashSet<>();

    /** Start offsets of softmax calls of one number per element (see {@link dev.eqc.compiler.resolve.Rereadings}). */
    final java.util.Map<Integer, String> scalarSoftmaxCalls = new java.util.HashMap<>();

    void noteNamesakeConflict(Definition f) {
        if (f.function() && f.params().stream().anyMatch(p -> p.declaration() != null)) {
            namesakeConflicts.add(f.key());
        }
    }

    /**
     * The compact source texts of every base the file raises to {@code -1} ({@code (\\Delta A)^{-1}} gives
     * {@code \\DeltaA}): a matrix function of the same value is then meant as linear algebra.
     */
    java.util.Set<String> invertedTexts() {
        if (inverted == null) {
            inverted = new java.util.HashSet<>();
            for (Definition d : program.definitions()) {
                for (Term t : dev.eqc.compiler.term.TermTrees.preorder(d.body())) {
                    if (t instanceof Term.Power p && TypedProgram.isInverseExponent(p.exponent())) {
                        inverted.add(compact(source.slice(p.base().span())));
                    }
                }
            }
        }
        return inverted;
    }

    static String compact(String text) {
        String c = text.replaceAll("\\\\(left|right|big|Big|bigg|Bigg)(?=[()])", "").replaceAll("\\s+", "");
        while (c.startsWith("(") && c.endsWith(")")) {
            c = c.substring(1, c.length() - 1);
        }
        return c;
    }

    /** How many expectations that draw samples enclose the term being checked (W0390). */
    int samplingDepth;

    /** Where a shape-level reading replaces resolve's W0132 for the same expectation (W0437). */
    final Set<Integer> superseded = new java.util.HashSet<>();

    /** Terms a reading replaces (see {@link #infer}); empty for most files. */
    final IdentityHashMap<Term, java.util.function.UnaryOperator<Term>> rewrites = new IdentityHashMap<>();

    /** The warnings that name those readings. */
    final List<Diagnostic> readings = new ArrayList<>();

    private ResolvedProgram rewritten() {
        java.util.Map<Definition, Term> bodies = new IdentityHashMap<>();
        for (Definition d : program.definitions()) {
            Term body = replaced(d.body());
            if (body != d.body()) {
                bodies.put(d, body);
            }
        }
        return new dev.eqc.compiler.grad.ProgramRewriter(program, bodies).run();
    }

    private Term replaced(Term t) {
        List<Term> kids = new ArrayList<>();
        boolean changed = false;
        for (Term k : t.children()) {
            Term nk = replaced(k);
            changed |= nk != k;
            kids.add(nk);
        }
        Term out = changed ? t.withChildren(kids) : t;
        java.util.function.UnaryOperator<Term> r = rewrites.get(t);
        return r == null ? out : r.apply(out);
    }

    /** Values of undefined functions whose shape nothing told (E0192 was reported). */
    private final Set<Input> unknownApplied = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** Why a value of an undefined function has the shape its use gave it, where that needs saying (W0190's note). */
    final IdentityHashMap<Input, String> appliedWhy = new IdentityHashMap<>();

    /** Values of undefined functions ({@code h(x)}) whose shape their first use decides. */
    final Set<Input> pendingApplied = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * The shape of {@code in}, the value of an undefined function, from the first use that tells it: the
     * other operand of an element-wise operation ({@code \mathcal{F}(x, \{W_i\}) + x}); else E0192.
     */
    Shape appliedShape(Term.InputRef ref, Shape expected, boolean quiet, boolean noNumber) {
        Input in = ref.input();
        Shape known = inputShapes.get(in);
        if (known != null) {
            return known;
        }
        if (expected != null) {
            inputShapes.put(in, expected);
            return expected;
        }
        inputShapes.put(in, Shape.SCALAR);
        if (in.applied().ofNumbers() && !noNumber) {
            // SimPO's \log \pi_\theta(y_w|x), Kendall's \mathcal{L}_1(W): a function of numbers (or of names the file
            // leaves as notation) is read as a number, as an undeclared name is (W0101); W0190 says so.
            appliedWhy.putIfAbsent(in, "nothing here tells its shape, and its arguments are numbers or names the file"
                    + " does not declare: read as a number; declare `" + in.latex() + " \\in \\mathbb{R}^{…}` for a tensor");
            return Shape.SCALAR;
        }
        unknownApplied.add(in);
        if (quiet) {
            return null;   // beside an operand that failed: that error says it
        }
        String f = in.applied().function();
        Diagnostic.of(Code.E0192, source, ref.span(), "cannot tell the shape of `" + in.latex() + "`, the value of `"
                        + f + "`, a function the file does not define")
                .caret("of what shape?")
                .help(oneArgument(in.applied().arguments())
                        ? "define `" + f + "(…) = …` in the file, or write its value as a declared name in its place (like `"
                                + f + "_x \\in \\mathbb{R}^{n}`); declaring `" + f + "` itself would make `" + in.latex()
                                + "` a product"
                        : "declare the function's values, like `" + f + " \\in \\mathbb{R}^{n}` (each application is then an"
                                + " input of that shape), or define `" + f + "(…) = …` in the file")
                .report(diagnostics);
        return null;
    }

    /**
     * Undeclared names given whole to a built-in that works along an axis ({@code \\mathrm{softmax}(z)},
     * {@code \\mathop{LN}(c_t)}): a vector where nothing else decides, since the built-in has no meaning on a number.
     */
    private final java.util.Set<String> vectorUses = new java.util.HashSet<>();

    /**
     * Undeclared names whose indexed use is given to such a built-in ({@code \\mathop{LN}(c_t)}), with that use's
     * number of indices: each index picks a row, which the built-in needs to be a vector.
     */
    private final java.util.Map<String, Integer> rowUses = new java.util.HashMap<>();

    /** Names whose assumed shape has the axis {@link #vectorUses} or {@link #rowUses} gave them (for a note). */
    private final java.util.Set<String> axisAssumed = new java.util.HashSet<>();

    /** For the W0101 note: the built-in that made a name a vector or its indexed uses rows. */
    private final java.util.Map<String, String> axisUser = new java.util.HashMap<>();

    /**
     * Softmax, LayerNorm, mean, Concat … : built-ins that reject a number (a norm of a number is its absolute
     * value).
     */
    private static boolean needsAxis(dev.eqc.compiler.builtin.Builtin fn) {
        return fn.kind() == dev.eqc.compiler.builtin.Builtin.Kind.LAST_AXIS
                || fn.kind() == dev.eqc.compiler.builtin.Builtin.Kind.REDUCE_LAST && !fn.absOfNumber()
                || fn.structure() == dev.eqc.compiler.builtin.Builtin.Structure.CONCAT;
    }

    /**
     * {@code W} in {@code W x} (a declared matrix or an undeclared capital, which is assumed one) and {@code w^\\top}
     * in {@code w^\\top x}: what they multiply side by side is a vector, as in {@code \\sigma(W x + b)}; a number
     * multiplying a matrix is written before it ({@code \\alpha W}).
     */
    private static boolean multipliesVectors(Term left) {
        if (left instanceof Term.Transpose) {
            return true;
        }
        if (left instanceof Term.InputRef in) {
            String key = in.input().key();
            return in.input().declared() ? in.input().dims().size() == 2
                    : !key.isEmpty() && key.charAt(0) >= 'A' && key.charAt(0) <= 'Z'
                            && (key.length() == 1 || key.charAt(1) == '_' || key.charAt(1) == '^');
        }
        return false;
    }

    /**
     * {@code W x}, with {@code W} a matrix ({@link #multipliesVectors}) but not {@code w^\\top x}, a number; or a
     * sum with one.
     */
    private static boolean isMatrixVector(Term t) {
        if (t instanceof Term.Arith a && (a.op() == Term.ArithOp.ADD || a.op() == Term.ArithOp.SUB)) {
            return isMatrixVector(a.left()) || isMatrixVector(a.right());   // W_h h + W_x x + b
        }
        return t instanceof Term.Product p && !p.explicit()
                && (!(p.left() instanceof Term.Transpose) && multipliesVectors(p.left()) || isVectorMatrix(p));
    }

    /**
     * {@code x W_1} and {@code \max(0, x W_1 + b_1) W_2}: a vector (or rows) times a matrix on its right. The left
     * factor must be known to have an axis: a declared tensor, a parameter or a compound expression; an undeclared
     * or declared scalar name times a matrix ({@code \alpha W}) scales the matrix, and a bias added to that is no
     * vector.
     */
    private static boolean isVectorMatrix(Term.Product p) {
        if (!(p.right() instanceof Term.InputRef w) || !multipliesVectors(w)) {
            return false;
        }
        Term left = p.left();
        if (left instanceof Term.InputRef in) {
            return in.input().declared() && !in.input().dims().isEmpty();
        }
        return left instanceof Term.ParamRef || left instanceof Term.BuiltinCall || left instanceof Term.Call
                || left instanceof Term.Product;
    }

    /** An undeclared name (or its indexed use) that needs an axis, for the {@code reason} a note gives. */
    private void noteAxisUse(Term arg, String reason) {
        if (arg instanceof Term.Index ix && ix.base() instanceof Term.InputRef in && !in.input().declared()) {
            rowUses.put(in.input().key(), ix.indices().size());
            axisUser.putIfAbsent(in.input().key(), reason);
        } else if (arg instanceof Term.InputRef in && !in.input().declared()) {
            vectorUses.add(in.input().key());
            axisUser.putIfAbsent(in.input().key(), reason);
        } else if (arg instanceof Term.ParamRef p && p.param().declaration() == null) {
            vectorUses.add(p.param().key());
        }
    }

    /** For undeclared names that are indexed somewhere: the index letters of their widest use. */
    private final java.util.Map<String, List<String>> indexedUses = new java.util.HashMap<>();

    private TypedProgram run() {
        for (Definition d : program.definitions()) {
            for (Term t : TermTrees.preorder(d.body())) {
                if (t instanceof Term.Index ix) {
                    String key = ix.base() instanceof Term.InputRef in ? in.input().key()
                            : ix.base() instanceof Term.ParamRef p ? p.param().key() : null;
                    List<String> letters = ix.indices().stream().map(IndexVar::name).toList();
                    if (key != null && letters.size() > indexedUses.getOrDefault(key, List.of()).size()) {
                        indexedUses.put(key, letters);
                    }
                }
                if (t instanceof Term.BuiltinCall b && needsAxis(b.builtin())) {
                    List<Term> args = b.builtin().structure() == dev.eqc.compiler.builtin.Builtin.Structure.CONCAT
                            ? b.args() : b.args().subList(0, Math.min(1, b.args().size()));
                    for (Term arg : args) {
                        noteAxisUse(arg, "is given to " + b.builtin().displayName() + ", which needs an axis");
                    }
                }
                if (t instanceof Term.Transpose tr) {
                    noteAxisUse(tr.operand(), "is transposed");
                }
                if (t instanceof Term.Product p && !p.explicit() && multipliesVectors(p.left())) {
                    noteAxisUse(p.right(), "is multiplied by a matrix or a transposed vector");
                }
                if (t instanceof Term.Arith a && (a.op() == Term.ArithOp.ADD || a.op() == Term.ArithOp.SUB)) {
                    // W x + b: the bias of a matrix-vector product is a vector.
                    if (isMatrixVector(a.left()) && a.right() instanceof Term.InputRef) {
                        noteAxisUse(a.right(), "is added to a matrix-vector product");
                    } else if (isMatrixVector(a.right()) && a.left() instanceof Term.InputRef) {
                        noteAxisUse(a.left(), "is added to a matrix-vector product");
                    }
                }
            }
        }
        // Loose limits are made before the sizes assumed for undeclared inputs, so that an undeclared x read by
        // \\sum_{i=1}^{N} x_i keeps the name N for its axis.
        for (Definition d : program.definitions()) {
            for (IndexVar v : d.indices()) {
                noteLooseLimit(v.upper());
            }
            for (Term t : TermTrees.preorder(d.body())) {
                if (t instanceof Term.Reduce r) {
                    noteLooseLimit(r.var().upper());
                }
            }
        }
        for (Input in : program.inputs()) {
            if (!in.declared() && in.isApplied() && !indexedUses.containsKey(in.key())) {
                pendingApplied.add(in);   // its shape comes from its first use (TermShapes)
                continue;
            }
            inputShapes.put(in, in.declared() ? new Shape(in.dims()) : assumedShape(in.key(), in.javaName()));
        }
        for (Definition d : program.definitions()) {
            resultOf(d);
        }
        squarePowers.finish(program.definitions());
        for (Input in : pendingApplied) {
            inputShapes.putIfAbsent(in, Shape.SCALAR);   // unused, or used only where another error stopped
        }
        bindTiedDimensions();
        sizeUnrangedLeftIndices();
        sizeConstantCuts();
        zonk();
        tiedDims.replaceAll((name, dim) -> unifier.resolve(dim));
        checkExtents();
        warnLooseLimits();
        warnInferred();
        checkDimValues();
        results.replaceAll((d, s) -> unifier.resolve(s));
        StepShapes.check(program.definitions(), inputShapes, results, unifier, source, diagnostics);
        return new TypedProgram(program, shapes, products, inputShapes, paramShapes, results, extents, axes,
                sizeParameters, tiedDims, squarePowers.running());
    }

    /** Free dimensions of generic bodies ({@code d_k}), by internal name: the axis each was bound to. */
    private final java.util.Map<String, Dim> tiedDims = new java.util.HashMap<>();

    /**
     * {@code d_k} of an instance of a generic function is the size of the last axis of its argument
     * ({@link dev.eqc.compiler.term.DimTie}): a flexible symbol unified with that axis.
     */
    private void bindTiedDimensions() {
        for (Definition d : program.definitions()) {
            for (Term t : TermTrees.preorder(d.body())) {
                if (!(t instanceof Term.DimValue v) || tiedDims.containsKey(v.dim())) {
                    continue;
                }
                dev.eqc.compiler.term.DimTie tie = program.dimTies().get(v.dim());
                if (tie == null) {
                    continue;
                }
                Shape of = shapes.get(tie.of());
                if (of == null) {
                    of = new TermShapes(this, d).shape(tie.of());
                }
                if (of == null) {
                    continue;   // already reported
                }
                of = unifier.resolve(of);
                if (of.rank() == 0) {
                    Diagnostic.of(Code.E0110, source, v.span(), "`" + tie.printed() + "` is the size of the last axis"
                                    + " of `" + tie.param() + "`, but the argument for `" + tie.param() + "` is a number")
                            .caret("no axis to measure")
                            .label(tie.of().span(), "a number")
                            .help("pass a vector or matrix for `" + tie.param() + "`, or declare `" + tie.printed() + "`")
                            .report(diagnostics);
                    continue;
                }
                Dim.Symbol sym = unifier.fresh(v.dim());
                unifier.unify(sym, of.dims().get(tie.last() ? of.rank() - 1 : 0));
                tiedDims.put(v.dim(), sym);
            }
        }
    }

    /** The result shape of a definition, inferring it first if needed. */
    Shape resultOf(Definition d) {
        Shape done = results.get(d);
        if (done != null) {
            return done;
        }
        if (!inferring.add(d)) {
            return null;
        }
        List<Shape> params = new ArrayList<>();
        for (Param p : d.params()) {
            Shape row = p.declaration() == null && !called(d) ? rowOfDeclared(d, p) : null;
            // A function the file calls with an undeclared parameter is element-wise in it (else it is generic and
            // inlined): its method takes numbers and maps over wider arguments, whatever the namesake of the
            // parameter is elsewhere (StableMax's s(x) called as s(x_i), with x_i read elsewhere as x's elements:
            // the parameter was assumed the vector x, and the call of one element failed, E0303).
            params.add(p.declaration() != null ? inputShapes.get(p.declaration())
                    : row != null ? row : called(d) ? Shape.SCALAR : assumedShape(p.key(), p.javaName()));
        }
        paramShapes.put(d, params);
        int errorsBefore = diagnostics.errorCount();
        Shape result = new TermShapes(this, d).shape(d.body());
        if (diagnostics.errorCount() > errorsBefore && d.function() && called(d)
                && d.params().stream().anyMatch(p -> p.declaration() != null)) {
            // CS229's h_\theta(x) = \theta^T x with x \in \mathbb{R}^{n \times d} declared, called on the rows
            // x^{(i)}: the body does not check at the declared shape, so the parameter is read as local and each call
            // gives its shape (W0265, EqCompiler's second reading). A function nothing calls keeps the error.
            namesakeConflicts.add(d.key());
            bodyConflicts.add(d.key());
        }
        if (result != null && d.elementwise()) {
            List<Dim> dims = new ArrayList<>();
            for (IndexVar v : d.indices()) {
                dims.add(extentOf(v));
            }
            dims.addAll(result.dims());
            result = new Shape(dims);
        }
        Input declared = program.outputDeclarations().get(d);
        if (result != null && declared != null && !new TermShapes(this, d).unifyShapes(result, new Shape(declared.dims()))) {
            Diagnostic.of(Code.E0304, source, d.nameSpan(), "`" + d.latexName() + "` is "
                            + (declared.order() < 0 ? "written as " : "declared as ")
                            + unifier.resolve(new Shape(declared.dims())) + " but its definition gives "
                            + unifier.resolve(result))
                    .label(declared.span(), declared.order() < 0 ? "the shape written after it" : "declared here")
                    .report(diagnostics);
            result = null;
        }
        if (result != null) {
            results.put(d, result);
        }
        return result;
    }

    ResolvedProgram program() {
        return program;
    }

    /** Whether a definition of the program calls {@code f}. */
    private boolean called(Definition f) {
        for (Definition d : program.definitions()) {
            for (Term t : TermTrees.preorder(d.body())) {
                if (t instanceof Term.Call c && c.function().key().equals(f.key())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The range of an index variable: its explicit limits, or a symbol unified with what it indexes. */
    Dim extentOf(IndexVar v) {
        Dim known = extents.get(v);
        if (known != null) {
            return known;
        }
        Dim extent;
        if (v.rangeOf() != null) {
            extent = extentOf(v.rangeOf());
        } else if (v.upper() != null && v.firstValue() == 0 && v.upper() instanceof Term.Arith a
                && a.op() == Term.ArithOp.SUB && a.right() instanceof Term.Literal one && one.value() == 1) {
            extent = limitDim(a.left());   // 0, …, n - 1: n values
        } else if (v.upper() != null) {
            Dim upper = limitDim(v.upper());
            extent = v.firstValue() == 1 ? upper : new Dim.Compound('+', upper, new Dim.Known(1));
        } else {
            extent = unifier.fresh("range_" + v.name().replace("\\", ""));
        }
        extents.put(v, extent);
        return extent;
    }

    /**
     * Upper limits that name no size of the file ({@code \\sum_{l=1}^{L}} where only {@code K} is declared, as
     * Müller et al. print the softmax over K classes): a flexible symbol, which the axis the index reads binds (W0143).
     */
    private final Map<String, Dim.Symbol> looseLimits = new java.util.LinkedHashMap<>();
    private final Map<String, dev.eqc.compiler.source.Span> looseLimitSpans = new java.util.HashMap<>();
    private Set<String> declaredSizes;

    private boolean isDeclaredSize(String name) {
        if (declaredSizes == null) {
            declaredSizes = new java.util.HashSet<>();
            for (Input in : program.inputs()) {
                if (in.declared()) {
                    for (Dim d : in.dims()) {
                        collectSymbols(d, declaredSizes);
                    }
                }
            }
            for (Input in : program.outputDeclarations().values()) {
                for (Dim d : in.dims()) {
                    collectSymbols(d, declaredSizes);
                }
            }
        }
        return declaredSizes.contains(name);
    }

    private void warnLooseLimits() {
        for (Map.Entry<String, Dim.Symbol> e : looseLimits.entrySet()) {
            Dim bound = unifier.resolve(e.getValue());
            if (bound instanceof Dim.Symbol b && b.flexible()) {
                continue;   // nothing declared decides it: the limit names the axis, as before
            }
            Diagnostic.of(Code.W0143, source, looseLimitSpans.get(e.getKey()), "`" + e.getKey()
                            + "` is no size the file declares; the index it limits runs over an axis of size `" + bound
                            + "`, so it is read as `" + bound + "`")
                    .caret("read as " + bound)
                    .help("write `" + bound + "` as the limit, or declare an input with `" + e.getKey()
                            + "` as a dimension")
                    .report(diagnostics);
        }
    }

    private void noteLooseLimit(Term upper) {
        if (upper instanceof Term.DimValue d && isLoose(d)) {
            looseLimitSpans.putIfAbsent(d.dim(), d.span());
            looseLimits.computeIfAbsent(d.dim(), unifier::fresh);
        }
    }

    private boolean isLoose(Term.DimValue d) {
        return !d.dim().contains("@") && !d.dim().contains("#") && !isDeclaredSize(d.dim());
    }

    private Dim limitDim(Term t) {
        if (t instanceof Term.DimValue d) {
            if (isLoose(d)) {
                looseLimitSpans.putIfAbsent(d.dim(), d.span());
                return looseLimits.computeIfAbsent(d.dim(), unifier::fresh);
            }
            return new Dim.Symbol(d.dim(), false);
        }
        if (t instanceof Term.Literal l && l.value() == Math.rint(l.value()) && l.value() >= 1) {
            return new Dim.Known((int) l.value());
        }
        if (t instanceof Term.ConstRef c && c.constant().value() == Math.rint(c.constant().value())
                && c.constant().value() >= 1 && c.constant().value() < 1 << 20) {
            return new Dim.Known((int) c.constant().value());   // \sum_{k=1}^{K} with K = 4 stated in the file
        }
        if (t instanceof Term.Arith a) {
            char op = switch (a.op()) {
                case ADD -> '+';
                case SUB -> '-';
                case MUL -> '*';
                case DIV -> '/';
            };
            return new Dim.Compound(op, limitDim(a.left()), limitDim(a.right()));
        }
        if (t instanceof Term.Product p) {
            return new Dim.Compound('*', limitDim(p.left()), limitDim(p.right()));
        }
        if (t instanceof Term.InputRef in && in.input().declared() && in.input().integer()
                && in.input().dims().isEmpty() && in.input().labels() == null) {
            // m, n = 1, \dots, L with L \in \mathbb{N} declared: the run-time integer is the size (a size
            // parameter the runner reads from the scalar input of the same name, as for \mathbb{R}^{d/2})
            return new Dim.Symbol(in.input().latex(), false);
        }
        if (t instanceof Term.InputRef in && in.input().declared()) {
            // a real number given at run time cannot size a result.
            Diagnostic.of(Code.E0110, source, t.span(), "the range ends at `" + in.input().latex() + "`, a number given"
                            + " at run time, but the generated code sizes what it computes from its inputs' axes")
                    .caret("a value, not a size")
                    .help("declare `" + in.input().latex() + "` as the size of an input axis (`x \\in \\mathbb{R}^{"
                            + in.input().latex() + "}`), or compute the tensor over an input that has that many entries")
                    .report(diagnostics);
            return unifier.fresh("range_limit");
        }
        Diagnostic.of(Code.E0304, source, t.span(), "the upper limit of a sum must be a dimension or a number")
                .caret("not a size")
                .help("write a dimension symbol declared with an input, like `\\sum_{j=1}^{n}`")
                .report(diagnostics);
        return unifier.fresh("limit");
    }

    /**
     * CS231n's {@code f(x_i, W, b) = W x_i + b} with {@code x \\in \\mathbb{R}^{N \\times D}} declared and nothing calling
     * {@code f}: a parameter named like a row of a declared matrix takes a row's shape (W0387), so the function's own
     * method maps a row. It was a number, and a row given to the run was mapped element by element, a [D, C, D]
     * result, silently. Null when the parameter is no such name.
     */
    private Shape rowOfDeclared(Definition d, Param p) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.+)_([a-z])").matcher(p.key());
        if (!m.matches()) {
            return null;
        }
        for (Input in : program.inputs()) {
            if (in.declared() && in.key().equals(m.group(1)) && in.dims() != null && in.dims().size() >= 2) {
                Shape row = new Shape(in.dims().subList(1, in.dims().size()));
                Diagnostic.of(Code.W0387, source, p.span(), "parameter `" + p.latex() + "` of `" + d.latexName()
                                + "` is named like a row of the declared `" + in.latex() + "` " + in.dims()
                                + ": it takes a row's shape, " + row + ", in the method that computes `" + d.latexName()
                                + "` on its own")
                        .caret("a row of " + in.latex())
                        .help("declare it, like `" + p.latex() + " \\in \\mathbb{R}^{" + in.dims().get(in.dims().size() - 1)
                                + "}`, to say so and silence this warning")
                        .report(diagnostics);
                return row;
            }
        }
        return null;
    }

    Shape paramShape(Definition d, int index) {
        return paramShapes.get(d).get(index);
    }

    /**
     * SPEC 2.1: an undeclared name indexed with k indices ({@code x_{ij}}) has rank k; where
     * nothing decides, an upper-case Latin letter is a matrix, a name given whole to a built-in that needs an
     * axis is a vector, and anything else a scalar.
     */
    private Shape assumedShape(String key, String javaName) {
        List<String> letters = indexedUses.get(key);
        if (letters != null) {
            List<Dim> dims = new ArrayList<>();
            for (String letter : letters) {
                dims.add(unifier.fresh("n_" + letter.replace("\\", "")));
            }
            if (rowUses.getOrDefault(key, -1) == letters.size()) {
                axisAssumed.add(key);
                dims.add(unifier.fresh("d_" + javaName));
            }
            return new Shape(dims);
        }
        if (!key.isEmpty() && key.charAt(0) >= 'A' && key.charAt(0) <= 'Z'
                && (key.length() == 1 || key.charAt(1) == '_' || key.charAt(1) == '^')) {
            return new Shape(List.of(unifier.fresh("n_" + javaName), unifier.fresh("d_" + javaName)));
        }
        if (vectorUses.contains(key)) {
            axisAssumed.add(key);
            return new Shape(List.of(unifier.fresh("n_" + javaName)));
        }
        return Shape.SCALAR;
    }

    /**
     * {@code \sum_{k=1}^{K}} with {@code K = 4} a number of the file and no axis read with k: the range is the
     * limit's values (a cut at run time needs an axis to cut; a number of the file gives one).
     */
    private void sizeConstantCuts() {
        for (Map.Entry<IndexVar, Dim> e : extents.entrySet()) {
            IndexVar v = e.getKey();
            Double limit = v.cutAt() == null ? null : v.cutAt() instanceof Term.ConstRef c ? c.constant().value()
                    : TypedProgram.constant(v.cutAt());
            if (limit != null && limit == Math.rint(limit) && limit >= 1 && limit < 1 << 20
                    && unifier.resolve(e.getValue()) instanceof Dim.Symbol s && s.flexible()
                    && s.name().startsWith("range_")) {
                unifier.unify(e.getValue(), new Dim.Known((int) Math.round(limit) + (v.firstValue() == 0 ? 1 : 0)));
            }
        }
    }

    private void checkExtents() {
        // An index eqc made for itself (the positions a shifted read r_{t+i} reads, named "the positions read with
        // i") fails with the user's index at the same place: that one is reported, not the inner name.
        Set<dev.eqc.compiler.source.Span> unranged = new java.util.HashSet<>();
        for (java.util.Map.Entry<IndexVar, Dim> e : extents.entrySet()) {
            if (!e.getKey().name().contains(" ") && unifier.resolve(e.getValue()) instanceof Dim.Symbol s
                    && s.flexible() && s.name().startsWith("range_") && !s.name().startsWith("range_limit")) {
                unranged.add(e.getKey().span());
            }
        }
        for (java.util.Map.Entry<IndexVar, Dim> e : extents.entrySet()) {
            Dim d = unifier.resolve(e.getValue());
            e.setValue(d);
            String special = e.getKey().name();
            if (d instanceof Dim.Symbol s && s.flexible() && s.name().startsWith("range_")
                    && (special.equals(IndexVar.IDENTITY)
                    || special.equals(IndexVar.ONES))) {
                boolean identity = special.equals(IndexVar.IDENTITY);
                Diagnostic.of(Code.E0304, source, e.getKey().span(), "cannot tell the size of " + special
                                + ": nothing it is added to or multiplied with has a known size")
                        .caret("of what size?")
                        .help("write the size as a subscript, like `" + (identity ? "I_n" : "\\mathbf{1}_n")
                                + "` with `n` a dimension of an input")
                        .report(diagnostics);
                continue;
            }
            if (d instanceof Dim.Symbol s && s.flexible() && s.name().startsWith("range_")
                    && !s.name().startsWith("range_limit")
                    && !(e.getKey().name().contains(" ") && unranged.contains(e.getKey().span()))) {
                Diagnostic.of(Code.E0304, source, e.getKey().span(), "cannot tell the range of index `"
                                + e.getKey().name() + "`")
                        .caret("ranges over what?")
                        .help("index an input with it (`x_" + e.getKey().name() + "`) or give limits, like `\\sum_{"
                                + e.getKey().name() + "=1}^{n}`")
                        .report(diagnostics);
            }
        }
    }

    private void zonk() {
        for (Map.Entry<Term, Shape> e : shapes.entrySet()) {
            e.setValue(unifier.resolve(e.getValue()));
        }
        for (Map.Entry<Input, Shape> e : inputShapes.entrySet()) {
            e.setValue(unifier.resolve(e.getValue()));
        }
        for (Map.Entry<Definition, List<Shape>> e : paramShapes.entrySet()) {
            e.setValue(e.getValue().stream().map(unifier::resolve).toList());
        }
    }

    private void warnInferred() {
        List<String> declaredNames = new ArrayList<>();
        for (Input in : program.inputs()) {
            if (in.declared()) {
                declaredNames.add(in.key());
                for (Dim d : in.dims()) {
                    if (d instanceof Dim.Symbol s && !declaredNames.contains(s.name())) {
                        declaredNames.add(s.name());
                    }
                }
            }
        }
        for (Input in : program.inputs()) {
            if (in.declared()) {
                continue;
            }
            Shape s = inputShapes.get(in);
            if (in.isApplied()) {
                if (!unknownApplied.contains(in)) {
                    warnApplied(in, s);
                }
                continue;
            }
            String decl = in.latex() + " \\in " + latexSet(s);
            Diagnostic.Builder w = Diagnostic.of(Code.W0101, source, in.span(),
                            "`" + in.latex() + "` is not declared; assuming " + describe(s))
                    .caret("assumed " + s)
                    .help("declare it: `" + decl + "`");
            if (axisAssumed.contains(in.key())) {
                w.note(vectorUses.contains(in.key())
                        ? "it " + axisUser.get(in.key()) + ": a vector, not a number"
                        : "its indexed use " + axisUser.get(in.key()) + ": each index picks a row");
            }
            nearestName(in.key(), declaredNames).ifPresent(n -> w.note("a declared name is similar: `" + n + "`"));
            if (s.rank() == 0 && beforeBracket(in)) {
                // Wikipedia's LSTM \sigma_g(W_f x_t + …), its GRU's \phi(…): the activation is named in prose only.
                // Declaring the name as the help says multiplies the bracket by a number; say what else it may be.
                w.note("`" + in.latex() + "` is written before a bracket like a function: as a number it multiplies"
                        + " the bracket; if the paper means a function, define it, like `" + in.latex()
                        + "(x) = \\tanh(x)`");
            }
            w.report(diagnostics);
        }
    }

    /** Whether the source right after the name's span opens a round bracket ({@code \phi(…)}, {@code \sigma_g\left(…}). */
    private boolean beforeBracket(Input in) {
        String text = source.text();
        int at = in.span().end();
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int open = text.startsWith("(", at) ? at : -1;
        for (String sized : List.of("\\left(", "\\big(", "\\Big(", "\\bigl(")) {
            open = open < 0 && text.startsWith(sized, at) ? at + sized.length() - 1 : open;
        }
        if (open < 0) {
            return false;
        }
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                // x_t(x_0, e) (DDPM's inverted form) is read as the value of x_t, no product: one argument only
                return oneArgument(text.substring(open + 1, i));
            }
        }
        return false;
    }

    /**
     * Whether an application's argument text is one argument: a declared {@code f} before one parenthesised
     * argument multiplies it ({@code W(x + b)}), so the help must not suggest declaring {@code f}.
     */
    static boolean oneArgument(String arguments) {
        return Input.Applied.split(arguments).size() == 1;
    }

    /** W0190: the value of an undefined function read as an input, with the shape its use gave it. */
    private void warnApplied(Input in, Shape s) {
        String f = in.applied().function();
        List<String> same = program.inputs().stream().filter(o -> o.isApplied() && o.applied().function().equals(f))
                .map(o -> "`" + o.latex() + "`").toList();
        List<String> perIndex = indexedUses.get(in.key());
        Diagnostic.Builder w = Diagnostic.of(Code.W0190, source, in.span(), "`" + in.latex() + "` is the value of `" + f
                        + "`, a function the file does not define, at `" + in.applied().arguments() + "`: read as an input"
                        + " named `" + in.latex() + "`, " + describe(s) + " (its arguments are not computed)")
                .caret("input `" + in.latex() + "`, " + s)
                .help(perIndex != null
                        ? "pass it with `--input '" + in.latex() + "=…'`, one value per `" + String.join(", ", perIndex)
                        + "`, or define `" + f + "(…) = …` to compute it"
                        : oneArgument(in.applied().arguments())
                        ? "pass it with `--input '" + in.latex() + "=…'`, or define `" + f + "(…) = …` to compute it (declaring `"
                                + f + "` would make `" + in.latex() + "` a product)"
                        : "pass it with `--input '" + in.latex() + "=…'`; declare `" + f + " \\in " + latexSet(s)
                        + "` to state its shape, or define `" + f + "(…) = …` to compute it");
        if (perIndex != null) {
            w.note("one value per `" + String.join(", ", perIndex) + "`, read at `" + String.join(", ", perIndex) + "`");
        }
        String why = appliedWhy.get(in);
        if (why != null) {
            w.note(why);
        }
        if (same.size() > 1) {
            w.note("`" + f + "` is applied to " + same.size() + " different arguments in this file; each is its own"
                    + " input: " + String.join(", ", same));
        }
        w.report(diagnostics);
    }

    /** A declared name one edit away, or differing only in case ({@code d_K} beside {@code d_k}). */
    private static java.util.Optional<String> nearestName(String key, List<String> names) {
        for (String n : names) {
            if (!n.equals(key) && n.equalsIgnoreCase(key)) {
                return java.util.Optional.of(n);
            }
        }
        for (String n : names) {
            // Same base letter, one edit in the scripts (d_{modle} beside d_{model}); W_z and b_z are unrelated.
            if (!n.equals(key) && key.length() > 2 && n.charAt(0) == key.charAt(0) && editDistanceIsOne(n, key)) {
                return java.util.Optional.of(n);
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean editDistanceIsOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    private static String describe(Shape s) {
        return switch (s.rank()) {
            case 0 -> "a scalar";
            case 1 -> "a vector " + s;
            case 2 -> "a matrix " + s;
            default -> "a tensor " + s;
        };
    }

    /** {@code \mathbb{R}^{n \times d}} for a shape. */
    public static String latexSet(Shape s) {
        if (s.isScalar()) {
            return "\\mathbb{R}";
        }
        List<String> parts = new ArrayList<>();
        for (Dim d : s.dims()) {
            parts.add(d.toString());
        }
        return "\\mathbb{R}^{" + String.join(" \\times ", parts) + "}";
    }

    /** Every dimension used as a value must be fixed by one of the method's inputs. */
    /**
     * Generated code learns sizes from its arguments' axes: every dimension a definition needs
     * (as a value, as the range of an index, inside a compound size such as {@code h d_v}) must
     * be the whole size of some argument axis. Reports E0110 where one is not.
     */
    private void checkDimValues() {
        SizeParameters sizes = new SizeParameters(this, program, results, unifier, tiedDims);
        sizeParameters.putAll(sizes.solve(indexSizes));
        for (Definition d : program.definitions()) {
            if (!results.containsKey(d)) {
                continue;
            }
            Set<String> bound = new LinkedHashSet<>();
            List<Shape> shapesOfArgs = new ArrayList<>();
            List<dev.eqc.compiler.source.Span> spans = new ArrayList<>();
            for (int i = 0; i < d.params().size(); i++) {
                shapesOfArgs.add(unifier.resolve(paramShapes.get(d).get(i)));
                spans.add(d.params().get(i).span());
            }
            for (Input in : d.freeInputs()) {
                shapesOfArgs.add(unifier.resolve(inputShapes.get(in)));
                spans.add(in.span());
            }
            for (Shape s : shapesOfArgs) {
                for (Dim dim : s.dims()) {
                    if (dim instanceof Dim.Symbol sym) {
                        bound.add(sym.name());
                    }
                }
            }
            solveFromCompounds(shapesOfArgs, bound);
            for (int i = 0; i < shapesOfArgs.size(); i++) {
                for (Dim dim : shapesOfArgs.get(i).dims()) {
                    if (dim instanceof Dim.Compound) {
                        unbound(dim, bound, spans.get(i), d, "size `" + dim + "`");
                    }
                }
            }
            bound.addAll(sizeParameters.get(d));
            checkDimValues(d, d.body(), bound);
            for (IndexVar v : d.indices()) {
                unbound(unifier.resolve(extentOf(v)), bound, v.span(), d, "the range of index `" + v.name() + "`");
            }
        }
    }

    /**
     * Symbols an argument axis tells through a size of its own: an axis of size {@code K+1} tells
     * {@code K}, one of size {@code 2d} tells {@code d} (generated code solves them at entry and
     * checks the size is exact; the interpreter's {@code DimensionBinder} does the same).
     */
    static void solveFromCompounds(List<Shape> shapes, Set<String> bound) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Shape s : shapes) {
                for (Dim dim : s.dims()) {
                    String solvable = dim instanceof Dim.Compound ? dim.solvableFor(bound) : null;
                    if (solvable != null) {
                        progress |= bound.add(solvable);
                    }
                }
            }
        }
    }

    /** Sizes a definition takes as {@code int} parameters ({@link SizeParameters}). */
    final IdentityHashMap<Definition, List<String>> sizeParameters = new IdentityHashMap<>();

    /** The sizes invented for left-hand indices that range over nothing ({@code n_p}), by symbol. */
    private final Set<String> indexSizes = new LinkedHashSet<>();

    /**
     * A left-hand index that ranges over nothing (no input it indexes, no written range, no declared
     * result: {@code PE_{p,2i} = \sin(p / …)}) has its number of values as a size of its own, named for it
     * ({@code n_p}), which the definition takes as a size parameter (W0196). Its value, when the body uses
     * it as a number, counts from 0 (the resolver's W0140).
     */
    private void sizeUnrangedLeftIndices() {
        Set<String> taken = new LinkedHashSet<>();
        for (Input in : program.inputs()) {
            collectSymbols(unifier.resolve(inputShapes.get(in)), taken);
        }
        for (Definition d : program.definitions()) {
            List<IndexVar> left = new ArrayList<>(d.indices());
            if (d.body() instanceof Term.Interleave il) {
                il.parts().forEach(p -> left.addAll(p.indices()));
            }
            for (IndexVar v : left) {
                if (v.name().equals(IndexVar.IDENTITY) || v.name().equals(IndexVar.ONES)
                        || v.name().equals(IndexVar.CLASSES) || !extents.containsKey(v)) {
                    continue;
                }
                Dim e = unifier.resolve(extents.get(v));
                if (!(e instanceof Dim.Symbol sym) || !sym.flexible() || !sym.name().startsWith("range_")
                        || sym.name().startsWith("range_limit")) {   // a range ending at a run-time value: E0110
                    continue;
                }
                IndexVar leaving = leftOutBy(d.body(), v);
                if (leaving != null) {
                    // RLOO's b_i = \frac{1}{k-1} \sum_{j \neq i} R_j: i is the term the sum over j leaves out, one
                    // value per term of that sum
                    Dim range = unifier.resolve(extents.get(leaving));
                    unifier.unify(sym, range);
                    Diagnostic.of(Code.W0485, source, v.span(), "`" + v.name() + "` indexes nothing and no range is"
                                    + " written; the sum over `" + leaving.name() + "` leaves the term at `" + v.name()
                                    + "` out, so it runs over the same range, " + range + ": one value per term left out")
                            .caret("read as " + v.name() + " = 0, 1, …, " + range + " - 1")
                            .help("state the range to choose another, like `\\quad \\text{for } " + v.name()
                                    + " = 0, \\dots, n-1`")
                            .report(diagnostics);
                    continue;
                }
                IndexVar partner = comparedWithRanged(d.body(), v);
                if (partner != null) {
                    // CoPE's p_{ij} = \sum_{t=j}^{i} g_{it}: j, a limit of the sum over t, runs over t's axis.
                    unifier.unify(sym, unifier.resolve(extents.get(partner)));
                    Diagnostic.of(Code.W0415, source, v.span(), "`" + v.name() + "` indexes nothing and no range is"
                                    + " written; it is compared with `" + partner.name() + "`, so it runs over the same"
                                    + " range, " + unifier.resolve(extents.get(partner)))
                            .caret("read as " + v.name() + " = 0, 1, …, " + unifier.resolve(extents.get(partner)) + " - 1")
                            .help("state the range to choose another, like `\\quad \\text{for } " + v.name()
                                    + " = 0, \\dots, n-1`")
                            .report(diagnostics);
                    continue;
                }
                String letter = v.name().replace("\\", "");
                String name = letter.length() == 1 ? "n_" + letter : "n_{" + letter + "}";
                while (taken.contains(name)) {
                    name = name + "'";
                }
                taken.add(name);
                indexSizes.add(name);
                unifier.unify(sym, new Dim.Symbol(name, false));
                Diagnostic.of(Code.W0196, source, v.span(), "`" + v.name() + "` ranges over nothing: it indexes no input,"
                                + " no range is written and no declaration gives the shape of `" + d.latexName() + "`, so"
                                + " its number of values is a size of its own, `" + name + "`")
                        .caret("read as " + v.name() + " = 0, 1, \\dots, " + name + " - 1")
                        .help("give the size when running it (`eqc run … --dim " + name + "=INT`; the generated method"
                                + " takes it as an int), or state the range, like `\\quad \\text{for } " + v.name()
                                + " = 0, \\dots, n-1`")
                        .report(diagnostics);
            }
        }
    }

    /**
     * An index with a range of its own ({@code t}, the variable of a sum over an axis) that {@code v} is compared
     * with in {@code t}'s body, as a sum's limits are ({@code \sum_{t=j}^{i}} keeps {@code t \ge j}), or null.
     */
    /** The variable of a reduction in {@code body} that leaves {@code v}'s term out and has a range, or null. */
    private IndexVar leftOutBy(Term body, IndexVar v) {
        for (Term t : TermTrees.preorder(body)) {
            if (t instanceof Term.Reduce r && r.var().excluded().contains(v) && extents.containsKey(r.var())
                    && !(unifier.resolve(extents.get(r.var())) instanceof Dim.Symbol sym && sym.flexible()
                            && sym.name().startsWith("range_"))) {
                return r.var();
            }
        }
        return null;
    }

    private IndexVar comparedWithRanged(Term body, IndexVar v) {
        if (body instanceof Term.Compare c) {
            IndexVar other = c.left() instanceof Term.IndexValue l && mentionsIndex(c.right(), v) ? l.var()
                    : c.right() instanceof Term.IndexValue r && mentionsIndex(c.left(), v) ? r.var() : null;
            if (other != null && other != v && extents.containsKey(other)
                    && !(unifier.resolve(extents.get(other)) instanceof Dim.Symbol sym && sym.flexible()
                            && sym.name().startsWith("range_"))) {
                return other;
            }
        }
        for (Term child : body.children()) {
            IndexVar found = comparedWithRanged(child, v);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether {@code t} is {@code v}'s value, or that plus or minus numbers ({@code j + 1}). */
    private static boolean mentionsIndex(Term t, IndexVar v) {
        return t instanceof Term.IndexValue iv && iv.var() == v
                || t instanceof Term.Arith a && (a.op() == Term.ArithOp.ADD || a.op() == Term.ArithOp.SUB)
                        && (mentionsIndex(a.left(), v) && a.right() instanceof Term.Literal
                                || a.op() == Term.ArithOp.ADD && a.left() instanceof Term.Literal
                                        && mentionsIndex(a.right(), v));
    }

    /** Reports the first symbol of {@code dim} that no argument axis gives; true if there was one. */
    private boolean unbound(Dim dim, Set<String> bound, dev.eqc.compiler.source.Span at, Definition d, String what) {
        Set<String> symbols = new LinkedHashSet<>();
        collectSymbols(new Shape(List.of(dim)), symbols);
        for (String sym : symbols) {
            if (!bound.contains(sym) && !sym.startsWith("range_")) {   // range_*: already reported (E0304)
                Diagnostic.of(Code.E0110, source, at, "dimension `" + sym + "` in " + what + " is not the size of any"
                                + " input axis of `" + d.latexName() + "`")
                        .caret("`" + sym + "` cannot be measured")
                        .help("declare an input of `" + d.latexName() + "` with `" + sym + "` as a dimension of its own")
                        .report(diagnostics);
                return true;
            }
        }
        return false;
    }

    private void checkDimValues(Definition d, Term t, Set<String> bound) {
        if (t instanceof Term.DimValue v && tiedDims.containsKey(v.dim())) {
            unbound(tiedDims.get(v.dim()), bound, v.span(), d, "`" + dev.eqc.compiler.term.DimTie.printed(v.dim()) + "`");
        } else if (t instanceof Term.DimValue v && program.dimTies().containsKey(v.dim())) {
            // its argument failed, or was a number: reported
        } else if (t instanceof Term.DimValue v && !bound.contains(v.dim())) {
            noteNamesakeConflict(d);
            Diagnostic.of(Code.E0110, source, v.span(), "dimension `" + v.dim() + "` is not the size of any input of `"
                            + d.latexName() + "`")
                    .caret("no input has this dimension")
                    .help("use it in a declaration of an input this definition uses")
                    .report(diagnostics);
        }
        if (t instanceof Term.Reduce r) {
            unbound(unifier.resolve(extentOf(r.var())), bound, r.var().span(), d, "the range of index `" + r.var().name() + "`");
        }
        if (t instanceof Term.Stack st) {
            for (IndexVar v : st.vars()) {
                unbound(unifier.resolve(extentOf(v)), bound, st.span(), d, "the size of `" + source.slice(st.span()) + "`");
            }
        }
        if (t instanceof Term.Interleave il) {
            for (Term.StridedPart part : il.parts()) {
                for (IndexVar v : part.indices()) {
                    unbound(unifier.resolve(extentOf(v)), bound, v.span(), d, "the range of index `" + v.name() + "`");
                }
            }
        }
        Definition callee = t instanceof Term.ValueRef v ? v.definition() : t instanceof Term.Call c ? c.function() : null;
        if (callee != null) {
            for (String size : sizeParameters.getOrDefault(callee, List.of())) {
                unbound(new Dim.Symbol(size, false), bound, t.span(), d, "the size `" + callee.latexName()
                        + "` is computed at");
            }
        }
        t.children().forEach(c -> checkDimValues(d, c, bound));
    }

    static void collectSymbols(Shape s, Set<String> out) {
        for (Dim d : s.dims()) {
            collectSymbols(d, out);
        }
    }

    private static void collectSymbols(Dim d, Set<String> out) {
        if (d instanceof Dim.Symbol s) {
            out.add(s.name());
        } else if (d instanceof Dim.Compound c) {
            collectSymbols(c.left(), out);
            collectSymbols(c.right(), out);
        }
    }
}
