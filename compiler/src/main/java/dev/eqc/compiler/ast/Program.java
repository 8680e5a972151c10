package dev.eqc.compiler.ast;

import dev.eqc.compiler.source.SourceFile;
import java.util.List;

/** The parsed statements of one source file, in order. */
public record Program(SourceFile source, List<Statement> statements) {
    public Program {
        statements = List.copyOf(statements);
    }
}
