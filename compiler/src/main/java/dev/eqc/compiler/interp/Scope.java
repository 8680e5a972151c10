package dev.eqc.compiler.interp;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Param;
import java.util.List;
import java.util.Map;

/**
 * What one core evaluation of a definition's body sees: its listed arguments, its free inputs
 * by key, and the dimension sizes. {@code definition} is null for a constant expression.
 */
record Scope(Definition definition, List<NDArray> params, Map<String, NDArray> inputs, Map<String, Integer> dims,
        Map<IndexVar, Integer> positions, Map<IndexVar, NDArray> states) {
    Scope {
        params = List.copyOf(params);
        inputs = Map.copyOf(inputs);
        dims = Map.copyOf(dims);
        positions = Map.copyOf(positions);
        states = Map.copyOf(states);
    }

    Scope(Definition definition, List<NDArray> params, Map<String, NDArray> inputs, Map<String, Integer> dims) {
        this(definition, params, inputs, dims, Map.of(), Map.of());
    }

    /** The scope of a term that may use nothing but literals, constants and input-free definitions. */
    static Scope constant() {
        return new Scope(null, List.of(), Map.of(), Map.of());
    }

    /** This scope with index variable {@code v} at 0-based position {@code p}. */
    Scope with(IndexVar v, int p) {
        Map<IndexVar, Integer> next = new java.util.HashMap<>(positions);
        next.put(v, p);
        return new Scope(definition, params, inputs, dims, next, states);
    }

    /** This scope inside a step of the scan over {@code step}, whose state so far is {@code state}. */
    Scope withState(IndexVar step, int p, NDArray state) {
        Map<IndexVar, NDArray> next = new java.util.HashMap<>(states);
        next.put(step, state);
        return new Scope(definition, params, inputs, dims, positions, next).with(step, p);
    }

    /** The state the previous step of the scan over {@code step} left. */
    NDArray state(IndexVar step) {
        NDArray s = states.get(step);
        if (s == null) {
            throw new IllegalStateException("the state of the scan over " + step + " is read outside it");
        }
        return s;
    }

    int position(IndexVar v) {
        Integer p = positions.get(v);
        if (p == null) {
            throw new IllegalStateException("index " + v + " is not bound here");
        }
        return p;
    }

    /**
     * The value an input with this key has here (SPEC 2.2): a listed parameter of the same key
     * shadows the input; otherwise the input's own binding. Null when neither exists.
     */
    NDArray lookup(String key) {
        if (definition != null) {
            List<Param> listed = definition.params();
            for (int i = 0; i < listed.size(); i++) {
                if (listed.get(i).key().equals(key)) {
                    return params.get(i);
                }
            }
        }
        return inputs.get(key);
    }
}
