package dev.eqc.compiler.grad;

import dev.eqc.compiler.term.GradientFacts;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.resolve.ResolvedProgram;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.shape.ShapeInference;
import dev.eqc.compiler.term.TermTrees;
import dev.eqc.compiler.shape.TypedProgram;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gradient pass (SPEC 3.6): {@code TypedProgram → TypedProgram}, run after shape inference.
 *
 * <p>Replaces every {@link Term.Gradient} ({@code \nabla_{W} L}, {@code \frac{\partial L}{\partial W}})
 * by the reverse-mode derivative of its scalar (see {@link Differentiator}), rebuilds the
 * definitions that use the rewritten ones, and infers shapes again, so everything after this pass
 * sees ordinary terms. A program without gradients is returned unchanged.
 *
 * <p>Reports E0501 where the path from the loss to the input is not differentiable. Shape
 * inference of the rewritten program runs against a scratch sink (its warnings were already
 * reported); an error there is a bug in a derivative rule and is reported as such.
 */
public final class GradientPass {
    private GradientPass() {}

    public static TypedProgram apply(TypedProgram typed, Diagnostics diagnostics) {
        return apply(typed, List.of(), diagnostics);
    }

    /** As {@link #apply(TypedProgram, Diagnostics)}, recording the bundles {@code --grad} asked for. */
    public static TypedProgram apply(TypedProgram typed, List<GradientRequest.Bundle> requested, Diagnostics diagnostics) {
        ResolvedProgram program = typed.program();
        Map<Definition, Term> bodies = new IdentityHashMap<>();
        Map<Term, dev.eqc.compiler.source.Span> adjoints = new IdentityHashMap<>();
        java.util.Set<Term> copies = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        // The gradients of one loss (g_x = \nabla_x L, g_W = \nabla_W L, or what --grad L adds) are
        // differentiated in one backward pass, so their bodies share its terms and a method that
        // returns them all computes it once.
        Map<Definition, List<Definition>> byLoss = new java.util.LinkedHashMap<>();
        for (Definition d : program.definitions()) {
            if (d.body() instanceof Term.Gradient g && g.of() instanceof Term.ValueRef v && !v.definition().function()) {
                byLoss.computeIfAbsent(v.definition(), k -> new ArrayList<>()).add(d);
            }
        }
        for (List<Definition> group : byLoss.values()) {
            Term.Gradient first = (Term.Gradient) group.get(0).body();
            List<Input> wrt = group.stream().map(d -> ((Term.Gradient) d.body()).wrt()).toList();
            List<Term> gradients = Differentiator.gradients(typed, first.of(), wrt, first.span(), adjoints, copies,
                    diagnostics);
            for (int i = 0; gradients != null && i < group.size(); i++) {
                bodies.put(group.get(i), gradients.get(i));
            }
        }
        for (Definition d : program.definitions()) {
            if (!bodies.containsKey(d) && TermTrees.preorder(d.body()).stream().anyMatch(t -> t instanceof Term.Gradient)) {
                Term body = replace(d.body(), typed, adjoints, copies, diagnostics);
                if (body != null) {
                    bodies.put(d, body);
                }
            }
        }
        for (Map.Entry<Definition, Term> e : bodies.entrySet()) {
            if (!wellScoped(e.getValue(), e.getKey().indices())) {
                // A step of the backward pass moved out of the sum that binds its index (a function of an element
                // of a family, called inside another function, in two sums over the same letter): not yet.
                Term.Gradient g = TermTrees.preorder(e.getKey().body()).stream().filter(t -> t instanceof Term.Gradient)
                        .map(t -> (Term.Gradient) t).findFirst().orElse(null);
                Diagnostic.of(Code.E0501, typed.program().source(), g != null ? g.span() : e.getKey().nameSpan(),
                                "eqc cannot differentiate this yet: a step of its derivative reads an element outside"
                                        + " the sum that chooses it (a function applied to an element inside another"
                                        + " function's call, in sums over the same letter)")
                        .caret("not differentiated")
                        .help("apply the functions to the whole tensors (`f_w(X)` on a matrix of samples) or write the"
                                + " composition out (`w^\\top \\theta z_i`)")
                        .report(diagnostics);
            }
        }
        if (bodies.isEmpty() || diagnostics.hasErrors()) {
            return typed;
        }
        ProgramRewriter rewriter = new ProgramRewriter(program, bodies);
        ResolvedProgram rewritten = rewriter.run();
        Diagnostics scratch = new Diagnostics();
        TypedProgram result = ShapeInference.inferDerived(rewritten, scratch);
        for (Diagnostic d : scratch.all()) {
            if (d.severity() == dev.eqc.compiler.diag.Severity.ERROR) {
                // A derivative rule that does not fit this program's shapes (Adafactor's ones vectors 1_n^\top
                // (G_t^2 + …) beside an outer product): said at the gradient, never a crash.
                Term.Gradient g = program.definitions().stream()
                        .flatMap(def -> TermTrees.preorder(def.body()).stream())
                        .filter(t -> t instanceof Term.Gradient).map(t -> (Term.Gradient) t).findFirst().orElse(null);
                Diagnostic.of(Code.E0501, typed.program().source(), g != null ? g.span() : d.span(),
                                "eqc cannot differentiate this yet: a step of its derivative does not fit the shapes ("
                                        + d.message() + ")")
                        .caret("not differentiated")
                        .help("differentiate a simpler form of the same value, or write the gradient out")
                        .report(diagnostics);
                return typed;
            }
        }
        Map<Definition, GradientFacts.GradientOf> gradients = new IdentityHashMap<>();
        Map<String, Definition> byKey = new java.util.HashMap<>();
        for (Definition d : program.definitions()) {
            byKey.put(d.key(), rewriter.definition(d));
            if (d.body() instanceof Term.Gradient g && g.of() instanceof Term.ValueRef v && !v.definition().function()) {
                gradients.put(rewriter.definition(d), new GradientFacts.GradientOf(rewriter.definition(v.definition()),
                        g.wrt()));
            } else if (d.body() instanceof Term.Gradient g && g.at() == null && g.of() instanceof Term.Call c
                    && c.args().stream().allMatch(a -> a instanceof Term.InputRef)) {
                // \nabla_{w} E(w): the finite-difference test calls E's method with w probed.
                gradients.put(rewriter.definition(d), new GradientFacts.GradientOf(rewriter.definition(c.function()),
                        g.wrt(), c.args().stream().map(a -> ((Term.InputRef) a).input()).toList()));
            }
        }
        List<GradientFacts.GradientBundle> bundles = new ArrayList<>();
        for (GradientRequest.Bundle b : requested) {
            bundles.add(new GradientFacts.GradientBundle(byKey.get(b.lossKey()),
                    b.gradientKeys().stream().map(byKey::get).toList()));
        }
        Map<Term, dev.eqc.compiler.source.Span> steps = new IdentityHashMap<>();
        adjoints.forEach((t, span) -> {
            Term now = rewriter.rewritten(t);
            if (now != null) {
                steps.put(now, span);
            }
        });
        // Terms of the new bodies that are neither the program's nor copies of them: the backward pass's own.
        java.util.Set<Term> forward = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Definition d : program.definitions()) {
            forward.addAll(TermTrees.preorder(d.body()));
        }
        forward.addAll(copies);
        java.util.Set<Term> backward = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Term body : bodies.values()) {
            for (Term t : TermTrees.preorder(body)) {
                Term now = rewriter.rewritten(t);
                if (!forward.contains(t) && now != null) {
                    backward.add(now);
                }
            }
        }
        java.util.Set<Definition> differentiated = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        bodies.keySet().forEach(d -> differentiated.add(rewriter.definition(d)));
        return result.withGradients(new GradientFacts(gradients, bundles, differentiated, steps, backward));
    }

    /** Whether every index {@code t} reads is bound around it: by a reduction, a stack, a strided part or {@code left}. */
    static boolean wellScoped(Term t, List<IndexVar> left) {
        java.util.Set<IndexVar> bound = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        bound.addAll(left);
        return wellScoped(t, bound);
    }

    private static boolean wellScoped(Term t, java.util.Set<IndexVar> bound) {
        if (t instanceof Term.IndexValue v && !bound.contains(v.var())
                || t instanceof Term.Index ix && !bound.containsAll(ix.indices())) {
            return false;
        }
        List<IndexVar> binds = t instanceof Term.Reduce r ? List.of(r.var()) : t instanceof Term.Stack st ? st.vars()
                : List.of();
        java.util.Set<IndexVar> inner = bound;
        if (!binds.isEmpty()) {
            inner = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            inner.addAll(bound);
            inner.addAll(binds);
        }
        if (t instanceof Term.Interleave il) {
            for (Term.StridedPart part : il.parts()) {
                java.util.Set<IndexVar> partBound = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                partBound.addAll(bound);
                partBound.addAll(part.indices());
                if (!wellScoped(part.body(), partBound)) {
                    return false;
                }
            }
            return true;
        }
        for (Term k : t.children()) {
            if (!wellScoped(k, inner)) {
                return false;
            }
        }
        return true;
    }

    /** {@code t} with its gradients differentiated; null after an error. */
    private static Term replace(Term t, TypedProgram typed, Map<Term, dev.eqc.compiler.source.Span> adjoints,
            java.util.Set<Term> copies, Diagnostics diagnostics) {
        if (t instanceof Term.Gradient g) {
            List<Term> gradients = Differentiator.gradients(typed, g.of(), List.of(g.wrt()), g.span(), adjoints, copies,
                    diagnostics);
            if (gradients == null || g.at() == null) {
                return gradients == null ? null : gradients.get(0);
            }
            // \nabla F(\tilde{w}_k): the derivative was built at the gradient's own variable; the point takes its place.
            Term at = replace(g.at(), typed, adjoints, copies, diagnostics);
            return at == null ? null : atPoint(gradients.get(0), g.wrt(), at);
        }
        List<Term> kids = new ArrayList<>();
        for (Term k : t.children()) {
            Term r = replace(k, typed, adjoints, copies, diagnostics);
            if (r == null) {
                return null;
            }
            kids.add(r);
        }
        return t.withChildren(kids);
    }

    /** {@code t} with every reference to {@code variable} replaced by {@code point}. */
    private static Term atPoint(Term t, Input variable, Term point) {
        if (t instanceof Term.InputRef ref && ref.input() == variable) {
            return point;
        }
        List<Term> kids = new ArrayList<>();
        for (Term k : t.children()) {
            kids.add(atPoint(k, variable, point));
        }
        return t.withChildren(kids);
    }

    /** Whether the program takes any gradient. */
    public static boolean hasGradients(ResolvedProgram program) {
        for (Definition d : program.definitions()) {
            if (TermTrees.preorder(d.body()).stream().anyMatch(t -> t instanceof Term.Gradient)) {
                return true;
            }
        }
        return false;
    }
}
