package dev.eqc.compiler.interp;

import dev.eqc.compiler.resolve.Definition;
import dev.eqc.compiler.resolve.Input;
import dev.eqc.compiler.resolve.Param;
import dev.eqc.compiler.resolve.Term;
import dev.eqc.compiler.shape.Dim;
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
        Map<String, Integer> dims = DimensionBinder.bind(labels, signature, args, inherited);
        return GufuncLoop.run(labels, coreRanks, args, core -> evaluateBody(def, core, dims),
                () -> resultCoreShape(def, dims));
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
        if (t instanceof Term.Literal lit) {
            return NDArray.scalar(lit.value());
        } else if (t instanceof Term.DimValue dv) {
            Integer size = scope.dims().get(dv.dim());
            if (size == null) {
                throw new IllegalArgumentException("the size of dimension " + dv.dim()
                        + " is not bound by any argument; give it explicitly");
            }
            return NDArray.scalar(size);
        } else if (t instanceof Term.ConstRef c) {
            return NDArray.scalar(c.constant().value());
        } else if (t instanceof Term.InputRef in) {
            return inputValue(in.input(), scope);
        } else if (t instanceof Term.ParamRef p) {
            if (p.index() >= scope.params().size()) {
                throw new IllegalArgumentException("the expression uses parameter #" + p.index()
                        + " of its function, which has no value here");
            }
            return scope.params().get(p.index());
        } else if (t instanceof Term.ValueRef v) {
            List<NDArray> args = freeInputValues(v.definition(), new ArrayList<>(), scope);
            java.util.ArrayDeque<Memo> memos = lastValues.computeIfAbsent(v.definition(), k -> new java.util.ArrayDeque<>());
            for (Memo memo : memos) {
                if (memo.matches(args, scope.dims())) {
                    return memo.value();
                }
            }
            NDArray value = invoke(v.definition(), args, scope.dims());
            if (memos.size() == MEMO_ENTRIES) {
                memos.removeLast();
            }
            memos.addFirst(new Memo(List.copyOf(args), Map.copyOf(scope.dims()), value));
            return value;
        } else if (t instanceof Term.Call call) {
            Definition fn = call.function();
            if (call.args().size() != fn.params().size()) {
                throw new IllegalStateException("`" + fn.latexName() + "` lists " + fn.params().size()
                        + " parameters but is called with " + call.args().size());
            }
            List<NDArray> args = new ArrayList<>();
            for (Term arg : call.args()) {
                args.add(evaluate(arg, scope));
            }
            return invoke(fn, freeInputValues(fn, args, scope), scope.dims());
        } else if (t instanceof Term.BuiltinCall b) {
            List<NDArray> args = new ArrayList<>();
            for (Term arg : b.args()) {
                args.add(evaluate(arg, scope));
            }
            return BuiltinEvaluator.apply(b.builtin(), args);
        } else if (t instanceof Term.Arith a) {
            NDArray l = evaluate(a.left(), scope);
            NDArray r = evaluate(a.right(), scope);
            return switch (a.op()) {
                case ADD -> Broadcasting.zip(l, r, (x, y) -> x + y, "addition");
                case SUB -> Broadcasting.zip(l, r, (x, y) -> x - y, "subtraction");
                case MUL -> Broadcasting.zip(l, r, (x, y) -> x * y, "element-wise product");
                case DIV -> Broadcasting.zip(l, r, (x, y) -> x / y, "division");
            };
        } else if (t instanceof Term.Product p) {
            NDArray l = evaluate(p.left(), scope);
            NDArray r = evaluate(p.right(), scope);
            return LinearAlgebra.product(productKind(p, l, r), l, r);
        } else if (t instanceof Term.Power p) {
            return Broadcasting.zip(evaluate(p.base(), scope), evaluate(p.exponent(), scope), Math::pow, "power");
        } else if (t instanceof Term.Negate n) {
            return Broadcasting.map(evaluate(n.operand(), scope), x -> -x);
        } else if (t instanceof Term.Transpose tr) {
            return LinearAlgebra.transpose(evaluate(tr.operand(), scope));
        } else if (t instanceof Term.AlongAxis a) {
            int axis = typed.axisOf(a);
            NDArray moved = IndexNotation.moveAxis(evaluate(a.arg(), scope), axis, -1);
            NDArray result = BuiltinEvaluator.apply(a.builtin(), List.of(moved));
            return a.builtin().kind() == dev.eqc.compiler.builtin.Builtin.Kind.LAST_AXIS
                    ? IndexNotation.moveAxis(result, -1, axis) : result;
        } else if (t instanceof Term.Compare c) {
            java.util.function.DoubleBinaryOperator holds = switch (c.op()) {
                case LT -> (x, y) -> x < y ? 1 : 0;
                case GT -> (x, y) -> x > y ? 1 : 0;
                case LE -> (x, y) -> x <= y ? 1 : 0;
                case GE -> (x, y) -> x >= y ? 1 : 0;
                case EQ -> (x, y) -> x == y ? 1 : 0;
                case NE -> (x, y) -> x != y ? 1 : 0;
            };
            return Broadcasting.zip(evaluate(c.left(), scope), evaluate(c.right(), scope), holds, "comparison");
        } else if (t instanceof Term.Where w) {
            NDArray cond = evaluate(w.condition(), scope);
            NDArray then = evaluate(w.then(), scope);
            NDArray otherwise = evaluate(w.otherwise(), scope);
            // Select element by element: broadcast all three to one shape first.
            NDArray zero = Broadcasting.zip(cond, Broadcasting.zip(then, otherwise, (x, y) -> 0, "cases"), (x, y) -> 0,
                    "cases");
            NDArray c = Broadcasting.zip(cond, zero, Double::sum, "cases");
            NDArray a = Broadcasting.zip(then, zero, Double::sum, "cases");
            NDArray b = Broadcasting.zip(otherwise, zero, Double::sum, "cases");
            double[] cd = c.data();
            double[] ad = a.data();
            double[] bd = b.data();
            double[] out = new double[cd.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = cd[i] != 0 ? ad[i] : bd[i];
            }
            return NDArray.of(out, c.shape());
        } else if (t instanceof Term.Index ix) {
            return IndexNotation.select(evaluate(ix.base(), scope), ix, scope);
        } else if (t instanceof Term.IndexValue iv) {
            return NDArray.scalar(scope.position(iv.var()) + iv.var().firstValue());
        } else if (t instanceof Term.Reduce red) {
            return IndexNotation.reduce(this, red, scope);
        } else if (t instanceof Term.Strided || t instanceof Term.Interleave || t instanceof Term.FamilyConcat) {
            return Level3Evaluation.evaluate(this, t, scope);
        } else if (t instanceof Term.SumTo st) {
            NDArray value = evaluate(st.operand(), scope);
            List<Dim> dims = typed.shapeOf(st.like()).dims();
            int[] target = new int[dims.size()];
            for (int i = 0; i < target.length; i++) {
                Integer size = dims.get(i).evaluate(scope.dims());
                if (size == null) {
                    return Reshaping.sumTo(value, evaluate(st.like(), scope).shape());
                }
                target[i] = size;
            }
            return Reshaping.sumTo(value, target);
        } else if (t instanceof Term.SliceLast sl) {
            int start = 0;
            for (Term b : sl.before()) {
                start += lastSize(b, scope);
            }
            return Reshaping.sliceLast(evaluate(sl.operand(), scope), start, lastSize(sl.like(), scope));
        } else if (t instanceof Term.Stack st) {
            return IndexNotation.stack(this, st.vars(), st.body(), scope);
        } else if (t instanceof Term.InsertAxis ins) {
            return Reshaping.insertAxis(evaluate(ins.operand(), scope), ins.axis());
        }
        throw new AssertionError("unhandled term " + t.getClass().getSimpleName());
    }

    /** The size of the last axis of {@code t}'s core shape here (evaluating {@code t} only if a size is unbound). */
    private int lastSize(Term t, Scope scope) {
        List<Dim> dims = typed.shapeOf(t).dims();
        Integer size = dims.get(dims.size() - 1).evaluate(scope.dims());
        if (size != null) {
            return size;
        }
        int[] shape = evaluate(t, scope).shape();
        return shape[shape.length - 1];
    }

    /** {@code args} followed by the callee's free inputs, each looked up by key in the user's scope. */
    private static List<NDArray> freeInputValues(Definition callee, List<NDArray> args, Scope scope) {
        for (Input in : callee.freeInputs()) {
            args.add(inputValue(in, scope));
        }
        return args;
    }

    private static NDArray inputValue(Input in, Scope scope) {
        NDArray v = scope.lookup(in.key());
        if (v == null) {
            throw new IllegalArgumentException("the expression needs the input `" + in.latex()
                    + "`, which has no value here");
        }
        return v;
    }

    /** The size of an index variable's range under the bound dimensions. */
    int extent(dev.eqc.compiler.resolve.IndexVar v, Map<String, Integer> dims) {
        Dim d = typed.extentOf(v);
        Integer size = d.evaluate(dims);
        if (size == null) {
            throw new IllegalArgumentException("the range of index " + v + " (" + d + ") is not bound");
        }
        return size;
    }

    private ProductKind productKind(Term.Product p, NDArray l, NDArray r) {
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
