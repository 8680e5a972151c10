package dev.eqc.cli;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.diag.DiagnosticRenderer;
import dev.eqc.compiler.diag.Diagnostics;

import dev.eqc.compiler.resolve.JavaNames;

import dev.eqc.compiler.shape.ShapeReport;
import dev.eqc.compiler.shape.TypedProgram;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code eqc shapes}: each definition's signature and the shape of every sub-expression. */
@Command(name = "shapes", description = "Print every definition's signature and the inferred shape of each sub-expression.")
final class ShapesCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "FILE.eq")
    Path file;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<TypedProgram> typed = EqCompiler.check(Sources.read(file),
                Options.forClass(JavaNames.className(Sources.stem(file))), diagnostics);
        Reporting.print(diagnostics, DiagnosticRenderer.Format.TEXT, System.err, System.out);
        if (typed.isEmpty()) {
            return Main.INPUT_ERRORS;
        }
        System.out.print(ShapeReport.render(typed.get()));
        return 0;
    }

}
