package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Constant;
import dev.eqc.compiler.source.SourceFile;
import java.util.List;

/**
 * The output of name resolution: inputs in declaration order (inferred ones after the
 * declared), constants, definitions in source order, and the declarations that state a
 * definition's result shape ({@code PE \in \mathbb{R}^{n \times d}} before {@code PE = …}).
 */
public record ResolvedProgram(SourceFile source, List<Input> inputs, List<Constant> constants,
        List<Definition> definitions, java.util.Map<Definition, Input> outputDeclarations,
        java.util.Set<String> declaredDimensions, java.util.Map<String, dev.eqc.compiler.term.DimTie> dimTies) {
    public ResolvedProgram {
        dimTies = java.util.Map.copyOf(dimTies);
        inputs = List.copyOf(inputs);
        constants = List.copyOf(constants);
        definitions = List.copyOf(definitions);
        declaredDimensions = java.util.Set.copyOf(declaredDimensions);
    }

    public ResolvedProgram(SourceFile source, List<Input> inputs, List<Constant> constants,
            List<Definition> definitions, java.util.Map<Definition, Input> outputDeclarations,
            java.util.Set<String> declaredDimensions) {
        this(source, inputs, constants, definitions, outputDeclarations, declaredDimensions, java.util.Map.of());
    }

    /** The main result: the last definition (SPEC 2.2). */
    public Definition main() {
        return definitions.get(definitions.size() - 1);
    }
}
