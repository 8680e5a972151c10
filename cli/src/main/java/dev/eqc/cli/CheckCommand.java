package dev.eqc.cli;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.diag.DiagnosticRenderer;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.resolve.JavaNames;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eqc check}: parse and shape-check, report every diagnostic of every file. */
@Command(name = "check", description = "Parse and shape-check .eq files; report every error (for CI).")
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE.eq")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text, json or github (default: ${DEFAULT-VALUE})")
    String format;

    @picocli.CommandLine.Mixin
    StrictOption strict = new StrictOption();

    @Override
    public Integer call() {
        DiagnosticRenderer.Format f = Formats.parse(format);
        Diagnostics diagnostics = strict.diagnostics();
        for (Path file : files) {
            // Each file gets its own sink: the passes stop on their own file's errors only.
            Diagnostics own = strict.diagnostics();
            EqCompiler.check(Sources.read(file), Options.forClass(JavaNames.className(Sources.stem(file))), own);
            own.all().forEach(diagnostics::report);
        }
        Reporting.print(diagnostics, f, System.err, System.out);
        return diagnostics.hasErrors() ? Main.INPUT_ERRORS : 0;
    }
}
