package dev.eqc.compiler.grad;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a forward term is being looked at while differentiating: inside a called function, its
 * parameters are bound to the caller's argument terms, and inputs that the function's parameters
 * shadow (SPEC 2.2) are bound likewise. The top environment binds nothing, so its terms are the
 * program's own. Each environment memoises the copies of its terms, so a shared forward term
 * stays shared in the gradient.
 */
final class Env {
    /** A term in the environment it must be read in. */
    record Bound(Term term, Env env) {}

    /** A fresh top environment: binds nothing; its memo tables belong to one differentiation. */
    static Env top() {
        return new Env(null, Map.of());
    }

    /** Bindings of ParamRef indices (null: parameters are leaves, as at the top). */
    final List<Bound> params;
    /** Bindings of inputs by key (shadowed by some enclosing function's parameters). */
    final Map<String, Bound> inputs;
    final IdentityHashMap<Term, Term> copies = new IdentityHashMap<>();
    final IdentityHashMap<Term, Boolean> depends = new IdentityHashMap<>();
    /** The environments of the bodies of the calls and used values read here, one per term. */
    private final IdentityHashMap<Term, Env> inner = new IdentityHashMap<>();

    private Env(List<Bound> params, Map<String, Bound> inputs) {
        this.params = params;
        this.inputs = inputs;
    }

    boolean identity() {
        return params == null && inputs.isEmpty();
    }

    /** The environment of the body of the function {@code c} calls, from here (the same one each time). */
    Env call(Term.Call c) {
        return inner.computeIfAbsent(c, k -> call(c.function(), c.args()));
    }

    /** The environment of the body of the value {@code v} uses, from here (the same one each time). */
    Env value(Term.ValueRef v, Env top) {
        return inner.computeIfAbsent(v, k -> value(v.definition(), top));
    }

    private Env call(Definition f, List<Term> args) {
        Map<String, Bound> in = new HashMap<>(inputs);
        List<Bound> ps = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Bound b = new Bound(args.get(i), this);
            ps.add(b);
            in.put(f.params().get(i).key(), b);
        }
        return new Env(ps, in);
    }

    /** The environment of a used value's body: it sees this environment's input bindings. */
    private Env value(Definition d, Env top) {
        if (!shadows(d)) {
            return top;
        }
        return new Env(null, inputs);
    }

    /** Whether some free input of {@code d} is bound here, so {@code d} must be inlined. */
    boolean shadows(Definition d) {
        for (Input in : d.freeInputs()) {
            if (inputs.containsKey(in.key())) {
                return true;
            }
        }
        return false;
    }
}
