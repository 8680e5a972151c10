package dev.eqc.compiler.grad;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.builtin.Gradients;
import dev.eqc.compiler.shape.ProductKind;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.TermTrees;
import java.util.ArrayList;
import java.util.List;

/**
 * The reverse-mode rule of each kind of term: given the adjoint {@code g} of a forward term (read
 * in its environment), the adjoints of its operands, handed back to the {@link Differentiator}.
 * Built-ins bring their own rule from the {@link Builtin} table. Kinds with no derivative, or
 * none eqc computes yet, report E0501 at the term.
 */
final class AdjointRules implements Term.Visitor<AdjointRules.Incoming, Void> {
    /** The adjoint arriving at a term, and the environment the term is read in. */
    record Incoming(Env env, Term g) {}

    private final Differentiator d;
    private final Adjoints a;

    AdjointRules(Differentiator d) {
        this.d = d;
        this.a = d.algebra;
    }

    private Shape shape(Term t) {
        return d.shape(t);
    }

    // ---- constants: no operands -----------------------------------------------------------------

    @Override
    public Void literal(Term.Literal t, Incoming in) {
        return null;
    }

    @Override
    public Void dimValue(Term.DimValue t, Incoming in) {
        return null;
    }

    @Override
    public Void constRef(Term.ConstRef t, Incoming in) {
        return null;
    }

    @Override
    public Void indexValue(Term.IndexValue t, Incoming in) {
        return null;
    }

    /** Piecewise constant: no gradient flows through a comparison. */
    @Override
    public Void compare(Term.Compare t, Incoming in) {
        return null;
    }

    // ---- names ----------------------------------------------------------------------------------

    @Override
    public Void inputRef(Term.InputRef t, Incoming in) {
        // Used inside a sum but not indexed (b in \sum_i x_i b): its gradient sums over the sum's index.
        Term g = d.sumOver(in.g(), List.of());
        Env.Bound b = in.env().inputs.get(t.input().key());
        if (b != null) {
            d.backprop(b.term(), b.env(), List.of(), g);
        } else {
            d.reached(t.input(), g);
        }
        return null;
    }

    @Override
    public Void paramRef(Term.ParamRef t, Incoming in) {
        if (in.env().params != null) {
            Env.Bound b = in.env().params.get(t.index());
            d.backprop(b.term(), b.env(), List.of(), d.sumOver(in.g(), List.of()));
        }
        return null;
    }

    @Override
    public Void valueRef(Term.ValueRef v, Incoming in) {
        Term g = d.sumOver(in.g(), List.of());
        Definition def = v.definition();
        // An element-wise definition's body at its own indices sees its element of the adjoint.
        Term inner = def.elementwise() ? new Term.Index(v.span(), g, def.indices()) : g;
        d.backprop(def.body(), in.env().value(v, d.top), def.indices(), inner);
        return null;
    }

    @Override
    public Void call(Term.Call c, Incoming in) {
        Definition f = c.function();
        // \bar{a}_i = a_i / \mathrm{RMS}(a): a call whose arguments read no index in scope is one value for
        // every index, so it gets the adjoint summed over them, as a used value does.
        if (!d.scope().isEmpty() && usesScope(c)) {
            d.unsupported(c, "not supported yet: the gradient through a call of `" + f.latexName()
                    + "` whose arguments use an index of the enclosing sum or element-wise definition",
                    "call it on whole tensors, like `f(x)_i` instead of `f(x_i)`, or define the argument as a value first");
            return null;
        }
        for (int i = 0; i < c.args().size(); i++) {
            if (shape(c.args().get(i)).rank() != d.typed.paramShape(f, i).rank()) {
                d.unsupported(c.args().get(i), "not supported yet: the gradient through a call of `" + f.latexName()
                        + "` mapped over extra axes of its argument", "call it on arguments of its declared shape");
                return null;
            }
        }
        Term g = d.sumOver(in.g(), List.of());
        // A function defined element by element (\mathrm{softmax}(z)_i = …) sees, at its own indices, its element.
        d.backprop(f.body(), in.env().call(c), f.indices(), f.elementwise() ? new Term.Index(c.span(), g, f.indices()) : g);
        return null;
    }

    /** Whether an argument of {@code c} reads an index variable of the enclosing index notation. */
    private boolean usesScope(Term.Call c) {
        for (Term arg : c.args()) {
            if (usesScope(arg)) {
                return true;
            }
        }
        return false;
    }

    private boolean usesScope(Term term) {
        for (Term t : TermTrees.preorder(term)) {
            if (t instanceof Term.Index ix && ix.indices().stream().anyMatch(d.scope()::contains)
                    || t instanceof Term.IndexValue iv && d.scope().contains(iv.var())) {
                return true;
            }
            if (t instanceof Term.Reduce r && (r.var().excluded().stream().anyMatch(d.scope()::contains)
                    || r.var().lower() != null && usesScope(r.var().lower())
                    || r.var().upper() != null && usesScope(r.var().upper()))) {
                return true;
            }
        }
        return false;
    }

    // ---- arithmetic -----------------------------------------------------------------------------

    @Override
    public Void negate(Term.Negate n, Incoming in) {
        d.backprop(n.operand(), in.env(), a.neg(n.span(), in.g()));
        return null;
    }

    @Override
    public Void transpose(Term.Transpose tr, Incoming in) {
        d.backprop(tr.operand(), in.env(), shape(tr.operand()).rank() < 2 ? in.g() : new Term.Transpose(tr.span(), in.g()));
        return null;
    }

    @Override
    public Void arith(Term.Arith ar, Incoming in) {
        Span at = ar.span();
        Env env = in.env();
        Term g = in.g();
        Term l = d.copy(ar.left(), env);
        Term r = d.copy(ar.right(), env);
        Shape out = shape(ar);
        switch (ar.op()) {
            case ADD -> {
                d.backprop(ar.left(), env, d.sumTo(g, out, ar.left(), env));
                d.backprop(ar.right(), env, d.sumTo(g, out, ar.right(), env));
            }
            case SUB -> {
                d.backprop(ar.left(), env, d.sumTo(g, out, ar.left(), env));
                d.backprop(ar.right(), env, d.sumTo(a.neg(at, g), out, ar.right(), env));
            }
            case MUL -> {
                d.backprop(ar.left(), env, d.sumTo(a.mul(at, g, r), out, ar.left(), env));
                d.backprop(ar.right(), env, d.sumTo(a.mul(at, g, l), out, ar.right(), env));
            }
            case DIV -> {
                d.backprop(ar.left(), env, d.sumTo(a.div(at, g, r), out, ar.left(), env));
                if (d.depends(ar.right(), env)) {
                    // d(l/r)/dr = -(l/r)/r
                    Term y = d.copy(ar, env);
                    d.backprop(ar.right(), env, d.sumTo(a.neg(at, a.div(at, a.mul(at, g, y), r)), out, ar.right(), env));
                }
            }
        }
        return null;
    }

    @Override
    public Void power(Term.Power p, Incoming in) {
        Span at = p.span();
        Env env = in.env();
        Term g = in.g();
        if (p.base() instanceof Term.BuiltinCall norm && norm.builtin() == Builtin.NORM2
                && p.exponent() instanceof Term.Literal two && two.value() == 2.0 && shape(norm.args().get(0)).rank() > 0) {
            // d ||x||^2 = 2x: no division by the norm, so x = 0 is no 0/0.
            Term x = d.copy(norm.args().get(0), env);
            d.backprop(norm.args().get(0), env, a.mul(at, TermGradients.lastAxis(at, a, shape(p)).keep(g), a.mul(at, a.lit(at, 2.0), x)));
            return null;
        }
        switch (d.typed.powerKind(p)) {
            case DIAGONAL -> {
                d.unsupported(p, "not supported yet: the gradient through the power of a diagonal matrix",
                        "differentiate with respect to inputs that do not pass through it");
                return null;
            }
            case MATRIX_INVERSE -> {
                d.unsupported(p, "not supported yet: the gradient through a matrix inverse",
                        "differentiate with respect to inputs that do not pass through the inverse");
                return null;
            }
            case MATRIX -> {
                d.unsupported(p, "not supported yet: the gradient through a matrix power with a running exponent",
                        "differentiate with respect to inputs that do not pass through it, or write the powers"
                                + " as products (`L L`)");
                return null;
            }
            case ELEMENTWISE -> { }
        }
        Term b = d.copy(p.base(), env);
        Term e = d.copy(p.exponent(), env);
        if (d.depends(p.base(), env)) {
            Term local;
            if (e instanceof Term.Literal lit && lit.value() == 2.0) {
                local = a.mul(at, new Term.Literal(at, 2.0), b);
            } else if (e instanceof Term.Literal lit) {
                local = a.mul(at, e, new Term.Power(at, b, new Term.Literal(at, lit.value() - 1)));
            } else {
                local = a.mul(at, e, new Term.Power(at, b, new Term.Arith(at, at, Term.ArithOp.SUB, e,
                        new Term.Literal(at, 1.0))));
            }
            d.backprop(p.base(), env, d.sumTo(a.mul(at, g, local), shape(p), p.base(), env));
        }
        if (d.depends(p.exponent(), env)) {
            Term local = a.mul(at, d.copy(p, env), new Term.BuiltinCall(at, Builtin.LOG, List.of(b)));
            d.backprop(p.exponent(), env, d.sumTo(a.mul(at, g, local), shape(p), p.exponent(), env));
        }
        return null;
    }

    @Override
    public Void product(Term.Product p, Incoming in) {
        Span at = p.span();
        Env env = in.env();
        Term g = in.g();
        ProductKind kind = d.typed.productKind(p);
        Term l = d.copy(p.left(), env);
        Term r = d.copy(p.right(), env);
        Shape ls = shape(p.left());
        Shape rs = shape(p.right());
        List<Dim> lead = shape(p).dims();
        switch (kind) {
            case SCALE, ELEMENTWISE -> {
                d.backprop(p.left(), env, d.sumTo(a.mul(at, g, r), shape(p), p.left(), env));
                d.backprop(p.right(), env, d.sumTo(a.mul(at, g, l), shape(p), p.right(), env));
            }
            case MATMUL -> {
                List<Dim> batch = lead.subList(0, lead.size() - 2);
                d.backprop(p.left(), env, d.sumTo(a.product(at, g, new Term.Transpose(at, r)),
                        join(batch, ls.fromEnd(2), ls.fromEnd(1)), p.left(), env));
                d.backprop(p.right(), env, d.sumTo(a.product(at, new Term.Transpose(at, l), g),
                        join(batch, rs.fromEnd(2), rs.fromEnd(1)), p.right(), env));
            }
            case MATVEC -> {
                // y = W x: dW = g x^T, dx = W^T g.
                Term x = untransposed(r);
                Term dW = ls.rank() == 2 ? a.product(at, g, new Term.Transpose(at, x))
                        : a.mul(at, new Term.InsertAxis(at, g, -1), new Term.InsertAxis(at, x, -2));
                d.backprop(p.left(), env, d.sumTo(dW, join(lead, rs.fromEnd(1)), p.left(), env));
                d.backprop(p.right(), env, d.sumTo(a.product(at, new Term.Transpose(at, l), g),
                        join(lead.subList(0, lead.size() - 1), rs.fromEnd(1)), p.right(), env));
            }
            case VECMAT -> {
                // y = x W: dx = W g, dW = x g^T.
                Term x = untransposed(l);
                Term dx = rs.rank() == 2 ? a.product(at, r, g)
                        : new Term.BuiltinCall(at, Builtin.SUM, List.of(a.mul(at, r, new Term.InsertAxis(at, g, -2))));
                // A row written as a product (Adafactor's (1 - \hat{\beta}_{2t}) 1_n^\top, a scaled transposed vector) is
                // no transpose to strip: x g^T would read as two rows side by side, so the outer product is explicit.
                Term dW = rs.rank() == 2 && l instanceof Term.Transpose ? a.product(at, x, new Term.Transpose(at, g))
                        : a.mul(at, new Term.InsertAxis(at, x, -1), new Term.InsertAxis(at, g, -2));
                d.backprop(p.left(), env, d.sumTo(dx, join(lead.subList(0, lead.size() - 1), ls.fromEnd(1)), p.left(), env));
                d.backprop(p.right(), env, d.sumTo(dW, rs, p.right(), env));
            }
            case DOT -> {
                d.backprop(p.left(), env, a.mul(at, g, untransposed(r)));
                d.backprop(p.right(), env, a.mul(at, g, untransposed(l)));
            }
            case OUTER -> {
                // y = u v^T: du = g v, dv = g^T u.
                d.backprop(p.left(), env, a.product(at, g, untransposed(r)));
                d.backprop(p.right(), env, a.product(at, new Term.Transpose(at, g), untransposed(l)));
            }
        }
        return null;
    }

    private static Shape join(List<Dim> lead, Dim... tail) {
        List<Dim> dims = new ArrayList<>(lead);
        dims.addAll(List.of(tail));
        return new Shape(dims);
    }

    /** A vector written transposed ({@code v^T}) as itself; anything else unchanged. */
    private static Term untransposed(Term t) {
        return t instanceof Term.Transpose tr ? tr.operand() : t;
    }

    /**
     * By the built-in's own rule ({@link Builtin#adjoints}); where a two-argument built-in or a
     * concatenation broadcast an argument, its adjoint is summed back to that argument's shape.
     */
    @Override
    public Void builtinCall(Term.BuiltinCall b, Incoming in) {
        Builtin fn = b.builtin();
        Env env = in.env();
        if (d.typed.isDeterminant(b)) {
            d.unsupported(b, "not supported yet: the gradient through a determinant (`"
                    + d.typed.program().source().slice(b.span()) + "`)",
                    "differentiate with respect to inputs that do not pass through the determinant");
            return null;
        }
        if (d.typed.isMatrixNorm(b)) {
            // d\|X\|_F = g X / \|X\|_F over every entry.
            Span at = b.span();
            Term arg = b.args().get(0);
            d.backprop(arg, env, a.mul(at, d.copy(arg, env), a.div(at, in.g(), d.copy(b, env))));
            return null;
        }
        if (fn == Builtin.STOP_GRADIENT) {
            return null; // \mathrm{sg}[x]: x is held constant, no gradient flows into it
        }
        List<Term> x = new ArrayList<>();
        for (Term arg : b.args()) {
            x.add(d.copy(arg, env));
        }
        List<Term> dx = fn.adjoints(TermGradients.lastAxis(b.span(), a, shape(b.args().get(0))), in.g(), x,
                d.copy(b, env));
        if (dx == null) {
            notDifferentiable(b, fn);
            return null;
        }
        for (int i = 0; i < dx.size(); i++) {
            Term arg = b.args().get(i);
            Term adjoint = switch (fn.kind()) {
                case BINARY -> d.sumTo(dx.get(i), shape(b), arg, env);
                case STRUCTURAL -> fn.structure() == Builtin.Structure.CONCAT
                        ? d.sumTo(dx.get(i), join(shape(b).dims().subList(0, shape(b).rank() - 1), shape(arg).fromEnd(1)),
                                arg, env)
                        : dx.get(i);
                case UNARY, LAST_AXIS, REDUCE_LAST -> dx.get(i);
            };
            d.backprop(arg, env, adjoint);
        }
        return null;
    }

    /** {@code \\underset{m}{\\mathrm{softmax}}(x)}: the built-in's own rule, along the named axis. */
    @Override
    public Void alongAxis(Term.AlongAxis t, Incoming in) {
        Env env = in.env();
        Gradients<Term> along = TermGradients.alongAxis(t, a, shape(t.arg()), d.typed.axisOf(t));
        List<Term> dx = t.builtin().adjoints(along, in.g(), List.of(d.copy(t.arg(), env)), d.copy(t, env));
        if (dx == null) {
            notDifferentiable(t, t.builtin());
            return null;
        }
        d.backprop(t.arg(), env, dx.get(0));
        return null;
    }

    private void notDifferentiable(Term t, Builtin fn) {
        d.unsupported(t, fn.displayName() + " is not differentiable: its derivative is zero or undefined",
                "a gradient needs a smooth path from the loss to the input; use a smooth surrogate (`\\tanh`, "
                        + "`\\sigma`, `\\mathrm{softplus}`) or leave this step out of the loss");
    }

    // ---- selection and index notation -----------------------------------------------------------

    @Override
    public Void where(Term.Where w, Incoming in) {
        Span at = w.span();
        Env env = in.env();
        Term zero = new Term.Literal(at, 0.0);
        Term cond = d.copy(w.condition(), env);
        d.backprop(w.then(), env, d.sumTo(new Term.Where(at, cond, in.g(), zero), shape(w), w.then(), env));
        d.backprop(w.otherwise(), env, d.sumTo(new Term.Where(at, cond, zero, in.g()), shape(w), w.otherwise(), env));
        return null;
    }

    /** {@code \\sum_j b}: each term gets the adjoint; {@code \\max_j}, {@code \\prod_j}, log-sum-exp by their rules. */
    @Override
    public Void reduce(Term.Reduce r, Incoming in) {
        Span at = r.span();
        Env env = in.env();
        Term g = in.g();
        IndexVar v = r.var();
        List<IndexVar> inner = Differentiator.with(d.scope(), v);
        Term body = d.copy(r.body(), env);
        Term y = d.copy(r, env);
        Term local = switch (r.op()) {
            case SUM -> g;
            case LOGSUMEXP -> a.mul(at, g, new Term.BuiltinCall(at, Builtin.EXP, List.of(a.sub(at, body, y))));
            case MAX, MIN -> {
                // The maximal terms share the gradient evenly (as torch.amax does): a subgradient on ties too.
                IndexVar again = new IndexVar(v.name(), v.span(), v.lower(), v.upper(), v.excluded());
                Term ties = new Term.Reduce(at, Term.ReduceOp.SUM, again,
                        IndexRenaming.rename(new Term.Compare(at, Term.CompareOp.EQ, body, y), v, again));
                yield a.mul(at, g, a.div(at, new Term.Compare(at, Term.CompareOp.EQ, body, y), ties));
            }
            case PROD -> a.mul(at, g, a.div(at, y, body));
            case ARGMAX, ARGMIN -> null;
        };
        if (local == null) {
            d.unsupported(r, "arg max and arg min are not differentiable: they are piecewise constant",
                    "use the maximum itself (`\\max_j`) or a softmax");
            return null;
        }
        for (IndexVar other : v.excluded()) {
            if (other.firstValue() != v.firstValue()) {
                d.unsupported(r, "not supported yet: the gradient of a sum that skips an index counted differently",
                        "give both indices the same limits");
                return null;
            }
            // \sum_{j \ne i}: the skipped terms get no gradient.
            local = a.mul(at, local, new Term.Compare(at, Term.CompareOp.NE, new Term.IndexValue(at, v),
                    new Term.IndexValue(at, other)));
        }
        d.backprop(r.body(), env, inner, local);
        return null;
    }

    /**
     * {@code x_{ij}}: the adjoint, summed over the other indices in scope, gathered back into the
     * shape of {@code x} ({@link Term.Stack}).
     */
    @Override
    public Void index(Term.Index ix, Incoming in) {
        Span at = ix.span();
        if (usesOtherIndices(ix.base(), ix.indices())) {
            // \exp(z_i + b)_k inside \sum_i: the gathered adjoint would have to keep i (a silent wrong
            // gradient before); write the operation on the whole tensor, \exp(z + b)_{ik}.
            d.unsupported(ix, "not supported yet: the gradient through an element of a result that depends on an"
                    + " index of the enclosing sum or definition",
                    "index the whole result instead, like `\\mathrm{softmax}(z)_{ik}` for `\\mathrm{softmax}(z_i)_k`");
            return null;
        }
        Term g = d.sumOver(in.g(), ix.indices());
        // A repeated index (x_{ii}, a diagonal): the later places get a variable of their own, and the
        // gathered adjoint is g where they equal the first, zero elsewhere.
        List<IndexVar> places = new ArrayList<>();
        for (IndexVar v : ix.indices()) {
            if (places.contains(v)) {
                IndexVar again = new IndexVar(v.name() + "'", v.span(), v.lower(), v.upper(), List.of());
                g = a.mul(at, g, new Term.Compare(at, Term.CompareOp.EQ, new Term.IndexValue(at, v),
                        new Term.IndexValue(at, again)));
                places.add(again);
            } else {
                places.add(v);
            }
        }
        d.backprop(ix.base(), in.env(), List.of(), new Term.Stack(at, places, g, d.copy(ix.base(), in.env())));
        return null;
    }

    /** Whether {@code t} reads an index variable other than {@code own} that it does not bind itself. */
    private static boolean usesOtherIndices(Term t, List<IndexVar> own) {
        java.util.Set<IndexVar> bound = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<IndexVar> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Term u : dev.eqc.compiler.term.TermTrees.preorder(t)) {
            if (u instanceof Term.Reduce r) {
                bound.add(r.var());
            } else if (u instanceof Term.Stack st) {
                bound.addAll(st.vars());
            } else if (u instanceof Term.Index i) {
                used.addAll(i.indices());
            } else if (u instanceof Term.IndexValue v) {
                used.add(v.var());
            }
        }
        used.removeAll(bound);
        for (IndexVar v : own) {
            used.remove(v);
        }
        return !used.isEmpty();
    }

    // ---- layouts: strided views and definitions, families ---------------------------------------

    /** {@code x_{2i+1}} reads every other element: its adjoint goes back to those places, zero between. */
    @Override
    public Void strided(Term.Strided s, Incoming in) {
        Term g = d.sumOver(in.g(), List.of());
        d.backprop(s.base(), in.env(), List.of(), new Term.Unstride(s.span(), g, s.axis(), s.stride(), s.offset()));
        return null;
    }

    /**
     * {@code y_{2i} = …}, {@code y_{2i+1} = …}: part p's body, at its own indices, sees the elements
     * {@code k j + p} of the adjoint, picked out by a strided view and indexed as the part's left side.
     */
    @Override
    public Void interleave(Term.Interleave il, Incoming in) {
        Term g = d.sumOver(in.g(), List.of());
        int stride = il.parts().size();
        for (int p = 0; p < stride; p++) {
            Term.StridedPart part = il.parts().get(p);
            Term mine = new Term.Strided(part.span(), g, il.axis(), stride, p);
            Term element = part.indices().isEmpty() ? mine : new Term.Index(part.span(), mine, part.indices());
            d.backprop(part.body(), in.env(), part.indices(), element);
        }
        return null;
    }

    /** {@code \\mathrm{Concat}(\\mathrm{head}_1, \\ldots, \\mathrm{head}_h)}: each member gets its columns back. */
    @Override
    public Void familyConcat(Term.FamilyConcat fc, Incoming in) {
        Term g = d.sumOver(in.g(), List.of());
        d.backprop(fc.family(), in.env(), List.of(), new Term.SplitFamily(fc.span(), g, d.copy(fc.family(), in.env())));
        return null;
    }

    // ---- not differentiated (yet) ---------------------------------------------------------------

    @Override
    public Void gradient(Term.Gradient t, Incoming in) {
        d.unsupported(t, "not supported yet: the gradient of a gradient", "differentiate the loss once");
        return null;
    }

    @Override
    public Void sumTo(Term.SumTo t, Incoming in) {
        return gradientStep(t);
    }

    @Override
    public Void stack(Term.Stack t, Incoming in) {
        if (t.body() instanceof Term.Compare c && c.left() instanceof Term.Reduce r
                && (r.op() == Term.ReduceOp.ARGMAX || r.op() == Term.ReduceOp.ARGMIN)) {
            // \mathrm{one\_hot}(\arg\max_i y_i): piecewise constant, as the arg max is.
            d.unsupported(t, "the one-hot of an arg max is not differentiable: it is piecewise constant",
                    "use a softmax (the Gumbel-softmax relaxation), or stop the gradient with `\\mathrm{sg}[…]`");
            return null;
        }
        return gradientStep(t);
    }

    @Override
    public Void sliceLast(Term.SliceLast t, Incoming in) {
        return gradientStep(t);
    }

    @Override
    public Void insertAxis(Term.InsertAxis t, Incoming in) {
        if (t.axis() == -1) {
            // A cell of a matrix written out (MatrixLiterals): the new last axis has size 1, summing drops it.
            d.backprop(t.operand(), in.env(), new Term.BuiltinCall(t.span(), Builtin.SUM, List.of(in.g())));
            return null;
        }
        return gradientStep(t);
    }

    @Override
    public Void unstride(Term.Unstride t, Incoming in) {
        return gradientStep(t);
    }

    @Override
    public Void splitFamily(Term.SplitFamily t, Incoming in) {
        return gradientStep(t);
    }

    /** Not yet: the adjoint of a recurrence runs the scan backwards over the stored states. */
    @Override
    public Void scan(Term.Scan t, Incoming in) {
        d.unsupported(t, "not supported yet: the gradient through a recurrence run over a sequence (a scan)",
                "differentiate a single step (declare the previous state as an input), or unroll a few steps by name");
        return null;
    }

    @Override
    public Void scanState(Term.ScanState t, Incoming in) {
        d.unsupported(t, "not supported yet: the gradient through a recurrence run over a sequence (a scan)",
                "differentiate a single step (declare the previous state as an input), or unroll a few steps by name");
        return null;
    }

    /** The gradient pass's own steps appear only in its results, which are not differentiated again. */
    private Void gradientStep(Term t) {
        d.unsupported(t, "not supported yet: the gradient of a gradient", "differentiate the loss once");
        return null;
    }
}
