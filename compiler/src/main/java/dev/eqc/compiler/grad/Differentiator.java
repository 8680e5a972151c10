package dev.eqc.compiler.grad;

import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.shape.ProductKind;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reverse-mode differentiation of one scalar term with respect to some inputs, on the typed term
 * tree: the adjoint of each forward step is pushed to its operands by the rule of its kind
 * ({@link AdjointRules}: products by their {@link ProductKind}, built-ins by
 * {@link DerivativeRules}), through used values and called functions into their bodies, until it
 * reaches an input. The result is, per input, an ordinary term (plus the gradient-only kinds such
 * as {@link Term.SumTo} where broadcasting is undone) that reuses the forward terms, so shape
 * inference, the interpreter and code generation treat it like any other body. Differentiating
 * with respect to several inputs at once shares the whole backward pass between them.
 *
 * <p>Invariant: the adjoint handed to a term has that term's core shape. Terms that do not depend
 * on an input are skipped, so a non-differentiable step elsewhere in the program is no error.
 *
 * <p>Reports E0501 for steps on the path to an input that have no useful derivative (floor, ceil,
 * sign, arg max/min) or that eqc cannot differentiate yet (calls mapped over extra axes, calls whose
 * arguments use an index in scope, nested gradients).
 */
final class Differentiator {
    final TypedProgram typed;
    private final Diagnostics diagnostics;
    /** The inputs differentiated with respect to (compared by identity), in the order asked. */
    private final List<Input> wrt;
    private final Map<Input, List<Term>> contributions = new LinkedHashMap<>();
    private boolean failed;
    private final Span gradientSpan;
    final Env top = Env.top();
    final Adjoints algebra = new Adjoints();
    private final AdjointRules rules = new AdjointRules(this);
    private final FlowEdges edges = new FlowEdges(this);
    /** The summed adjoint of each node that got one, with the span of the node's forward term: for comments in code. */
    private final Map<Term, Span> adjointOf;
    /** Receives every copy of a forward term made here (they are forward steps, not backward ones). */
    private final Set<Term> copies;
    /** Adjoint contributions waiting for their node, summed when it is reached. */
    private final Map<Node, List<Term>> pending = new HashMap<>();
    /** The index variables in scope at the node being differentiated. */
    private List<IndexVar> scope = List.of();

    private Differentiator(TypedProgram typed, List<Input> wrt, Span gradientSpan, Map<Term, Span> adjointOf,
            Set<Term> copies, Diagnostics diagnostics) {
        this.typed = typed;
        this.wrt = wrt;
        this.gradientSpan = gradientSpan;
        this.adjointOf = adjointOf;
        this.copies = copies;
        this.diagnostics = diagnostics;
        wrt.forEach(in -> contributions.put(in, new ArrayList<>()));
    }

    /**
     * The gradient of the scalar {@code of} with respect to each of {@code wrt} (in that order), one
     * backward pass for all; null after an error. {@code adjoints} receives each backward step's term
     * with the span of the forward step it belongs to; {@code copies} every forward term copied into
     * a called function's environment.
     */
    static List<Term> gradients(TypedProgram typed, Term of, List<Input> wrt, Span at, Map<Term, Span> adjoints,
            Set<Term> copies, Diagnostics diagnostics) {
        Differentiator d = new Differentiator(typed, wrt, at, adjoints, copies, diagnostics);
        Term.InputRef undefined = undefinedFunctionValue(of, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (undefined != null) {
            // \nabla_\theta of a loss that reads D(x): the derivative of a function the file does not define is unknown.
            String f = undefined.input().applied().function();
            d.unsupported(undefined, "cannot differentiate through `" + undefined.input().latex() + "`, the value of `" + f
                    + "`, a function the file does not define", "define `" + f + "(…) = …` in the file to differentiate"
                    + " through it, or differentiate a loss that does not read it");
            return null;
        }
        d.run(of, new Term.Literal(at, 1.0));
        if (d.failed) {
            return null;
        }
        List<Term> out = new ArrayList<>();
        for (Input in : wrt) {
            List<Term> parts = d.contributions.get(in);
            if (parts.isEmpty()) {
                // L does not depend on W: the gradient is zero, with W's shape.
                out.add(new Term.Arith(at, at, Term.ArithOp.MUL, new Term.Literal(at, 0.0), new Term.InputRef(at, in)));
                continue;
            }
            Term sum = parts.get(0);
            for (int i = 1; i < parts.size(); i++) {
                sum = new Term.Arith(at, at, Term.ArithOp.ADD, sum, parts.get(i));
            }
            out.add(sum);
        }
        return out;
    }

    /** The first value of a function the file does not define that {@code t} reads, through values and calls; else null. */
    private static Term.InputRef undefinedFunctionValue(Term t, Set<Definition> seen) {
        for (Term k : dev.eqc.compiler.term.TermTrees.preorder(t)) {
            if (k instanceof Term.InputRef in && in.input().isApplied()) {
                return in;
            }
            Definition used = k instanceof Term.ValueRef v ? v.definition() : k instanceof Term.Call c ? c.function() : null;
            if (used != null && seen.add(used)) {
                Term.InputRef found = undefinedFunctionValue(used.body(), seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    Shape shape(Term t) {
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
            out = whole(v.definition(), copy(v.definition().body(), env.value(v, top)), t);
        } else if (t instanceof Term.Call c && env.shadows(c.function())) {
            out = whole(c.function(), copy(c.function().body(), env.call(c)), t);
        } else {
            List<Term> kids = new ArrayList<>();
            for (Term k : t.children()) {
                kids.add(copy(k, env));
            }
            out = t.withChildren(kids);
        }
        env.copies.put(t, out);
        copies.add(out);
        return out;
    }

    /**
     * The inlined body of {@code d} as the tensor {@code ref} stands for: an element-wise definition's
     * body is one element ({@code y_n = \\sigma(w^\\top \\phi_n)}), stacked back over its indices.
     */
    private static Term whole(Definition d, Term body, Term ref) {
        return d.elementwise() ? new Term.Stack(ref.span(), d.indices(), body, ref) : body;
    }

    /** Whether {@code t} (read in {@code env}) depends on an input differentiated with respect to. */
    boolean depends(Term t, Env env) {
        Boolean known = env.depends.get(t);
        if (known != null) {
            return known;
        }
        boolean d;
        if (t instanceof Term.InputRef in) {
            Env.Bound b = env.inputs.get(in.input().key());
            d = b != null ? depends(b.term(), b.env()) : isWrt(in.input());
        } else if (t instanceof Term.ParamRef p) {
            d = env.params != null && depends(env.params.get(p.index()).term(), env.params.get(p.index()).env());
        } else if (t instanceof Term.ValueRef v) {
            d = depends(v.definition().body(), env.value(v, top));
        } else if (t instanceof Term.Call c) {
            d = depends(c.function().body(), env.call(c));
        } else {
            d = false;
            List<Term> witnesses = t.shapeWitnesses();
            for (Term k : t.children()) {
                if (witnesses.stream().noneMatch(w -> w == k)) {
                    d |= depends(k, env);
                }
            }
        }
        env.depends.put(t, d);
        return d;
    }

    private boolean isWrt(Input in) {
        return wrt.stream().anyMatch(w -> w == in);
    }

    /** An adjoint that reached input {@code in} (read at the top): one part of its gradient. */
    void reached(Input in, Term g) {
        List<Term> parts = contributions.get(in);
        if (parts != null) {
            parts.add(g);
        }
    }

    void unsupported(Term t, String message, String help) {
        if (!failed) {
            String inputs = wrt.stream().map(Input::latex).collect(Collectors.joining("`, `"));
            Diagnostic.of(Code.E0501, typed.program().source(), t.span(), message)
                    .caret("on the path from the loss to `" + inputs + "`")
                    .label(gradientSpan, "gradient taken here")
                    .help(help)
                    .report(diagnostics);
        }
        failed = true;
    }

    /**
     * A forward term in the environment it is read in, with the index variables in scope there
     * (those of enclosing sums and of an element-wise definition); equal by term and environment.
     */
    record Node(Term term, Env env, List<IndexVar> scope) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Node n && n.term == term && n.env == env;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(term) * 31 + System.identityHashCode(env);
        }
    }

    /**
     * Reverse mode proper: the nodes in topological order from the loss, each node's adjoint the
     * sum of its contributions, pushed once to its operands. A value used twice is thus
     * differentiated once.
     */
    private void run(Term of, Term seed) {
        List<Node> order = topologicalOrder(new Node(of, top, List.of()));
        pending.computeIfAbsent(order.get(0), k -> new ArrayList<>()).add(seed);
        for (Node n : order) {
            List<Term> parts = pending.remove(n);
            if (parts == null || failed) {
                continue;
            }
            Term g = parts.get(0);
            for (int i = 1; i < parts.size(); i++) {
                g = algebra.add(n.term().span(), g, parts.get(i));
            }
            if (!(g instanceof Term.Literal)) {
                adjointOf.putIfAbsent(g, n.term().span());
            }
            scope = n.scope();
            n.term().accept(rules, new AdjointRules.Incoming(n.env(), g));
        }
    }

    /** Parents before children, over the edges adjoints flow along (operands that depend on an input). */
    private List<Node> topologicalOrder(Node root) {
        List<Node> post = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        ArrayDeque<Map.Entry<Node, Iterator<Node>>> stack = new ArrayDeque<>();
        seen.add(root);
        stack.push(Map.entry(root, successors(root).iterator()));
        while (!stack.isEmpty()) {
            Map.Entry<Node, Iterator<Node>> top = stack.peek();
            if (top.getValue().hasNext()) {
                Node next = top.getValue().next();
                if (seen.add(next)) {
                    stack.push(Map.entry(next, successors(next).iterator()));
                }
            } else {
                post.add(top.getKey());
                stack.pop();
            }
        }
        Collections.reverse(post);
        return post;
    }

    private List<Node> successors(Node n) {
        if (!depends(n.term(), n.env())) {
            return List.of();
        }
        List<Node> out = new ArrayList<>(n.term().accept(edges, n));
        out.removeIf(x -> !depends(x.term(), x.env()));
        return out;
    }

    /** Records {@code g} as (part of) the adjoint of {@code t} read in {@code env}, in the current scope. */
    void backprop(Term t, Env env, Term g) {
        backprop(t, env, scope, g);
    }

    /** As {@link #backprop(Term, Env, Term)}, for an operand with index variables {@code inner} in scope. */
    void backprop(Term t, Env env, List<IndexVar> inner, Term g) {
        if (failed || !depends(t, env)) {
            return;
        }
        pending.computeIfAbsent(new Node(t, env, inner), k -> new ArrayList<>()).add(g);
    }

    /** The index variables in scope at the node being differentiated. */
    List<IndexVar> scope() {
        return scope;
    }

    static List<IndexVar> with(List<IndexVar> scope, IndexVar v) {
        List<IndexVar> out = new ArrayList<>(scope);
        out.add(v);
        return out;
    }

    /** {@code g} summed over the index variables in scope that {@code keep} does not list. */
    Term sumOver(Term g, List<IndexVar> keep) {
        Term out = g;
        for (int i = scope.size() - 1; i >= 0; i--) {
            IndexVar v = scope.get(i);
            if (!keep.contains(v)) {
                out = new Term.Reduce(g.span(), Term.ReduceOp.SUM, v, out);
            }
        }
        return out;
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

    /** Keeps {@link IdentityHashMap} semantics explicit where a set of terms is built here. */
    static Set<Term> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
