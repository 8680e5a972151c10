package dev.eqc.cli;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.DiagnosticRenderer;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.diag.Json;
import dev.eqc.compiler.diag.TerminalText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.SourceVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eqc translate}: write the Java sources and, with {@code -t}, their JUnit 5 tests. */
@Command(name = "translate", description = "Translate .eq files into Java (and JUnit 5 tests with -t).")
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

    @picocli.CommandLine.Mixin
    StrictOption strict = new StrictOption();

    @Option(names = "--format", defaultValue = "text", description = "diagnostics as text, json or github")
    String format;

    @Override
    public Integer call() {
        DiagnosticRenderer.Format f = Formats.parse(format);
        if (files.isEmpty() == statements.isEmpty()) {
            throw new UserError("give either .eq files or -e statements", Main.USAGE);
        }
        if (className != null && files.size() + (statements.isEmpty() ? 0 : 1) > 1) {
            throw new UserError("--class names one class; give one file", Main.USAGE);
        }
        checkDirectory("-o", outDir);
        checkDirectory("-t", testDir);
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new UserError("--package '" + packageName + "' is not a Java package name: each dot-separated part"
                    + " must be an identifier (a letter first) and not a keyword", Main.USAGE);
        }
        String requestedClass = className;
        if (className != null && !JavaNames.typeName(className).equals(className)) {
            className = JavaNames.typeName(className);
            System.err.println("eqc: warning: --class '" + TerminalText.safe(requestedClass)
                    + "' is not a legal Java class name; the class is named " + className);
        }
        Precision p = precision(precision);
        Diagnostics diagnostics = strict.diagnostics();
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
        refuseClassCollisions(sources, classNames);
        for (int i = 0; i < sources.size(); i++) {
            Options options = new Options(classNames.get(i), packageName, p, testDir != null, gradientOf);
            Diagnostics own = strict.diagnostics();
            generated.addAll(EqCompiler.translate(sources.get(i), options, own));
            own.all().forEach(diagnostics::report);
        }
        if (f == DiagnosticRenderer.Format.JSON) {
            return json(diagnostics, generated);
        }
        Reporting.print(diagnostics, f, System.err, System.out);
        if (diagnostics.hasErrors()) {
            return Main.INPUT_ERRORS;
        }
        write(generated);
        if (outDir == null) {
            generated.stream().filter(g -> !g.test()).forEach(g -> System.out.print(g.source()));
        }
        return 0;
    }

    /** The files to their directories; with no {@code -o}, only the tests (the sources go to standard output). */
    private void write(List<GeneratedFile> generated) {
        List<GeneratedFile> toFiles = outDir != null ? generated : generated.stream().filter(GeneratedFile::test).toList();
        if (!toFiles.isEmpty()) {
            OutputWriter.write(toFiles, outDir, testDir);
        }
    }

    /**
     * {@code --format json}: standard output carries one JSON document and nothing else: the
     * diagnostics, the files written and, when there is no {@code -o}, the sources themselves.
     */
    private int json(Diagnostics diagnostics, List<GeneratedFile> generated) {
        String diags = new DiagnosticRenderer(false).render(diagnostics.sorted(), DiagnosticRenderer.Format.JSON).strip();
        List<String> entries = new ArrayList<>();
        if (!diagnostics.hasErrors()) {
            write(generated);
            for (GeneratedFile g : generated) {
                Path root = g.test() ? testDir : outDir;
                entries.add("{\"class\": " + Json.quote(g.qualifiedName()) + ", \"test\": " + g.test()
                        + (root != null ? ", \"path\": " + Json.quote(root.resolve(g.relativePath()).toString())
                                : ", \"source\": " + Json.quote(g.source())) + "}");
            }
        }
        System.out.println(diags.substring(0, diags.length() - 1) + ", \"files\": [" + String.join(", ", entries) + "]}");
        return diagnostics.hasErrors() ? Main.INPUT_ERRORS : 0;
    }

    private static void checkDirectory(String option, Path dir) {
        if (dir == null) {
            return;
        }
        if (dir.toString().isBlank()) {
            throw new UserError(option + " '': give a directory name", Main.USAGE);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError(option + " " + dir + ": a file of that name is in the way (a directory is needed)",
                    Main.USAGE);
        }
    }

    /**
     * Two inputs that give the same Java class (or one's test class the other's class) would
     * overwrite each other: an error naming both, before anything is written.
     */
    private void refuseClassCollisions(List<SourceFile> sources, List<String> classNames) {
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            String qualified = (packageName.isEmpty() ? "" : packageName + ".") + classNames.get(i);
            List<String> produced = testDir != null ? List.of(qualified, qualified + "Test") : List.of(qualified);
            for (String c : produced) {
                String key = c.toLowerCase(Locale.ROOT); // case-insensitive file systems see one file
                String previous = owner.putIfAbsent(key, sources.get(i).name());
                if (previous != null) {
                    throw new UserError(previous + " and " + sources.get(i).name() + " both translate to the class " + c
                            + "; rename one of the files (or translate them separately with --class)", Main.USAGE);
                }
            }
        }
    }

    static Precision precision(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "float", "float32" -> Precision.FLOAT;
            case "double", "float64" -> Precision.DOUBLE;
            default -> throw new UserError("unknown --precision '" + s + "'; use float or double", Main.USAGE);
        };
    }
}
