package dev.eqc.compiler.codegen;

import dev.eqc.compiler.fusion.OperandNames;
import dev.eqc.compiler.term.Input;
import java.util.List;
import java.util.Map;

/**
 * The Java names a generated method binds: its listed parameters by position, the inputs it takes
 * (its free inputs, and listed parameters that shadow an input of the same name) by key, and the
 * dimension sizes it has read from its arguments by symbol.
 */
record MethodScope(List<String> params, Map<String, String> inputsByKey, Map<String, String> dims)
        implements OperandNames {
    MethodScope {
        params = List.copyOf(params);
        inputsByKey = Map.copyOf(inputsByKey);
        dims = Map.copyOf(dims);
    }

    /** The local of the {@code index}-th listed parameter. */
    @Override
    public String param(int index) {
        return params.get(index);
    }

    /** The local holding {@code in} here, or null when the method does not take it. */
    @Override
    public String input(Input in) {
        return inputsByKey.get(in.key());
    }

    @Override
    public boolean hasSize(String dim) {
        return dims.containsKey(dim);
    }

    /** The local holding the size of dimension {@code symbol}, or null when no argument gives it. */
    String dim(String symbol) {
        return dims.get(symbol);
    }
}
