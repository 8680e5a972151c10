package dev.eqc.cli;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.DiagnosticRenderer;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.run.InMemoryJavaCompiler;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@code .eq} file checked, translated and compiled in memory, for the commands that run the
 * generated code ({@code run}, {@code bench}). Diagnostics are printed on the way.
 */
record CompiledEquations(TypedProgram typed, EquationRunner runner) {

    /** Empty when the file has errors (already printed). */
    static Optional<CompiledEquations> load(Path file, Precision precision, Diagnostics diagnostics) {
        return load(file, precision, diagnostics, List.of());
    }

    /** The file checked without printing anything: empty when it has errors. */
    static Optional<TypedProgram> quietCheck(Path file, Precision precision) {
        Options options = new Options(JavaNames.className(Sources.stem(file)), "", precision, false);
        return EqCompiler.check(Sources.read(file), options, new Diagnostics());
    }

    /** Empty when the file has errors (already printed); {@code declarations} are lines appended to the file. */
    static Optional<CompiledEquations> load(Path file, Precision precision, Diagnostics diagnostics,
            List<String> declarations) {
        Options options = new Options(JavaNames.className(Sources.stem(file)), "", precision, false);
        SourceFile source = Sources.read(file);
        if (!declarations.isEmpty()) {
            String text = source.text();
            source = new SourceFile(source.name(), text + (text.endsWith("\n") ? "" : "\n")
                    + String.join("\n", declarations) + "\n");
        }
        Optional<TypedProgram> typed = EqCompiler.check(source, options, diagnostics);
        Reporting.print(diagnostics, DiagnosticRenderer.Format.TEXT, System.err, System.out);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CompiledEquations(typed.get(), EquationRunner.compile(typed.get(), options)));
        } catch (InMemoryJavaCompiler.CompilationFailed e) {
            throw new UserError(e.getMessage(), Main.INPUT_ERRORS);
        }
    }

    /** The definition {@code --function} names (LaTeX or Java), or the main result when it is null. */
    Definition definition(String function) {
        return runner.find(function).orElseThrow(() -> new UserError("no definition named '" + function
                + "'; the file defines " + typed.program().definitions().stream().map(Definition::latexName)
                        .collect(Collectors.joining(", ")), Main.USAGE));
    }
}
