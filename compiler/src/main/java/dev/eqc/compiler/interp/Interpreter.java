package dev.eqc.compiler.interp;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Param;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.shape.ProductKind;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.shape.TypedProgram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reference interpreter: the executable meaning of a typed program, in double precision.
 *
 * <p>Input: a {@link TypedProgram} and, per call, a definition with its arguments in method
 * order (listed parameters, then free inputs). Output: the definition's value as an
 * {@link NDArray} of shape {@code [batch..., resultCore...]}.
 *
 * <p>Invariants: arguments carry their core shape ({@link TypedProgram#signature}) behind
 * optional leading batch axes that broadcast NumPy-style; batching is an explicit loop over core
 * slices ({@link GufuncLoop}), deliberately unlike generated code so differential tests compare
 * two strategies. Dimension symbols are bound from the arguments' trailing axes. A defined value
 * or function used inside another sees the user's listed parameters in place of inputs with the
 * same key (SPEC 2.2). Nothing here calls the runtime's kernels.
 *
 * <p>Errors: bad arguments (count, rank, sizes, batch parts that do not broadcast, unbound
 * dimensions) throw IllegalArgumentException; a body whose value contradicts the shape
 * inference recorded throws IllegalStateException.
 */
public final class Interpreter {
    private final TypedProgram typed;
    /**
     * The last values of each defined value, with the very arguments and sizes it was computed
     * from: a chain of definitions that use the one before would otherwise be evaluated again for
     * every later link (3,000 links: 4.5 million evaluations).
     */
    private final Map<Definition, java.util.ArrayDeque<Memo>> lastValues = new java.util.IdentityHashMap<>();
    /** Values kept per definition: a batched call asks for one per batch element. */
    private static final int MEMO_ENTRIES = 8;

    private record Memo(List<NDArray> args, Map<String, Integer> dims, NDArray value) {
        boolean matches(List<NDArray> otherArgs, Map<String, Integer> otherDims) {
            if (otherArgs.size() != args.size() || !otherDims.equals(dims)) {
                return false;
            }
            for (int i = 0; i < args.size(); i++) {
                if (!sameValues(otherArgs.get(i), args.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Equal shapes and bit-equal elements (a batch slice is a new array with the same values). */
        private static boolean sameValues(NDArray a, NDArray b) {
            if (a == b) {
                return true;
            }
            if (!java.util.Arrays.equals(a.shapeRef(), b.shapeRef())) {
                return false;
            }
            for (int i = 0, n = a.numel(); i < n; i++) {
                if (Double.doubleToRawLongBits(a.flat(i)) != Double.doubleToRawLongBits(b.flat(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final TermEvaluator evaluator = new TermEvaluator(this);

    public Interpreter(TypedProgram typed) {
        this.typed = Objects.requireNonNull(typed, "typed");
    }

    /** {@code def} applied to {@code args} (listed parameters, then free inputs). */
    public NDArray call(Definition def, List<NDArray> args) {
        return call(def, args, Map.of());
    }

    /**
     * As {@link #call(Definition, List)}, with sizes for dimensions the arguments cannot bind
     * (a {@code --dim} given at run time); sizes bound by the arguments take precedence.
     */
    public NDArray call(Definition def, List<NDArray> args, Map<String, Integer> dims) {
        return invoke(def, List.copyOf(args), dims);
    }

    /** The value of a term that uses no inputs, parameters or dimension sizes (for constant folding). */
    public NDArray evaluateConstant(Term term) {
        return evaluate(term, Scope.constant());
    }

    private NDArray invoke(Definition def, List<NDArray> args, Map<String, Integer> inherited) {
        if (args.size() != def.arity()) {
            throw new IllegalArgumentException("`" + def.latexName() + "` takes " + def.arity() + " arguments ("
                    + String.join(", ", labels(def)) + "), got " + args.size());
        }
        List<String> labels = labels(def);
        List<Shape> signature = typed.signature(def);
        int[] coreRanks = new int[args.size()];
        for (int i = 0; i < args.size(); i++) {
            coreRanks[i] = signature.get(i).rank();
            if (args.get(i).rank() < coreRanks[i]) {
                throw new IllegalArgumentException("argument `" + labels.get(i) + "` of `" + def.latexName()
                        + "` has shape " + args.get(i).shapeString() + " but its core shape " + signature.get(i)
                        + " needs rank at least " + coreRanks[i]);
            }
        }
        Map<String, Integer> dims = DimensionBinder.bind(labels, signature, args, sizesFromScalars(def, labels, args,
                inherited));
        return GufuncLoop.run(labels, coreRanks, args, core -> evaluateBody(def, core, dims),
                () -> resultCoreShape(def, dims));
    }

    /**
     * {@code inherited} with the sizes {@code def} takes that a whole-number scalar argument of the same name
     * gives ({@code m, n = 1, \dots, L} with {@code L \in \mathbb{N}}), as the generated code's runner reads them.
     */
    private Map<String, Integer> sizesFromScalars(Definition def, List<String> labels, List<NDArray> args,
            Map<String, Integer> inherited) {
        Map<String, Integer> sizes = new HashMap<>(inherited);
        for (String size : typed.sizeParameters(def)) {
            for (int i = 0; i < args.size() && !sizes.containsKey(size); i++) {
                NDArray a = args.get(i);
                if (a.rank() == 0 && dev.eqc.compiler.run.SymbolNames.matches(labels.get(i), size,
                        size.replace("{", "").replace("}", ""))) {
                    double v = a.flat(0);
                    if (v >= 0 && v == Math.rint(v) && v <= Integer.MAX_VALUE) {
                        sizes.put(size, (int) v);
                    }
                }
            }
        }
        return sizes;
    }

    private NDArray evaluateBody(Definition def, List<NDArray> core, Map<String, Integer> dims) {
        int listed = def.params().size();
        Map<String, NDArray> inputs = new HashMap<>();
        for (int i = 0; i < def.freeInputs().size(); i++) {
            inputs.put(def.freeInputs().get(i).key(), core.get(listed + i));
        }
        Scope scope = new Scope(def, core.subList(0, listed), inputs, dims);
        NDArray result = def.elementwise() ? IndexNotation.elementwise(this, def, scope)
                : evaluate(def.body(), scope);
        checkResultShape(def, result, dims);
        return result;
    }

    NDArray evaluate(Term t, Scope scope) {
        return t.accept(evaluator, scope);
    }

    /** The last values of a defined value, memoized (see {@link #lastValues}). */
    NDArray valueOf(Definition d, List<NDArray> args, Map<String, Integer> dims) {
        java.util.ArrayDeque<Memo> memos = lastValues.computeIfAbsent(d, k -> new java.util.ArrayDeque<>());
        for (Memo memo : memos) {
            if (memo.matches(args, dims)) {
                return memo.value();
            }
        }
        NDArray value = invoke(d, args, dims);
        if (memos.size() == MEMO_ENTRIES) {
            memos.removeLast();
        }
        memos.addFirst(new Memo(List.copyOf(args), Map.copyOf(dims), value));
        return value;
    }

    /** A function applied to evaluated arguments (listed parameters, then free inputs). */
    NDArray apply(Definition fn, List<NDArray> args, Map<String, Integer> dims) {
        return invoke(fn, args, dims);
    }

    TypedProgram typed() {
        return typed;
    }

    /** The size of the last axis of {@code t}'s core shape here (evaluating {@code t} only if a size is unbound). */
    int lastSize(Term t, Scope scope) {
        List<Dim> dims = typed.shapeOf(t).dims();
        Integer size = dims.get(dims.size() - 1).evaluate(scope.dims());
        if (size != null) {
            return size;
        }
        int[] shape = evaluate(t, scope).shape();
        return shape[shape.length - 1];
    }

    /** {@code args} followed by the callee's free inputs, each looked up by key in the user's scope. */
    static List<NDArray> freeInputValues(Definition callee, List<NDArray> args, Scope scope) {
        for (Input in : callee.freeInputs()) {
            args.add(inputValue(in, scope));
        }
        return args;
    }

    static NDArray inputValue(Input in, Scope scope) {
        NDArray v = scope.lookup(in.key());
        if (v == null) {
            throw new IllegalArgumentException("the expression needs the input `" + in.latex()
                    + "`, which has no value here");
        }
        return v;
    }

    /** The size of an index variable's range under the bound dimensions. */
    int extent(dev.eqc.compiler.term.IndexVar v, Map<String, Integer> dims) {
        Dim d = typed.extentOf(v);
        Integer size = d.evaluate(dims);
        if (size == null) {
            throw new IllegalArgumentException("the range of index " + v + " (" + d + ") is not bound");
        }
        return size;
    }

    ProductKind productKind(Term.Product p, NDArray l, NDArray r) {
        ProductKind kind = typed.productKind(p);
        if (kind == null) {
            if (l.rank() == 0 || r.rank() == 0) {
                return ProductKind.SCALE;
            }
            throw new IllegalStateException("shape inference recorded no meaning for the product at " + p.opSpan());
        }
        return kind;
    }

    private void checkResultShape(Definition def, NDArray result, Map<String, Integer> dims) {
        Shape expected = typed.resultShape(def);
        boolean ok = expected.rank() == result.rank();
        for (int i = 0; ok && i < expected.rank(); i++) {
            Integer size = expected.dim(i).evaluate(dims);
            ok = size == null || size == result.size(i);
        }
        if (!ok) {
            throw new IllegalStateException("`" + def.latexName() + "` evaluated to shape " + result.shapeString()
                    + " but shape inference gave " + expected + " with " + dims);
        }
    }

    private int[] resultCoreShape(Definition def, Map<String, Integer> dims) {
        Shape expected = typed.resultShape(def);
        int[] out = new int[expected.rank()];
        for (int i = 0; i < out.length; i++) {
            Dim d = expected.dim(i);
            Integer size = d.evaluate(dims);
            if (size == null) {
                throw new IllegalArgumentException("cannot size the empty result of `" + def.latexName()
                        + "`: dimension " + d + " is not bound");
            }
            out[i] = size;
        }
        return out;
    }

    private static List<String> labels(Definition def) {
        List<String> out = new ArrayList<>();
        for (Param p : def.params()) {
            out.add(p.latex());
        }
        for (Input in : def.freeInputs()) {
            out.add(in.latex());
        }
        return out;
    }
}
