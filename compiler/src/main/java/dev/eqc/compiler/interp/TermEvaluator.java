package dev.eqc.compiler.interp;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The meaning of each kind of term, evaluated on core-shaped arrays in a {@link Scope}: one
 * visitor method per kind, so a new kind cannot be added without saying what it computes.
 */
final class TermEvaluator implements Term.Visitor<Scope, NDArray> {
    private final Interpreter interp;

    TermEvaluator(Interpreter interp) {
        this.interp = interp;
    }

    private NDArray eval(Term t, Scope scope) {
        return t.accept(this, scope);
    }

    @Override
    public NDArray literal(Term.Literal lit, Scope scope) {
        return NDArray.scalar(lit.value());
    }

    @Override
    public NDArray dimValue(Term.DimValue dv, Scope scope) {
        dev.eqc.compiler.term.Dim tied = interp.typed().tiedDim(dv.dim());
        Integer size = tied != null ? tied.evaluate(scope.dims()) : scope.dims().get(dv.dim());
        if (size == null) {
            throw new IllegalArgumentException("the size of dimension " + dv.dim()
                    + " is not bound by any argument; give it explicitly");
        }
        return NDArray.scalar(size);
    }

    @Override
    public NDArray constRef(Term.ConstRef c, Scope scope) {
        return NDArray.scalar(c.constant().value());
    }

    @Override
    public NDArray inputRef(Term.InputRef in, Scope scope) {
        return Interpreter.inputValue(in.input(), scope);
    }

    @Override
    public NDArray paramRef(Term.ParamRef p, Scope scope) {
        if (p.index() >= scope.params().size()) {
            throw new IllegalArgumentException("the expression uses parameter #" + p.index()
                    + " of its function, which has no value here");
        }
        return scope.params().get(p.index());
    }

    @Override
    public NDArray valueRef(Term.ValueRef v, Scope scope) {
        List<NDArray> args = Interpreter.freeInputValues(v.definition(), new ArrayList<>(), scope);
        return interp.valueOf(v.definition(), args, scope.dims());
    }

    @Override
    public NDArray call(Term.Call call, Scope scope) {
        Definition fn = call.function();
        if (call.args().size() != fn.params().size()) {
            throw new IllegalStateException("`" + fn.latexName() + "` lists " + fn.params().size()
                    + " parameters but is called with " + call.args().size());
        }
        List<NDArray> args = new ArrayList<>();
        for (Term arg : call.args()) {
            args.add(eval(arg, scope));
        }
        return interp.apply(fn, Interpreter.freeInputValues(fn, args, scope), scope.dims());
    }

    @Override
    public NDArray builtinCall(Term.BuiltinCall b, Scope scope) {
        List<NDArray> args = new ArrayList<>();
        for (Term arg : b.args()) {
            args.add(eval(arg, scope));
        }
        if (interp.typed().isDeterminant(b)) {
            return LinearAlgebra.determinant(args.get(0));
        }
        if (interp.typed().isMatrixNorm(b)) {
            return LinearAlgebra.frobenius(args.get(0), interp.typed().normAxes(b));
        }
        return BuiltinEvaluator.apply(b.builtin(), args);
    }

    @Override
    public NDArray arith(Term.Arith a, Scope scope) {
        NDArray l = eval(a.left(), scope);
        NDArray r = eval(a.right(), scope);
        return switch (a.op()) {
            case ADD -> Broadcasting.zip(l, r, (x, y) -> x + y, "addition");
            case SUB -> Broadcasting.zip(l, r, (x, y) -> x - y, "subtraction");
            case MUL -> Broadcasting.zip(l, r, (x, y) -> x * y, "element-wise product");
            case DIV -> Broadcasting.zip(l, r, (x, y) -> x / y, "division");
        };
    }

    @Override
    public NDArray product(Term.Product p, Scope scope) {
        NDArray l = eval(p.left(), scope);
        NDArray r = eval(p.right(), scope);
        return LinearAlgebra.product(interp.productKind(p, l, r), l, r);
    }

    @Override
    public NDArray power(Term.Power p, Scope scope) {
        return switch (interp.typed().powerKind(p)) {
            case MATRIX_INVERSE -> LinearAlgebra.inverse(eval(p.base(), scope));
            case DIAGONAL -> LinearAlgebra.diagonalPower(eval(p.base(), scope),
                    dev.eqc.compiler.shape.TypedProgram.constant(p.exponent()));
            case MATRIX -> LinearAlgebra.matrixPower(eval(p.base(), scope), eval(p.exponent(), scope));
            case ELEMENTWISE -> Broadcasting.zip(eval(p.base(), scope), eval(p.exponent(), scope), Math::pow, "power");
        };
    }

    @Override
    public NDArray negate(Term.Negate n, Scope scope) {
        return Broadcasting.map(eval(n.operand(), scope), x -> -x);
    }

    @Override
    public NDArray transpose(Term.Transpose tr, Scope scope) {
        return LinearAlgebra.transpose(eval(tr.operand(), scope));
    }

    @Override
    public NDArray alongAxis(Term.AlongAxis a, Scope scope) {
        int axis = interp.typed().axisOf(a);
        NDArray moved = IndexNotation.moveAxis(eval(a.arg(), scope), axis, -1);
        NDArray result = BuiltinEvaluator.apply(a.builtin(), List.of(moved));
        if (a.builtin().kind() == Builtin.Kind.LAST_AXIS) {
            return IndexNotation.moveAxis(result, -1, axis);
        }
        return a.keep() ? Reshaping.insertAxis(result, axis) : result;
    }

    @Override
    public NDArray compare(Term.Compare c, Scope scope) {
        java.util.function.DoubleBinaryOperator holds = switch (c.op()) {
            case LT -> (x, y) -> x < y ? 1 : 0;
            case GT -> (x, y) -> x > y ? 1 : 0;
            case LE -> (x, y) -> x <= y ? 1 : 0;
            case GE -> (x, y) -> x >= y ? 1 : 0;
            case EQ -> (x, y) -> x == y ? 1 : 0;
            case NE -> (x, y) -> x != y ? 1 : 0;
        };
        return Broadcasting.zip(eval(c.left(), scope), eval(c.right(), scope), holds, "comparison");
    }

    @Override
    public NDArray where(Term.Where w, Scope scope) {
        NDArray cond = eval(w.condition(), scope);
        NDArray then = eval(w.then(), scope);
        NDArray otherwise = eval(w.otherwise(), scope);
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
    }

    @Override
    public NDArray index(Term.Index ix, Scope scope) {
        return IndexNotation.select(eval(ix.base(), scope), ix, scope);
    }

    @Override
    public NDArray indexValue(Term.IndexValue iv, Scope scope) {
        return NDArray.scalar(scope.position(iv.var()) + iv.var().firstValue());
    }

    @Override
    public NDArray reduce(Term.Reduce red, Scope scope) {
        return IndexNotation.reduce(interp, red, scope);
    }

    @Override
    public NDArray gradient(Term.Gradient g, Scope scope) {
        throw new IllegalStateException("the gradient pass replaces every gradient before evaluation: " + g.span());
    }

    @Override
    public NDArray sumTo(Term.SumTo st, Scope scope) {
        NDArray value = eval(st.operand(), scope);
        List<Dim> dims = interp.typed().shapeOf(st.like()).dims();
        int[] target = new int[dims.size()];
        for (int i = 0; i < target.length; i++) {
            Integer size = dims.get(i).evaluate(scope.dims());
            if (size == null) {
                return Reshaping.sumTo(value, eval(st.like(), scope).shape());
            }
            target[i] = size;
        }
        return Reshaping.sumTo(value, target);
    }

    @Override
    public NDArray sliceLast(Term.SliceLast sl, Scope scope) {
        int start = 0;
        for (Term b : sl.before()) {
            start += interp.lastSize(b, scope);
        }
        return Reshaping.sliceLast(eval(sl.operand(), scope), start, interp.lastSize(sl.like(), scope));
    }

    @Override
    public NDArray stack(Term.Stack st, Scope scope) {
        return IndexNotation.stack(interp, st.vars(), st.body(), scope);
    }

    @Override
    public NDArray insertAxis(Term.InsertAxis ins, Scope scope) {
        return Reshaping.insertAxis(eval(ins.operand(), scope), ins.axis());
    }

    @Override
    public NDArray strided(Term.Strided s, Scope scope) {
        return LayoutEvaluation.strided(eval(s.base(), scope), s.axis(), s.stride(), s.offset());
    }

    @Override
    public NDArray interleave(Term.Interleave il, Scope scope) {
        return LayoutEvaluation.interleave(interp, il, scope);
    }

    @Override
    public NDArray familyConcat(Term.FamilyConcat fc, Scope scope) {
        return LayoutEvaluation.concat(eval(fc.family(), scope));
    }

    @Override
    public NDArray unstride(Term.Unstride u, Scope scope) {
        return LayoutEvaluation.unstride(eval(u.operand(), scope), u.axis(), u.stride(), u.offset());
    }

    @Override
    public NDArray scan(Term.Scan s, Scope scope) {
        // A start given as one number (the zero state) fills the state's shape, so the first step's products fit.
        List<Dim> dims = interp.typed().shapeOf(s.body()).dims();
        int[] cell = new int[dims.size()];
        for (int i = 0; i < cell.length; i++) {
            Integer size = dims.get(i).evaluate(scope.dims());
            if (size == null) {
                throw new IllegalArgumentException("the size " + dims.get(i) + " of the recurrence's state is not bound");
            }
            cell[i] = size;
        }
        NDArray start = Broadcasting.zip(eval(s.initial(), scope), NDArray.wrap(new double[NDArray.numel(cell)], cell),
                Double::sum, "the initial state");
        return IndexNotation.scan(interp, s, start, scope);
    }

    @Override
    public NDArray scanState(Term.ScanState s, Scope scope) {
        return scope.state(s.step());
    }

    @Override
    public NDArray splitFamily(Term.SplitFamily sf, Scope scope) {
        Dim members = interp.typed().shapeOf(sf.like()).dim(0);
        Integer h = members.evaluate(scope.dims());
        return LayoutEvaluation.split(eval(sf.operand(), scope),
                h != null ? h : eval(sf.like(), scope).shape()[0]);
    }
}
