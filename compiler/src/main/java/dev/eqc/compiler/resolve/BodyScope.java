package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Param;
import dev.eqc.compiler.term.Term;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one body binds and uses: the function's listed parameters, the index variables in scope
 * (innermost last: the left-hand side's, then enclosing reductions'), and the inputs and
 * definitions it uses, from which its free inputs follow (SPEC 2.2).
 */
final class BodyScope {
    private final List<Param> params = new ArrayList<>();
    private final ArrayDeque<IndexVar> indices = new ArrayDeque<>();
    private final List<IndexVar> leftIndices = new ArrayList<>();
    private final Set<Input> directInputs = new LinkedHashSet<>();
    private final List<Definition> used = new ArrayList<>();

    void addParam(Param p) {
        params.add(p);
    }

    List<Param> params() {
        return params;
    }

    /** The parameter of this key, as a binding, or null. */
    Binding.ParamName param(String key) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).key().equals(key)) {
                return new Binding.ParamName(params.get(i), i);
            }
        }
        return null;
    }

    /** An index variable of the left-hand side ({@code i} of {@code y_i}); in scope for the whole body. */
    void bindLeftIndex(IndexVar v) {
        leftIndices.add(v);
        indices.addLast(v);
    }

    List<IndexVar> leftIndices() {
        return leftIndices;
    }

    /** Enters the scope of a reduction's variable. */
    void enter(IndexVar v) {
        indices.addLast(v);
    }

    /** Leaves the innermost reduction's scope. */
    void leave() {
        indices.removeLast();
    }

    boolean hasIndices() {
        return !indices.isEmpty();
    }

    /** The innermost index variable of this name in scope, or null. */
    IndexVar indexVar(String name) {
        Iterator<IndexVar> it = indices.descendingIterator();
        while (it.hasNext()) {
            IndexVar v = it.next();
            if (v.name().equals(name)) {
                return v;
            }
        }
        return aliases.get(name);
    }

    private final java.util.Map<String, IndexVar> aliases = new java.util.HashMap<>();
    private final java.util.Map<IndexVar, Term> cuts = new java.util.IdentityHashMap<>();

    /**
     * Records that the reduction over {@code v} keeps only the terms where {@code keep} holds ({@code \sum_{j=1}^{t}}
     * with {@code t} another index, {@code \sum_{j \ne i}}, {@code \max_{p : y_p = y_a}}): its index runs over the whole
     * axis and the others are the operation's identity. A softmax over the same index inside it normalises over the
     * same terms.
     */
    void cut(IndexVar v, Term keep) {
        cuts.put(v, keep);
    }

    /** The condition that keeps a term of the reduction over {@code v}, or null when its range is not cut. */
    Term cutOf(IndexVar v) {
        return cuts.get(v);
    }

    /** {@code c} in the body of {@code \hat{\mu}_C \leftarrow …}: another spelling of the left index {@code C}. */
    void alias(String name, IndexVar v) {
        aliases.put(name, v);
    }

    void useInput(Input in) {
        directInputs.add(in);
    }

    void useDefinition(Definition d) {
        used.add(d);
    }

    /**
     * The inputs the body uses freely, directly or through the definitions it uses (but not those a
     * listed parameter shadows), in declaration order: the method's extra parameters.
     */
    List<Input> freeInputs() {
        return freeInputs(params);
    }

    /**
     * As {@link #freeInputs()}, with only {@code kept} shadowing: a parameter read as notation and dropped (W0191)
     * leaves its namesake free (Sutton &amp; Barto's {@code \pi(a|S_t)} reading {@code A^*}, which reads the input
     * {@code S_t}; the method lacked it).
     */
    List<Input> freeInputs(List<Param> kept) {
        Set<String> shadowed = new HashSet<>();
        for (Param p : kept) {
            shadowed.add(p.key());
        }
        Set<Input> free = new LinkedHashSet<>(directInputs);
        for (Definition d : used) {
            for (Input in : d.freeInputs()) {
                if (!shadowed.contains(in.key())) {
                    free.add(in);
                }
            }
        }
        List<Input> out = new ArrayList<>(free);
        out.sort(Comparator.comparingInt(Input::order));
        return out;
    }
}
