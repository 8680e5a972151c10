package dev.eqc.compiler.resolve;

import dev.eqc.compiler.source.SourceFile;
import java.util.List;

/**
 * The output of name resolution: inputs in declaration order (inferred ones after the
 * declared), constants, and definitions in source order (each after the ones it uses).
 */
public record ResolvedProgram(SourceFile source, List<Input> inputs, List<Constant> constants,
        List<Definition> definitions) {
    public ResolvedProgram {
        inputs = List.copyOf(inputs);
        constants = List.copyOf(constants);
        definitions = List.copyOf(definitions);
    }

    /** The main result: the last definition (SPEC 2.2). */
    public Definition main() {
        return definitions.get(definitions.size() - 1);
    }
}
