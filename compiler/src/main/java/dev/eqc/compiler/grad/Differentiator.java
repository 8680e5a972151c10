package dev.eqc.compiler.grad;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.resolve.Definition;
import dev.eqc.compiler.resolve.IndexVar;
import dev.eqc.compiler.resolve.Input;
import dev.eqc.compiler.resolve.Term;
import dev.eqc.compiler.shape.Dim;
import dev.eqc.compiler.shape.ProductKind;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.shape.TermChildren;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reverse-mode differentiation of one scalar term with respect to one input, on the typed term
 * tree: the adjoint of each forward step is pushed to its operands by the rule of its kind
 * (products by their {@link ProductKind}, built-ins by {@link DerivativeRules}), through used
 * values and called functions into their bodies, until it reaches the input. The result is an
 * ordinary term (plus {@link Term.SumTo} and {@link Term.InsertAxis} where broadcasting and
 * reductions are undone) that reuses the forward terms, so shape inference, the interpreter and
 * code generation treat it like any other body.
 *
 * <p>Invariant: the adjoint handed to a term has that term's core shape. Terms that do not depend
 * on the input are skipped, so a non-differentiable step elsewhere in the program is no error.
 *
 * <p>Reports E0501 for steps on the path to the input that have no useful derivative (floor, ceil,
 * sign, arg max/min) or that eqc cannot differentiate yet (index notation, axis forms, Concat,
 * batched calls, nested gradients).
 */
final class Differentiator {
    private final TypedProgram typed;
    private final Diagnostics diagnostics;
    private final Input wrt;
    private final List<Term> contributions = new ArrayList<>();
    private boolean failed;
    private final Span gradientSpan;
    private final Env top = Env.top();

    private Differentiator(TypedProgram typed, Input wrt, Span gradientSpan, Map<Term, Span> adjointOf,
            Diagnostics diagnostics) {
        this.adjointOf = adjointOf;
        this.typed = typed;
        this.gradientSpan = gradientSpan;
        this.wrt = wrt;
        this.diagnostics = diagnostics;
    }

    /**
     * The gradient of the scalar {@code of} with respect to {@code wrt}, or null after an error.
     * {@code adjoints} receives each backward step's term with the span of the forward step it
     * belongs to.
     */
    static Term gradient(TypedProgram typed, Term of, Input wrt, Span at, Map<Term, Span> adjoints,
            java.util.Set<Term> copies, Diagnostics diagnostics) {
        Differentiator d = new Differentiator(typed, wrt, at, adjoints, diagnostics);
        d.copies = copies;
        Adjoints a = new Adjoints();
        d.run(of, new Term.Literal(at, 1.0), a);
        if (d.failed) {
            return null;
        }
        if (d.contributions.isEmpty()) {
            // L does not depend on W: the gradient is zero, with W's shape.
            Term w = new Term.InputRef(at, wrt);
            return new Term.Arith(at, at, Term.ArithOp.MUL, new Term.Literal(at, 0.0), w);
        }
        Term sum = d.contributions.get(0);
        for (int i = 1; i < d.contributions.size(); i++) {
            sum = new Term.Arith(at, at, Term.ArithOp.ADD, sum, d.contributions.get(i));
        }
        return sum;
    }

    private Shape shape(Term t) {
        return typed.shapeOf(t);
    }

    /** The forward term {@code t} as it reads in the gradient's body. */
    Term copy(Term t, Env env) {
        if (env.identity()) {
            return t;
        }
        Term done = env.copies.get(t);
        if (done != null) {
            return done;
        }
        Term out;
        if (t instanceof Term.ParamRef p && env.params != null) {
            Env.Bound b = env.params.get(p.index());
            out = copy(b.term(), b.env());
        } else if (t instanceof Term.InputRef in && env.inputs.containsKey(in.input().key())) {
            Env.Bound b = env.inputs.get(in.input().key());
            out = copy(b.term(), b.env());
        } else if (t instanceof Term.ValueRef v && env.shadows(v.definition())) {
            out = copy(v.definition().body(), env.value(v, top));
        } else if (t instanceof Term.Call c && env.shadows(c.function())) {
            out = copy(c.function().body(), env.call(c));
        } else {
            List<Term> kids = new ArrayList<>();
            for (Term k : TermChildren.of(t)) {
                kids.add(copy(k, env));
            }
            out = TermChildren.rebuild(t, kids);
        }
        env.copies.put(t, out);
        copies.add(out);
        return out;
    }

    /** Whether {@code t} (read in {@code env}) depends on the input. */
    private boolean depends(Term t, Env env) {
        Boolean known = env.depends.get(t);
        if (known != null) {
            return known;
        }
        boolean d;
        if (t instanceof Term.InputRef in) {
            Env.Bound b = env.inputs.get(in.input().key());
            d = b != null ? depends(b.term(), b.env()) : in.input() == wrt;
        } else if (t instanceof Term.ParamRef p) {
            d = env.params != null && depends(env.params.get(p.index()).term(), env.params.get(p.index()).env());
        } else if (t instanceof Term.ValueRef v) {
            d = depends(v.definition().body(), env.value(v, top));
        } else if (t instanceof Term.Call c) {
            d = depends(c.function().body(), env.call(c));
        } else if (t instanceof Term.SumTo s) {
            d = depends(s.operand(), env);
        } else {
            d = false;
            for (Term k : TermChildren.of(t)) {
                d |= depends(k, env);
            }
        }
        env.depends.put(t, d);
        return d;
    }

    private void unsupported(Term t, String message, String help) {
        if (!failed) {
            Diagnostic.of(Code.E0501, typed.program().source(), t.span(), message)
                    .caret("on the path from the loss to `" + wrt.latex() + "`")
                    .label(gradientSpan, "gradient taken here")
                    .help(help)
                    .report(diagnostics);
        }
        failed = true;
    }

    /** A forward term in the environment it is read in; equal by identity. */
    /**
     * A forward term in the environment it is read in, with the index variables in scope there
     * (those of enclosing sums and of an element-wise definition); equal by term and environment.
     */
    private record Node(Term term, Env env, List<IndexVar> scope) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Node n && n.term == term && n.env == env;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(term) * 31 + System.identityHashCode(env);
        }
    }

    /** Adjoint contributions waiting for their node, summed when it is reached. */
    private final Map<Node, List<Term>> pending = new HashMap<>();
    /** The summed adjoint of each node that got one, with the span of the node's forward term: for comments in code. */
    private final Map<Term, Span> adjointOf;
    /** Receives every copy of a forward term made here (they are forward steps, not backward ones). */
    private java.util.Set<Term> copies = new java.util.HashSet<>();

    /**
     * Reverse mode proper: the nodes in topological order from the loss, each node's adjoint the
     * sum of its contributions, pushed once to its operands. A value used twice is thus
     * differentiated once.
     */
    private void run(Term of, Term seed, Adjoints a) {
        List<Node> order = topologicalOrder(new Node(of, top, List.of()));
        pending.computeIfAbsent(order.get(0), k -> new ArrayList<>()).add(seed);
        for (Node n : order) {
            List<Term> parts = pending.remove(n);
            if (parts == null || failed) {
                continue;
            }
            Term g = parts.get(0);
            for (int i = 1; i < parts.size(); i++) {
                g = a.add(n.term().span(), g, parts.get(i));
            }
            if (!(g instanceof Term.Literal)) {
                adjointOf.putIfAbsent(g, n.term().span());
            }
            scope = n.scope();
            push(n.term(), n.env(), g, a);
        }
    }

    /** Parents before children, over the edges adjoints flow along (operands that depend on the input). */
    private List<Node> topologicalOrder(Node root) {
        List<Node> post = new ArrayList<>();
        java.util.Set<Node> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
        seen.add(root);
        stack.push(new Object[] {root, successors(root).iterator()});
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            @SuppressWarnings("unchecked")
            java.util.Iterator<Node> it = (java.util.Iterator<Node>) top[1];
            if (it.hasNext()) {
                Node next = it.next();
                if (seen.add(next)) {
                    stack.push(new Object[] {next, successors(next).iterator()});
                }
            } else {
                post.add((Node) top[0]);
                stack.pop();
            }
        }
        java.util.Collections.reverse(post);
        return post;
    }

    private List<Node> successors(Node n) {
        Term t = n.term();
        Env env = n.env();
        List<IndexVar> scope = n.scope();
        List<Node> out = new ArrayList<>();
        if (!depends(t, env)) {
            return out;
        }
        if (t instanceof Term.InputRef in) {
            Env.Bound b = env.inputs.get(in.input().key());
            if (b != null) {
                out.add(new Node(b.term(), b.env(), List.of()));
            }
        } else if (t instanceof Term.ParamRef p) {
            if (env.params != null) {
                Env.Bound b = env.params.get(p.index());
                out.add(new Node(b.term(), b.env(), List.of()));
            }
        } else if (t instanceof Term.ValueRef v) {
            out.add(new Node(v.definition().body(), env.value(v, top), v.definition().indices()));
        } else if (t instanceof Term.Call c) {
            out.add(new Node(c.function().body(), env.call(c), c.function().indices()));
        } else if (t instanceof Term.Where w) {
            out.add(new Node(w.then(), env, scope));
            out.add(new Node(w.otherwise(), env, scope));
        } else if (t instanceof Term.Reduce r) {
            out.add(new Node(r.body(), env, with(scope, r.var())));
        } else if (t instanceof Term.Index ix) {
            out.add(new Node(ix.base(), env, List.of()));
        } else if (!(t instanceof Term.Compare)) {
            for (Term k : TermChildren.of(t)) {
                out.add(new Node(k, env, scope));
            }
        }
        out.removeIf(x -> !depends(x.term(), x.env()));
        return out;
    }

    /** Records {@code g} as (part of) the adjoint of {@code t} read in {@code env}. */
    private void backprop(Term t, Env env, Term g, Adjoints a) {
        backprop(t, env, scope, g);
    }

    /** As {@link #backprop(Term, Env, Term, Adjoints)}, for an operand with index variables {@code inner} in scope. */
    private void backprop(Term t, Env env, List<IndexVar> inner, Term g) {
        if (failed || !depends(t, env)) {
            return;
        }
        pending.computeIfAbsent(new Node(t, env, inner), k -> new ArrayList<>()).add(g);
    }

    /** The index variables in scope at the node being differentiated. */
    private List<IndexVar> scope = List.of();

    private static List<IndexVar> with(List<IndexVar> scope, IndexVar v) {
        List<IndexVar> out = new ArrayList<>(scope);
        out.add(v);
        return out;
    }

    /** {@code g} summed over the index variables in scope that {@code keep} does not list. */
    private Term sumOver(Term g, List<IndexVar> keep) {
        Term out = g;
        for (int i = scope.size() - 1; i >= 0; i--) {
            IndexVar v = scope.get(i);
            if (!keep.contains(v)) {
                out = new Term.Reduce(g.span(), Term.ReduceOp.SUM, v, out);
            }
        }
        return out;
    }

    /** Pushes the adjoint {@code g} of {@code t} (read in {@code env}) to its operands, by the rule of its kind. */
    private void push(Term t, Env env, Term g, Adjoints a) {
        Span at = t.span();
        if (t instanceof Term.InputRef || t instanceof Term.ParamRef || t instanceof Term.ValueRef) {
            // Used inside a sum but not indexed (b in \sum_i x_i b): its gradient sums over the sum's index.
            g = sumOver(g, List.of());
        }
        if (t instanceof Term.InputRef in) {
            Env.Bound b = env.inputs.get(in.input().key());
            if (b != null) {
                backprop(b.term(), b.env(), List.of(), g);
            } else {
                contributions.add(g);
            }
        } else if (t instanceof Term.ParamRef p) {
            Env.Bound b = env.params.get(p.index());
            backprop(b.term(), b.env(), List.of(), g);
        } else if (t instanceof Term.ValueRef v) {
            Definition d = v.definition();
            // An element-wise definition's body at its own indices sees its element of the adjoint.
            Term inner = d.elementwise() ? new Term.Index(t.span(), g, d.indices()) : g;
            backprop(d.body(), env.value(v, top), d.indices(), inner);
        } else if (t instanceof Term.Call c) {
            Definition f = c.function();
            if (f.elementwise() || !scope.isEmpty()) {
                unsupported(t, "not supported yet: the gradient through a call of `" + f.latexName()
                        + "`" + (f.elementwise() ? ", which is defined element by element" : " inside index notation"),
                        "write it with built-ins instead of index notation");
                return;
            }
            for (int i = 0; i < c.args().size(); i++) {
                if (shape(c.args().get(i)).rank() != typed.paramShape(f, i).rank()) {
                    unsupported(c.args().get(i), "not supported yet: the gradient through a call of `" + f.latexName()
                            + "` mapped over extra axes of its argument", "call it on arguments of its declared shape");
                    return;
                }
            }
            backprop(f.body(), env.call(c), g, a);
        } else if (t instanceof Term.Negate n) {
            backprop(n.operand(), env, a.neg(at, g), a);
        } else if (t instanceof Term.Transpose tr) {
            backprop(tr.operand(), env, shape(tr.operand()).rank() < 2 ? g : new Term.Transpose(at, g), a);
        } else if (t instanceof Term.Arith ar) {
            arith(ar, env, g, a);
        } else if (t instanceof Term.Power p) {
            power(p, env, g, a);
        } else if (t instanceof Term.Product p) {
            product(p, env, g, a);
        } else if (t instanceof Term.BuiltinCall b) {
            builtin(b, env, g, a);
        } else if (t instanceof Term.Where w) {
            Term zero = new Term.Literal(at, 0.0);
            Term cond = copy(w.condition(), env);
            backprop(w.then(), env, sumTo(new Term.Where(at, cond, g, zero), shape(t), w.then(), env), a);
            backprop(w.otherwise(), env, sumTo(new Term.Where(at, cond, zero, g), shape(t), w.otherwise(), env), a);
        } else if (t instanceof Term.Compare) {
            // Piecewise constant: no gradient flows through a comparison.
            return;
        } else if (t instanceof Term.Reduce r) {
            reduce(r, env, g, a);
        } else if (t instanceof Term.Index ix) {
            index(ix, env, g, a);
        } else if (t instanceof Term.AlongAxis) {
            unsupported(t, "not supported yet: gradients through a built-in along a named axis",
                    "apply it along the last axis, transposing first if needed");
        } else if (t instanceof Term.Gradient) {
            unsupported(t, "not supported yet: the gradient of a gradient", "differentiate the loss once");
        } else if (t instanceof Term.SumTo || t instanceof Term.InsertAxis) {
            throw new AssertionError("introduced by the gradient pass only: " + t);
        } else {
            // Literal, DimValue, ConstRef: constants (depends() is false for them).
            throw new AssertionError(t);
        }
    }

    /** {@code \\sum_j b}: each term gets the adjoint; {@code \\max_j}, {@code \\prod_j}, log-sum-exp by their rules. */
    private void reduce(Term.Reduce r, Env env, Term g, Adjoints a) {
        Span at = r.span();
        IndexVar v = r.var();
        List<IndexVar> inner = with(scope, v);
        Term body = copy(r.body(), env);
        Term y = copy(r, env);
        Term local = switch (r.op()) {
            case SUM -> g;
            case LOGSUMEXP -> a.mul(at, g, new Term.BuiltinCall(at, Builtin.EXP, List.of(a.sub(at, body, y))));
            case MAX, MIN -> a.mul(at, g, new Term.Compare(at, Term.CompareOp.EQ, body, y));
            case PROD -> a.mul(at, g, a.div(at, y, body));
            case ARGMAX, ARGMIN -> null;
        };
        if (local == null) {
            unsupported(r, "arg max and arg min are not differentiable: they are piecewise constant",
                    "use the maximum itself (`\\max_j`) or a softmax");
            return;
        }
        for (IndexVar other : v.excluded()) {
            if (other.firstValue() != v.firstValue()) {
                unsupported(r, "not supported yet: the gradient of a sum that skips an index counted differently",
                        "give both indices the same limits");
                return;
            }
            // \sum_{j \ne i}: the skipped terms get no gradient.
            local = a.mul(at, local, new Term.Compare(at, Term.CompareOp.NE, new Term.IndexValue(at, v),
                    new Term.IndexValue(at, other)));
        }
        backprop(r.body(), env, inner, local);
    }

    /**
     * {@code x_{ij}}: the adjoint, summed over the other indices in scope, gathered back into the
     * shape of {@code x} ({@link Term.Stack}).
     */
    private void index(Term.Index ix, Env env, Term g, Adjoints a) {
        if (new java.util.HashSet<>(ix.indices()).size() != ix.indices().size()) {
            unsupported(ix, "not supported yet: the gradient through a repeated index (a diagonal, like `W_{ii}`)",
                    "write it with \\mathrm{diag} or \\mathrm{tr}");
            return;
        }
        backprop(ix.base(), env, List.of(), new Term.Stack(ix.span(), ix.indices(), sumOver(g, ix.indices())));
    }

    private void arith(Term.Arith ar, Env env, Term g, Adjoints a) {
        Span at = ar.span();
        Term l = copy(ar.left(), env);
        Term r = copy(ar.right(), env);
        switch (ar.op()) {
            case ADD -> {
                backprop(ar.left(), env, sumTo(g, shape(ar), ar.left(), env), a);
                backprop(ar.right(), env, sumTo(g, shape(ar), ar.right(), env), a);
            }
            case SUB -> {
                backprop(ar.left(), env, sumTo(g, shape(ar), ar.left(), env), a);
                backprop(ar.right(), env, sumTo(a.neg(at, g), shape(ar), ar.right(), env), a);
            }
            case MUL -> {
                backprop(ar.left(), env, sumTo(a.mul(at, g, r), shape(ar), ar.left(), env), a);
                backprop(ar.right(), env, sumTo(a.mul(at, g, l), shape(ar), ar.right(), env), a);
            }
            case DIV -> {
                backprop(ar.left(), env, sumTo(a.div(at, g, r), shape(ar), ar.left(), env), a);
                if (depends(ar.right(), env)) {
                    // d(l/r)/dr = -(l/r)/r
                    Term y = copy(ar, env);
                    backprop(ar.right(), env, sumTo(a.neg(at, a.div(at, a.mul(at, g, y), r)), shape(ar), ar.right(), env), a);
                }
            }
        }
    }

    private void power(Term.Power p, Env env, Term g, Adjoints a) {
        Span at = p.span();
        if (p.base() instanceof Term.BuiltinCall norm && norm.builtin() == Builtin.NORM2
                && p.exponent() instanceof Term.Literal two && two.value() == 2.0 && shape(norm.args().get(0)).rank() > 0) {
            // d ||x||^2 = 2x: no division by the norm, so x = 0 is no 0/0.
            Term x = copy(norm.args().get(0), env);
            backprop(norm.args().get(0), env, a.mul(at, DerivativeRules.keep(at, g), a.mul(at, a.lit(at, 2.0), x)), a);
            return;
        }
        Term b = copy(p.base(), env);
        Term e = copy(p.exponent(), env);
        if (depends(p.base(), env)) {
            Term local;
            if (e instanceof Term.Literal lit && lit.value() == 2.0) {
                local = a.mul(at, new Term.Literal(at, 2.0), b);
            } else if (e instanceof Term.Literal lit) {
                local = a.mul(at, e, new Term.Power(at, b, new Term.Literal(at, lit.value() - 1)));
            } else {
                local = a.mul(at, e, new Term.Power(at, b, new Term.Arith(at, at, Term.ArithOp.SUB, e,
                        new Term.Literal(at, 1.0))));
            }
            backprop(p.base(), env, sumTo(a.mul(at, g, local), shape(p), p.base(), env), a);
        }
        if (depends(p.exponent(), env)) {
            Term local = a.mul(at, copy(p, env), new Term.BuiltinCall(at, Builtin.LOG, List.of(b)));
            backprop(p.exponent(), env, sumTo(a.mul(at, g, local), shape(p), p.exponent(), env), a);
        }
    }

    private void product(Term.Product p, Env env, Term g, Adjoints a) {
        Span at = p.span();
        ProductKind kind = typed.productKind(p);
        Term l = copy(p.left(), env);
        Term r = copy(p.right(), env);
        Shape ls = shape(p.left());
        Shape rs = shape(p.right());
        List<Dim> lead = shape(p).dims();
        switch (kind) {
            case SCALE, ELEMENTWISE -> {
                backprop(p.left(), env, sumTo(a.mul(at, g, r), shape(p), p.left(), env), a);
                backprop(p.right(), env, sumTo(a.mul(at, g, l), shape(p), p.right(), env), a);
            }
            case MATMUL -> {
                List<Dim> batch = lead.subList(0, lead.size() - 2);
                backprop(p.left(), env, sumTo(a.product(at, g, new Term.Transpose(at, r)),
                        join(batch, ls.fromEnd(2), ls.fromEnd(1)), p.left(), env), a);
                backprop(p.right(), env, sumTo(a.product(at, new Term.Transpose(at, l), g),
                        join(batch, rs.fromEnd(2), rs.fromEnd(1)), p.right(), env), a);
            }
            case MATVEC -> {
                // y = W x: dW = g x^T, dx = W^T g.
                Term x = untransposed(r);
                Term dW = ls.rank() == 2 ? a.product(at, g, new Term.Transpose(at, x))
                        : a.mul(at, new Term.InsertAxis(at, g, -1), new Term.InsertAxis(at, x, -2));
                backprop(p.left(), env, sumTo(dW, join(lead, rs.fromEnd(1)), p.left(), env), a);
                backprop(p.right(), env, sumTo(a.product(at, new Term.Transpose(at, l), g),
                        join(lead.subList(0, lead.size() - 1), rs.fromEnd(1)), p.right(), env), a);
            }
            case VECMAT -> {
                // y = x W: dx = W g, dW = x g^T.
                Term x = untransposed(l);
                Term dx = rs.rank() == 2 ? a.product(at, r, g)
                        : new Term.BuiltinCall(at, Builtin.SUM, List.of(a.mul(at, r, new Term.InsertAxis(at, g, -2))));
                Term dW = rs.rank() == 2 ? a.product(at, x, new Term.Transpose(at, g))
                        : a.mul(at, new Term.InsertAxis(at, x, -1), new Term.InsertAxis(at, g, -2));
                backprop(p.left(), env, sumTo(dx, join(lead.subList(0, lead.size() - 1), ls.fromEnd(1)), p.left(), env),
                        a);
                backprop(p.right(), env, sumTo(dW, rs, p.right(), env), a);
            }
            case DOT -> {
                backprop(p.left(), env, a.mul(at, g, untransposed(r)), a);
                backprop(p.right(), env, a.mul(at, g, untransposed(l)), a);
            }
            case OUTER -> {
                // y = u v^T: du = g v, dv = g^T u.
                backprop(p.left(), env, a.product(at, g, untransposed(r)), a);
                backprop(p.right(), env, a.product(at, new Term.Transpose(at, g), untransposed(l)), a);
            }
        }
    }

    private static Shape join(List<Dim> lead, Dim... tail) {
        List<Dim> dims = new ArrayList<>(lead);
        dims.addAll(List.of(tail));
        return new Shape(dims);
    }

    /**
     * The adjoint {@code g} (of core shape {@code produced}) for the operand {@code target}: summed
     * over the axes broadcasting added when the shapes differ.
     */
    Term sumTo(Term g, Shape produced, Term target, Env env) {
        if (!depends(target, env) || produced.dims().equals(shape(target).dims())) {
            return g;
        }
        return new Term.SumTo(target.span(), g, copy(target, env));
    }

    /** A vector written transposed ({@code v^T}) as itself; anything else unchanged. */
    private Term untransposed(Term t) {
        if (t instanceof Term.Transpose tr) {
            return tr.operand();
        }
        return t;
    }

    private void builtin(Term.BuiltinCall b, Env env, Term g, Adjoints a) {
        Builtin fn = b.builtin();
        if (fn.kind() == Builtin.Kind.BINARY) {
            Term x = copy(b.args().get(0), env);
            Term y = copy(b.args().get(1), env);
            Span at = b.span();
            // max: the larger operand takes the gradient (the first one on ties); min likewise.
            Term.CompareOp first = fn == Builtin.MAX ? Term.CompareOp.GE : Term.CompareOp.LE;
            Term.CompareOp second = fn == Builtin.MAX ? Term.CompareOp.LT : Term.CompareOp.GT;
            backprop(b.args().get(0), env, sumTo(a.mul(at, g, new Term.Compare(at, first, x, y)), shape(b), b.args().get(0), env), a);
            backprop(b.args().get(1), env, sumTo(a.mul(at, g, new Term.Compare(at, second, x, y)), shape(b), b.args().get(1), env), a);
            return;
        }
        if (fn == Builtin.CONCAT) {
            // Each part gets its slice of the adjoint (summed over axes the concatenation broadcast).
            List<Term> parts = b.args();
            List<Term> before = new ArrayList<>();
            List<Dim> lead = shape(b).dims().subList(0, shape(b).rank() - 1);
            for (Term part : parts) {
                Term slice = new Term.SliceLast(b.span(), g, List.copyOf(before), copy(part, env));
                backprop(part, env, sumTo(slice, join(lead, shape(part).fromEnd(1)), part, env), a);
                before.add(copy(part, env));
            }
            return;
        }
        Term x = copy(b.args().get(0), env);
        Term y = copy(b, env);
        Term dx = DerivativeRules.adjoint(fn, b.span(), g, x, y, shape(b.args().get(0)), a);
        if (dx == null) {
            unsupported(b, fn.displayName() + " is not differentiable: its derivative is zero or undefined",
                    "a gradient needs a smooth path from the loss to the input; use a smooth surrogate (`\\tanh`, "
                            + "`\\sigma`, `\\mathrm{softplus}`) or leave this step out of the loss");
            return;
        }
        backprop(b.args().get(0), env, dx, a);
    }
}
