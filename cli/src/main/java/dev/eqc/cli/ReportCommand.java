package dev.eqc.cli;

import dev.eqc.cli.report.EquationAnalysis;
import dev.eqc.cli.report.FileReport;
import dev.eqc.cli.report.ReportPage;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.DiagnosticRenderer;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.run.InMemoryJavaCompiler;
import dev.eqc.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eqc report}: one self-contained HTML page showing each file's equations rendered with
 * KaTeX, every sub-expression's shape, diagnostics in place, a dataflow diagram per definition,
 * the generated Java and its tests' results (package {@code dev.eqc.cli.report}). Exit 1 when a
 * file has errors or a generated test fails; the page is written either way.
 */
@Command(name = "report", description = "Write one self-contained HTML page showing .eq files: equations, shapes,"
        + " diagnostics, dataflow diagrams, the generated Java and its tests' results.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE.eq")
    List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.html", description = "the page to write")
    Path output;

    @Option(names = "--precision", defaultValue = "float", description = "float or double (default: ${DEFAULT-VALUE})")
    String precision;

    @Option(names = "--no-tests", description = "do not compile and run the generated tests")
    boolean noTests;

    @Override
    public Integer call() {
        if (output.toString().isEmpty()) {
            throw new UserError("-o needs a file name", Main.USAGE);
        }
        List<FileReport> reports = new ArrayList<>();
        for (Path file : files) {
            SourceFile source = Sources.read(file);
            Options options = new Options(JavaNames.className(Sources.stem(file)), "",
                    TranslateCommand.precision(precision), true);
            Diagnostics diagnostics = new Diagnostics();
            reports.add(EquationAnalysis.analyse(source, options, diagnostics, noTests ? null : ReportCommand::runTests));
            // The diagnostics go to the terminal too, as every command prints them.
            Reporting.print(diagnostics, DiagnosticRenderer.Format.TEXT, System.err, System.out);
        }
        byte[] page = ReportPage.render(reports, new Version().getVersion()[0]).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(output, out -> out.write(page));
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + IoErrors.reason(e), Main.INPUT_ERRORS);
        }
        boolean bad = reports.stream().anyMatch(r -> r.hasErrors() || r.tests().failed() > 0);
        return bad ? Main.INPUT_ERRORS : 0;
    }

    private static List<FileReport.TestOutcome> runTests(String file, List<GeneratedFile> generated)
            throws InMemoryJavaCompiler.CompilationFailed {
        return TestRun.run(file, generated).results().stream()
                .map(r -> new FileReport.TestOutcome(r.name(), r.passed(), r.seconds(), r.message())).toList();
    }
}
