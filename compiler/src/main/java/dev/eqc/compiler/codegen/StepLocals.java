package dev.eqc.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.eqc.compiler.codegen.BodyEmitter.Value;
import dev.eqc.compiler.term.Term;
import java.util.List;

/**
 * Which values of the general path get a local of their own, named and commented with the LaTeX
 * they compute: the major steps of the paper (products, softmax, calls of other definitions), a
 * gradient's backward steps and the terms it shares, and, every 24 terms of height, a spilled
 * part (javac recurses along nested calls). Each is computed once per method: later uses of an
 * equal term read the local.
 */
final class StepLocals {
    private final BodyEmitter e;
    /**
     * Expressions nest at most this many terms deep before the value goes into a local: javac
     * recurses along nested calls, and a 600-term sum written as one expression overflows its
     * stack ({@code Ops.add(Ops.add(…))}) in a user's build.
     */
    static final int SPILL_EVERY = 24;
    private final java.util.IdentityHashMap<Term, Integer> heights = new java.util.IdentityHashMap<>();
    /** In a differentiated body: the terms used in more than one place (by identity). */
    final java.util.Set<Term> sharedTerms = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    StepLocals(BodyEmitter e) {
        this.e = e;
    }

    /** The height of a term's tree (a leaf is 1), remembered for every subterm. */
    int height(Term t) {
        Integer known = heights.get(t);
        if (known != null) {
            return known;
        }
        int h = 1;
        for (Term k : t.children()) {
            h = Math.max(h, height(k) + 1);
        }
        heights.put(t, h);
        return h;
    }

    /** The value in a local of its own, so the expression that uses it starts a fresh nesting. */
    Value spill(Value v) {
        if (v.code().toString().matches("[A-Za-z_$][\\w$]*")) {
            return v;   // already a name
        }
        String name = e.locals.allocate("part");
        if (v.tensor()) {
            e.out.addStatement("$T $N = $L", RuntimeTypes.TENSOR, name, v.code());
        } else {
            e.out.addStatement("double $N = $L", name, v.code());
        }
        return new Value(CodeBlock.of("$N", name), v.tensor(), v.coreRank(), v.slots(), false);
    }

    /**
     * A gradient's shared terms and backward steps get e.locals: a step of the backward pass is one
     * statement, commented with the forward step it differentiates.
     */
    Value local(Term t, Value v) {
        java.util.Optional<dev.eqc.compiler.source.Span> backward = e.typed.gradients().backwardStepOf(t);
        String latex = e.typed.program().source().slice(backward.orElse(t.span())).replaceAll("\\s+", " ").strip();
        String name;
        if (backward.isPresent()) {
            String plain = localName(latex, "");
            name = e.locals.allocate(plain.isEmpty() ? "grad" : "d" + Character.toUpperCase(plain.charAt(0))
                    + plain.substring(1));
            e.out.add("// gradient with respect to $L\n", Javadocs.text(latex));
        } else {
            name = e.locals.allocate(localName(latex, "shared"));
            e.out.add(e.typed.gradients().isBackward(t) ? "// backward through $L\n" : "// $L\n", Javadocs.text(latex));
        }
        e.out.addStatement("$T $N = $L", RuntimeTypes.TENSOR, name, v.code());
        Value local = new Value(CodeBlock.of("$N", name), true, v.coreRank(), v.slots());
        e.computed.put(e.keys.of(t), local);
        return local;
    }

    void findSharedTerms(Term... roots) {
        java.util.Set<Term> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Term> stack = new java.util.ArrayDeque<>();
        for (Term root : roots) {
            if (seen.add(root)) {
                stack.push(root);
            } else {
                sharedTerms.add(root);
            }
        }
        while (!stack.isEmpty()) {
            Term t = stack.pop();
            List<Term> witnesses = t.shapeWitnesses();
            for (Term k : t.children()) {
                if (witnesses.stream().anyMatch(w -> w == k)) {
                    continue; // only gives a size, never computed
                }
                if (!seen.add(k)) {
                    sharedTerms.add(k);
                } else {
                    stack.push(k);
                }
            }
        }
    }

    /** A major step: its own local, commented with the LaTeX it computes. */
    Value step(Term t, CodeBlock code, boolean top, String hint) {
        return step(t, code, top, hint, 0);
    }

    Value step(Term t, CodeBlock code, boolean top, String hint, int slots) {
        if (top) {
            return e.tensor(code, t, slots);
        }
        if (e.typed.gradients().backwardStepOf(t).isPresent() && e.indexScope.isEmpty()) {
            return local(t, e.tensor(code, t, slots));
        }
        String latex = e.typed.program().source().slice(t.span()).replaceAll("\\s+", " ").strip();
        boolean namedDefinition = t instanceof Term.ValueRef || t instanceof Term.Call;
        String name = e.locals.allocate(namedDefinition ? hint : localName(latex, hint));
        e.out.add(e.typed.gradients().isBackward(t) ? "// backward through $L\n" : "// $L\n", Javadocs.text(latex));
        e.out.addStatement("$T $N = $L", RuntimeTypes.TENSOR, name, code);
        Value local = e.tensor(CodeBlock.of("$N", name), t, slots);
        if (e.indexScope.isEmpty()) {
            e.computed.put(e.keys.of(t), local);
        }
        return local;
    }

    static String localName(String latex, String hint) {
        String plain = latex.replace("^T", "T").replace("^\\top", "T").replaceAll("\\\\[a-zA-Z]+", "")
                .replaceAll("[^A-Za-z0-9_]", "");
        if (!plain.isEmpty() && plain.length() <= 10 && Character.isLetter(plain.charAt(0))) {
            return Character.toLowerCase(plain.charAt(0)) + plain.substring(1);
        }
        return hint;
    }
}
