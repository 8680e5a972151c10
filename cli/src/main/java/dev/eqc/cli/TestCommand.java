package dev.eqc.cli;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.DiagnosticRenderer;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.run.InMemoryJavaCompiler;
import dev.eqc.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eqc test}: translates each file with its JUnit 5 tests, compiles both in memory and
 * runs the tests on the JUnit Platform, printing a line per test and {@code N passed, M failed};
 * exit 1 when any test fails or any file has errors. For CI: {@code --format junit-xml} (the
 * Surefire report format) and {@code --format github} (workflow annotations).
 */
@Command(name = "test", description = "Translate, compile and run the generated JUnit tests of .eq files.")
final class TestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE.eq")
    List<Path> files;

    @picocli.CommandLine.Mixin
    StrictOption strict = new StrictOption();

    @Option(names = "--format", defaultValue = "text",
            description = "text, junit-xml (Surefire's report format, on stdout or in -o DIR) or github"
                    + " (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "-o", paramLabel = "DIR", description = "with --format junit-xml: write TEST-<class>.xml files here"
            + " (as Surefire does) instead of one document on standard output")
    Path reportDir;

    @Option(names = "--precision", defaultValue = "float", description = "float or double (default: ${DEFAULT-VALUE})")
    String precision;

    @Option(names = "--package", paramLabel = "P", description = "package of the generated classes (default: eqc.test)")
    String packageName = "eqc.test";

    @Override
    public Integer call() {
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "junit-xml", "github").contains(f)) {
            throw new UserError("unknown --format '" + format + "'; use text, junit-xml or github", Main.USAGE);
        }
        if (reportDir != null && !f.equals("junit-xml")) {
            throw new UserError("-o writes JUnit XML reports; give --format junit-xml too", Main.USAGE);
        }
        Precision p = TranslateCommand.precision(precision);
        List<TestRun.Suite> suites = new ArrayList<>();
        boolean inputErrors = false;
        for (Path file : files) {
            SourceFile source = Sources.read(file);
            String className = JavaNames.className(Sources.stem(file));
            Diagnostics diagnostics = strict.diagnostics();
            List<GeneratedFile> generated = EqCompiler.translate(source, new Options(className, packageName, p, true),
                    diagnostics);
            Reporting.print(diagnostics, f.equals("github") ? DiagnosticRenderer.Format.GITHUB
                    : DiagnosticRenderer.Format.TEXT, System.err, System.out);
            if (diagnostics.hasErrors()) {
                inputErrors = true;
                continue;
            }
            try {
                suites.add(TestRun.run(source.name(), generated));
            } catch (InMemoryJavaCompiler.CompilationFailed e) {
                throw new UserError(e.getMessage(), Main.INPUT_ERRORS);
            }
        }
        report(f, suites);
        long failed = suites.stream().mapToLong(TestRun.Suite::failed).sum();
        return failed > 0 || inputErrors ? Main.INPUT_ERRORS : 0;
    }

    private void report(String f, List<TestRun.Suite> suites) {
        switch (f) {
            case "junit-xml" -> {
                if (reportDir == null) {
                    System.out.print(JUnitXml.document(suites));
                } else {
                    writeReports(suites);
                }
            }
            case "github" -> System.out.print(GithubAnnotations.of(suites));
            default -> {
                for (TestRun.Suite s : suites) {
                    for (TestRun.Result r : s.results()) {
                        System.out.println((r.passed() ? "PASS " : "FAIL ") + s.className() + " > " + r.name()
                                + String.format(Locale.ROOT, " (%.0f ms)", r.seconds() * 1000)
                                + (r.passed() ? "" : "\n     " + TerminalTextLines.indent(r.message())));
                    }
                }
            }
        }
        long passed = suites.stream().mapToLong(TestRun.Suite::passed).sum();
        long failed = suites.stream().mapToLong(TestRun.Suite::failed).sum();
        (f.equals("text") ? System.out : System.err).println(passed + " passed, " + failed + " failed");
    }

    private void writeReports(List<TestRun.Suite> suites) {
        try {
            Files.createDirectories(reportDir);
            for (TestRun.Suite s : suites) {
                byte[] xml = JUnitXml.suiteDocument(s).getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(reportDir.resolve("TEST-" + s.className() + ".xml"), out -> out.write(xml));
            }
        } catch (IOException e) {
            throw new UserError("cannot write the reports to " + reportDir + ": " + IoErrors.reason(e), Main.INPUT_ERRORS);
        }
    }
}
