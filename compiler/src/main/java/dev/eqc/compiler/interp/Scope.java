package dev.eqc.compiler.interp;

import dev.eqc.compiler.resolve.Definition;
import dev.eqc.compiler.resolve.Param;
import java.util.List;
import java.util.Map;

/**
 * What one core evaluation of a definition's body sees: its listed arguments, its free inputs
 * by key, and the dimension sizes. {@code definition} is null for a constant expression.
 */
record Scope(Definition definition, List<NDArray> params, Map<String, NDArray> inputs, Map<String, Integer> dims) {
    Scope {
        params = List.copyOf(params);
        inputs = Map.copyOf(inputs);
        dims = Map.copyOf(dims);
    }

    /** The scope of a term that may use nothing but literals, constants and input-free definitions. */
    static Scope constant() {
        return new Scope(null, List.of(), Map.of(), Map.of());
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
