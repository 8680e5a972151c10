package dev.eqc.compiler.shape;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.resolve.Definition;
import dev.eqc.compiler.resolve.IndexVar;
import dev.eqc.compiler.resolve.Input;
import dev.eqc.compiler.resolve.Param;
import dev.eqc.compiler.resolve.Term;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape rules of each term kind within one definition. A null shape means "already
 * reported": parents of a failed term stay silent, so there are no cascades.
 */
final class TermShapes {
    private final ShapeInference pass;
    private final Definition owner;
    private final ProductRule products;

    TermShapes(ShapeInference pass, Definition owner) {
        this.pass = pass;
        this.owner = owner;
        this.products = new ProductRule(pass, this);
    }

    Shape shape(Term t) {
        Shape s = compute(t);
        if (s != null) {
            pass.shapes.put(t, s);
        }
        return s;
    }

    private Shape compute(Term t) {
        if (t instanceof Term.Literal || t instanceof Term.DimValue || t instanceof Term.ConstRef) {
            return Shape.SCALAR;
        }
        if (t instanceof Term.InputRef in) {
            return pass.inputShapes.get(in.input());
        }
        if (t instanceof Term.ParamRef p) {
            return pass.paramShape(owner, p.index());
        }
        if (t instanceof Term.ValueRef v) {
            bindShadowedInputs(v.definition(), v.span());
            return pass.resultOf(v.definition());
        }
        if (t instanceof Term.Call c) {
            return call(c);
        }
        if (t instanceof Term.BuiltinCall b) {
            return builtin(b);
        }
        if (t instanceof Term.Arith a) {
            return broadcast(shape(a.left()), shape(a.right()), a.opSpan(), a.span(), a.op().symbol,
                    a.op() == Term.ArithOp.ADD ? "add" : a.op() == Term.ArithOp.SUB ? "subtract"
                            : a.op() == Term.ArithOp.MUL ? "multiply element-wise" : "divide");
        }
        if (t instanceof Term.Product p) {
            return products.shape(p);
        }
        if (t instanceof Term.Power p) {
            Shape base = shape(p.base());
            if (base != null && base.rank() >= 2 && p.exponent() instanceof Term.Negate n
                    && n.operand() instanceof Term.Literal one && one.value() == 1.0) {
                Diagnostic.of(Code.W0102, pass.source, p.span(), "`" + pass.source.slice(p.span())
                                + "` is read as the element-wise reciprocal, not the matrix inverse")
                        .caret("element-wise 1/x")
                        .help("write `\\frac{1}{…}` to make the element-wise meaning explicit; matrix inverses are"
                                + " not supported")
                        .report(pass.diagnostics);
            }
            return broadcast(base, shape(p.exponent()), p.span(), p.span(), "^", "raise");
        }
        if (t instanceof Term.Negate n) {
            return shape(n.operand());
        }
        if (t instanceof Term.Index ix) {
            return index(ix);
        }
        if (t instanceof Term.AlongAxis a) {
            return alongAxis(a);
        }
        if (t instanceof Term.Compare c) {
            return broadcast(shape(c.left()), shape(c.right()), c.span(), c.span(), c.op().symbol, "compare");
        }
        if (t instanceof Term.Where w) {
            Shape cond = shape(w.condition());
            Shape values = broadcast(shape(w.then()), shape(w.otherwise()), w.span(), w.span(), "|", "choose between");
            return broadcast(cond, values, w.condition().span(), w.span(), "|", "select by");
        }
        if (t instanceof Term.IndexValue) {
            return Shape.SCALAR;
        }
        if (t instanceof Term.Reduce red) {
            pass.extentOf(red.var());
            Shape body = shape(red.body());
            if (body != null && !body.isScalar()
                    && (red.op() == Term.ReduceOp.ARGMAX || red.op() == Term.ReduceOp.ARGMIN)) {
                error(Code.E0303, red.span(), "arg max and arg min need a scalar body, got " + resolved(body),
                        "index the body down to a number, like `\\arg\\max_i x_i`", null);
                return null;
            }
            return body;
        }
        if (t instanceof Term.Transpose tr) {
            Shape s = shape(tr.operand());
            return s == null ? null : s.transposed();
        }
        if (t instanceof Term.Strided || t instanceof Term.Interleave || t instanceof Term.FamilyConcat) {
            return new Level3Shapes(pass, owner, this).shape(t);
        }
        if (t instanceof Term.Gradient g) {
            return gradient(g);
        }
        if (t instanceof Term.SumTo s) {
            Shape operand = shape(s.operand());
            Shape like = shape(s.like());
            return operand == null ? null : like;
        }
        if (t instanceof Term.SliceLast sl) {
            Shape operand = shape(sl.operand());
            for (Term b : sl.before()) {
                shape(b);
            }
            Shape like = shape(sl.like());
            if (operand == null || like == null) {
                return null;
            }
            List<Dim> dims = new ArrayList<>(operand.dims().subList(0, operand.rank() - 1));
            dims.add(like.fromEnd(1));
            return new Shape(dims);
        }
        if (t instanceof Term.Stack st) {
            Shape body = shape(st.body());
            if (body == null) {
                return null;
            }
            List<Dim> dims = new ArrayList<>();
            for (IndexVar v : st.vars()) {
                dims.add(pass.extentOf(v));
            }
            dims.addAll(body.dims());
            return new Shape(dims);
        }
        if (t instanceof Term.InsertAxis ins) {
            Shape s = shape(ins.operand());
            if (s == null) {
                return null;
            }
            List<Dim> dims = new ArrayList<>(s.dims());
            dims.add(dims.size() + 1 + ins.axis(), new Dim.Known(1));
            return new Shape(dims);
        }
        throw new AssertionError(t);
    }

    /** A gradient has the shape of the input it is taken with respect to; what it differentiates must be a scalar. */
    private Shape gradient(Term.Gradient g) {
        Shape of = shape(g.of());
        Shape wrt = pass.inputShapes.get(g.wrt());
        if (of == null || wrt == null) {
            return null;
        }
        if (!of.isScalar()) {
            error(Code.E0305, g.of().span(), "a gradient needs a scalar to differentiate, but `"
                            + pass.source.slice(g.of().span()) + "` has shape " + resolved(of),
                    "reduce it to a number first, like `\\nabla_{" + g.wrt().latex() + "} \\mathrm{sum}(…)`, or take"
                            + " the gradient of a scalar loss", "shape " + resolved(of));
            return null;
        }
        return wrt;
    }

    /** The axis of {@code a.dim()} in the argument's shape; the shape is kept or loses that axis. */
    private Shape alongAxis(Term.AlongAxis a) {
        Shape arg = shape(a.arg());
        if (arg == null) {
            return null;
        }
        Shape resolvedArg = resolved(arg);
        int found = -1;
        for (int i = 0; i < resolvedArg.rank(); i++) {
            if (resolvedArg.dim(i).toString().equals(a.dim())) {
                if (found >= 0) {
                    error(Code.E0304, a.span(), "`" + a.dim() + "` names two axes of " + resolvedArg,
                            "use index notation to say which one is meant", null);
                    return null;
                }
                found = i;
            }
        }
        if (found < 0 && !pass.program().declaredDimensions().contains(a.dim()) && resolvedArg.rank() > 0) {
            // underset{seq}{softmax}: a word that is no dimension of the file; papers mean the last axis.
            Diagnostic.of(Code.W0102, pass.source, a.span(), "`" + a.dim() + "` is not a dimension of " + resolvedArg
                            + "; eqc applies " + a.builtin().displayName() + " along the last axis")
                    .caret("axis `" + a.dim() + "` assumed last")
                    .help("declare the inputs with `" + a.dim() + "` as a dimension to name an axis")
                    .report(pass.diagnostics);
            found = resolvedArg.rank() - 1;
        }
        if (found < 0) {
            error(Code.E0304, a.span(), a.builtin().displayName() + " along `" + a.dim() + "`, but the argument has shape "
                    + resolvedArg, "name one of its dimensions: " + resolvedArg, null);
            return null;
        }
        pass.axes.put(a, found - resolvedArg.rank());
        if (a.builtin().kind() == dev.eqc.compiler.builtin.Builtin.Kind.REDUCE_LAST) {
            List<Dim> dims = new ArrayList<>(arg.dims());
            dims.remove(found);
            return new Shape(dims);
        }
        return arg;
    }

    /** {@code W_{ij}}: each index variable ranges over one leading core axis of the base. */
    private Shape index(Term.Index ix) {
        Shape base = shape(ix.base());
        if (base == null) {
            return null;
        }
        int k = ix.indices().size();
        if (base.rank() < k) {
            error(Code.E0303, ix.span(), "`" + pass.source.slice(ix.base().span()) + "` has shape " + resolved(base)
                    + " but is indexed by " + k + " indices", "a subscript index selects along one axis each", null);
            return null;
        }
        for (int a = 0; a < k; a++) {
            IndexVar v = ix.indices().get(a);
            Dim extent = pass.extentOf(v);
            if (!pass.unifier.unify(extent, base.dim(a))) {
                error(Code.E0304, ix.span(), "index `" + v.name() + "` ranges over " + resolved(extent)
                                + " but axis " + a + " of `" + pass.source.slice(ix.base().span()) + "` has size "
                                + resolved(base.dim(a)),
                        "an index used on two dimensions forces them equal (SPEC 3.4)", null);
                return null;
            }
        }
        return new Shape(base.dims().subList(k, base.rank()));
    }

    /** A used value's inputs that this function's parameters shadow must match them. */
    private void bindShadowedInputs(Definition used, Span at) {
        for (Input in : used.freeInputs()) {
            for (int i = 0; i < owner.params().size(); i++) {
                Param p = owner.params().get(i);
                if (p.key().equals(in.key())) {
                    Shape ps = pass.paramShape(owner, i);
                    Shape is = pass.inputShapes.get(in);
                    if (ps != null && is != null && !unifyShapes(ps, is)) {
                        Diagnostic.of(Code.E0304, pass.source, at, "`" + used.latexName() + "` uses `" + in.latex()
                                        + "` as " + resolved(is) + ", but here `" + p.latex() + "` is " + resolved(ps))
                                .label(p.span(), "parameter `" + p.latex() + "` is " + resolved(ps))
                                .label(in.span(), "declared here as " + resolved(is))
                                .report(pass.diagnostics);
                    }
                }
            }
        }
    }

    private Shape call(Term.Call c) {
        Definition f = c.function();
        Shape result = pass.resultOf(f);
        List<Shape> args = new ArrayList<>();
        for (Term a : c.args()) {
            args.add(shape(a));
        }
        bindShadowedInputs(f, c.span());
        if (result == null || args.contains(null)) {
            return null;
        }
        List<Dim> batch = List.of();
        for (int i = 0; i < args.size(); i++) {
            Shape want = pass.paramShape(f, i);
            Shape got = args.get(i);
            Span at = c.args().get(i).span();
            if (got.rank() < want.rank()) {
                error(Code.E0303, at, "`" + f.latexName() + "` expects `" + f.params().get(i).latex() + "` of shape "
                        + resolved(want) + ", got " + resolved(got), "a value of lower rank cannot be expanded", null);
                return null;
            }
            int extra = got.rank() - want.rank();
            for (int k = 0; k < want.rank(); k++) {
                if (!pass.unifier.unify(want.dim(k), got.dim(extra + k))) {
                    error(Code.E0304, at, "`" + f.latexName() + "` expects `" + f.params().get(i).latex()
                                    + "` of shape " + resolved(want) + ", got " + resolved(got),
                            "dimension " + resolved(want.dim(k)) + " differs from " + resolved(got.dim(extra + k)), null);
                    return null;
                }
            }
            Shape merged = broadcast(new Shape(batch), new Shape(got.dims().subList(0, extra)), at, at, "", "batch");
            if (merged == null) {
                return null;
            }
            batch = merged.dims();
        }
        List<Dim> dims = new ArrayList<>(batch);
        dims.addAll(result.dims());
        return new Shape(dims);
    }

    private Shape builtin(Term.BuiltinCall b) {
        List<Shape> args = new ArrayList<>();
        for (Term a : b.args()) {
            args.add(shape(a));
        }
        if (args.contains(null)) {
            return null;
        }
        Builtin fn = b.builtin();
        return switch (fn.kind()) {
            case UNARY -> args.get(0);
            case BINARY -> broadcast(args.get(0), args.get(1), b.span(), b.span(), ",", fn.displayName() + " of");
            case LAST_AXIS -> {
                if (args.get(0).isScalar()) {
                    error(Code.E0303, b.span(), fn.displayName() + " needs a vector or a matrix, got a scalar",
                            fn.displayName() + " works along the last axis of its argument", null);
                    yield null;
                }
                yield args.get(0);
            }
            case REDUCE_LAST -> {
                Shape arg = args.get(0);
                if (arg.isScalar() && (fn == Builtin.NORM1 || fn == Builtin.NORM2 || fn == Builtin.NORM_INF)) {
                    yield arg; // the norm of a number is its absolute value
                }
                if (arg.isScalar()) {
                    error(Code.E0303, b.span(), fn.displayName() + " needs a vector or a matrix, got a scalar",
                            fn.displayName() + " reduces the last axis of its argument", null);
                    yield null;
                }
                yield new Shape(arg.dims().subList(0, arg.rank() - 1));
            }
            case STRUCTURAL -> structural(b, args);
        };
    }

    /** diag, tr and Concat: each its own rule. */
    private Shape structural(Term.BuiltinCall b, List<Shape> args) {
        Shape x = args.get(0);
        switch (b.builtin()) {
            case DIAG -> {
                if (x.rank() == 1) {
                    return new Shape(List.of(x.dim(0), x.dim(0)));
                }
                if (x.rank() >= 2 && pass.unifier.unify(x.fromEnd(1), x.fromEnd(2))) {
                    return new Shape(x.dims().subList(0, x.rank() - 1));
                }
                error(Code.E0303, b.span(), "diag takes a vector or a square matrix, got " + resolved(x),
                        "diag(v) builds the diagonal matrix of v; diag(A) takes the diagonal of A", null);
                return null;
            }
            case TRACE -> {
                if (x.rank() >= 2 && pass.unifier.unify(x.fromEnd(1), x.fromEnd(2))) {
                    return new Shape(x.dims().subList(0, x.rank() - 2));
                }
                error(Code.E0303, b.span(), "tr takes a square matrix, got " + resolved(x), null, null);
                return null;
            }
            case CONCAT -> {
                Shape lead = new Shape(List.of());
                Dim last = null;
                for (int i = 0; i < args.size(); i++) {
                    Shape a = args.get(i);
                    if (a.rank() == 0) {
                        error(Code.E0303, b.args().get(i).span(), "Concat joins vectors or matrices along their last"
                                + " axis; this is a scalar", null, null);
                        return null;
                    }
                    lead = broadcast(lead, new Shape(a.dims().subList(0, a.rank() - 1)), b.args().get(i).span(),
                            b.span(), ",", "concatenate");
                    if (lead == null) {
                        return null;
                    }
                    last = last == null ? a.fromEnd(1) : new Dim.Compound('+', last, a.fromEnd(1));
                }
                List<Dim> dims = new ArrayList<>(lead.dims());
                dims.add(last);
                return new Shape(dims);
            }
            default -> throw new AssertionError(b.builtin());
        }
    }

    /** NumPy broadcasting of core shapes (SPEC 3.1); dimensions that differ must unify. */
    Shape broadcast(Shape a, Shape b, Span opSpan, Span whole, String op, String verb) {
        if (a == null || b == null) {
            return null;
        }
        int rank = Math.max(a.rank(), b.rank());
        List<Dim> dims = new ArrayList<>();
        for (int i = rank; i >= 1; i--) {
            Dim x = i <= a.rank() ? a.fromEnd(i) : null;
            Dim y = i <= b.rank() ? b.fromEnd(i) : null;
            if (x == null || Unifier.isOne(pass.unifier.resolve(x))) {
                dims.add(y);
            } else if (y == null || Unifier.isOne(pass.unifier.resolve(y))) {
                dims.add(x);
            } else if (pass.unifier.unify(x, y)) {
                dims.add(x);
            } else {
                error(Code.E0302, opSpan, "cannot " + verb + " " + resolved(a) + " and " + resolved(b) + ": dimensions "
                                + resolved(x) + " and " + resolved(y) + " differ",
                        null, resolved(a) + " " + op + " " + resolved(b));
                return null;
            }
        }
        return new Shape(dims);
    }

    boolean unifyShapes(Shape a, Shape b) {
        if (a.rank() != b.rank()) {
            return false;
        }
        for (int i = 0; i < a.rank(); i++) {
            if (!pass.unifier.unify(a.dim(i), b.dim(i))) {
                return false;
            }
        }
        return true;
    }

    Shape resolved(Shape s) {
        return pass.unifier.resolve(s);
    }

    Dim resolved(Dim d) {
        return pass.unifier.resolve(d);
    }

    void error(Code code, Span span, String message, String help, String caret) {
        Diagnostic.of(code, pass.source, span, message).caret(caret == null ? "" : caret).help(help)
                .report(pass.diagnostics);
    }
}
