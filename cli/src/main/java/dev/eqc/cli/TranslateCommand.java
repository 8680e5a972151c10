package dev.eqc.cli;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.DiagnosticRenderer;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eqc translate}: write the Java sources and, with {@code -t}, their JUnit 5 tests. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Translate .eq files into Java (and JUnit 5 tests with -t).")
final class TranslateCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE.eq")
    List<Path> files = new ArrayList<>();

    @Option(names = "-e", paramLabel = "STATEMENT", description = "a statement to translate instead of a file (repeatable)")
    List<String> statements = new ArrayList<>();

    @Option(names = "-o", paramLabel = "DIR", description = "directory for the Java sources (default: standard output)")
    Path outDir;

    @Option(names = "-t", paramLabel = "TEST_DIR", description = "directory for the generated JUnit 5 tests")
    Path testDir;

    @Option(names = "--package", paramLabel = "P", description = "Java package of the generated classes")
    String packageName = "";

    @Option(names = "--class", paramLabel = "C", description = "class name (default: the file name in UpperCamelCase)")
    String className;

    @Option(names = "--precision", defaultValue = "float", description = "float or double (default: ${DEFAULT-VALUE})")
    String precision;

    @Option(names = "--grad", paramLabel = "L", description = "also emit a method returning the scalar definition L"
            + " and its gradient with respect to every tensor input (reverse mode, at compile time)")
    String gradientOf;

    @Option(names = "--format", defaultValue = "text", description = "diagnostics as text, json or github")
    String format;

    @Override
    public Integer call() {
        DiagnosticRenderer.Format f = Formats.parse(format);
        if (files.isEmpty() == statements.isEmpty()) {
            throw new UserError("give either .eq files or -e statements", Main.USAGE);
        }
        if (className != null && files.size() > 1) {
            throw new UserError("--class names one class; give one file", Main.USAGE);
        }
        if (packageName != null && !packageName.isEmpty() && !packageName.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
            throw new UserError("--package '" + packageName + "' is not a Java package name", Main.USAGE);
        }
        if (className != null && !className.matches("[A-Za-z_$][\\w$]*")) {
            throw new UserError("--class '" + className + "' is not a Java class name", Main.USAGE);
        }
        Precision p = precision(precision);
        Diagnostics diagnostics = new Diagnostics();
        List<GeneratedFile> generated = new ArrayList<>();
        List<SourceFile> sources = new ArrayList<>();
        List<String> classNames = new ArrayList<>();
        if (!statements.isEmpty()) {
            sources.add(Sources.statements(statements));
            classNames.add(className != null ? className : "Equations");
        }
        for (Path file : files) {
            sources.add(Sources.read(file));
            classNames.add(className != null ? className : JavaNames.className(Sources.stem(file)));
        }
        for (int i = 0; i < sources.size(); i++) {
            Options options = new Options(classNames.get(i), packageName, p, testDir != null, gradientOf);
            Diagnostics own = new Diagnostics();
            generated.addAll(EqCompiler.translate(sources.get(i), options, own));
            own.all().forEach(diagnostics::report);
        }
        Reporting.print(diagnostics, f, System.err, System.out);
        if (diagnostics.hasErrors()) {
            return Main.INPUT_ERRORS;
        }
        if (outDir == null) {
            generated.stream().filter(g -> !g.test()).forEach(g -> System.out.print(g.source()));
            if (testDir != null) {
                OutputWriter.write(generated.stream().filter(GeneratedFile::test).toList(), null, testDir);
            }
            return 0;
        }
        OutputWriter.write(generated, outDir, testDir);
        return 0;
    }

    static Precision precision(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "float", "float32" -> Precision.FLOAT;
            case "double", "float64" -> Precision.DOUBLE;
            default -> throw new UserError("unknown --precision '" + s + "'; use float or double", Main.USAGE);
        };
    }
}
