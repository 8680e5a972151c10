package dev.eqc.compiler.grad;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.diag.Severity;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.testkit.GeneratedTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sweep over every example and paper file: each scalar definition that depends on a tensor
 * input gets its gradient requested ({@code --grad}, {@link GradientRequest}). The outcome must
 * be either located error diagnostics (E0501 where a step has no derivative) or generated code
 * whose tests pass, including the check of each gradient against central finite differences of
 * the loss's own method ({@code TensorAssert.assertGradient}). Never an exception.
 */
class GradientSweepTest {
    static Path root() {
        String prop = System.getProperty("eqc.repo.root");
        Path p = prop != null ? Path.of(prop) : Path.of("..");
        return Files.isDirectory(p.resolve("examples")) ? p : Path.of("..");
    }

    static Stream<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("examples", "papers")) {
            try (Stream<Path> s = Files.list(root().resolve(dir))) {
                s.filter(f -> f.toString().endsWith(".eq")).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    /** The scalar, non-function definitions of a checked file that depend on a tensor input, not gradients themselves. */
    static List<Definition> losses(TypedProgram typed) {
        List<Definition> out = new ArrayList<>();
        for (Definition d : typed.program().definitions()) {
            if (d.function() || typed.gradients().gradientOf(d).isPresent() || typed.gradients().differentiated(d)
                    || !typed.resultShape(d).isScalar() || d.body() instanceof Term.Gradient) {
                continue;
            }
            if (d.freeInputs().stream().anyMatch(in -> !in.integer())) {
                out.add(d);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyScalarDefinitionHasAGradientOrALocatedDiagnostic(Path file) throws Exception {
        String text = Files.readString(file);
        String name = file.getParent().getFileName() + "/" + file.getFileName();
        String base = file.getFileName().toString().replace(".eq", "");
        Diagnostics plain = new Diagnostics();
        TypedProgram typed = EqCompiler.check(new SourceFile(name, text), Options.forClass("T"), plain).orElse(null);
        if (typed == null) {
            return; // a file that does not check has no gradient to take (its own tests cover its errors)
        }
        List<String> failures = new ArrayList<>();
        for (Definition loss : losses(typed)) {
            gradientOf(name, base + "_grad_" + loss.javaName(), text, loss.key(), failures);
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    /**
     * Every tensor-valued definition of a file, made a loss by {@code \\mathrm{sum}(\\tanh(y))} (summed
     * over every axis; the tanh weights the elements differently, so a transposed or misplaced adjoint
     * shows), differentiated by the same rule as above: the derivative rules of the built-ins, products
     * and index forms the papers use, not only of their scalar results.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyTensorDefinitionSummedHasAGradientOrALocatedDiagnostic(Path file) throws Exception {
        String text = Files.readString(file);
        String name = file.getParent().getFileName() + "/" + file.getFileName();
        String base = file.getFileName().toString().replace(".eq", "");
        Diagnostics plain = new Diagnostics();
        TypedProgram typed = EqCompiler.check(new SourceFile(name, text), Options.forClass("T"), plain).orElse(null);
        if (typed == null) {
            return;
        }
        List<String> failures = new ArrayList<>();
        for (Definition d : typed.program().definitions()) {
            if (d.function() || typed.gradients().gradientOf(d).isPresent() || typed.gradients().differentiated(d)
                    || typed.resultShape(d).isScalar() || d.freeInputs().stream().allMatch(in -> in.integer())) {
                continue;
            }
            String summed = "\\tanh(" + d.latexName() + ")";
            for (int r = 0; r < typed.resultShape(d).rank(); r++) {
                summed = "\\mathrm{sum}(" + summed + ")";
            }
            String source = text + "\n\\mathrm{SweepLoss} = " + summed + "\n";
            Diagnostics check = new Diagnostics();
            if (EqCompiler.check(new SourceFile(name, source), Options.forClass("T"), check).isEmpty()) {
                System.out.println("SWEEP " + name + " sum of " + d.latexName() + ": not a loss here: " + check.all().stream()
                        .filter(x -> x.severity() == Severity.ERROR).map(x -> x.code() + " " + x.message()).toList());
                continue;
            }
            gradientOf(name + " (sum of " + d.latexName() + ")", base + "_sum_" + d.javaName(), source, "\\mathrm{SweepLoss}",
                    failures);
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    /** Translates {@code text} with {@code --grad loss} and runs its tests; adds what went wrong to {@code failures}. */
    private static void gradientOf(String name, String className, String text, String loss, List<String> failures) {
        String what = name + " --grad " + loss;
        Options options = new Options(JavaNames.className(className), "gen.sweep",
                Precision.DOUBLE, true).withGradientOf(loss);
        Diagnostics d = new Diagnostics();
        List<GeneratedFile> files;
        try {
            files = EqCompiler.translate(new SourceFile(name, text), options, d);
        } catch (RuntimeException e) {
            failures.add(what + ": the compiler threw " + e);
            return;
        }
        if (d.hasErrors()) {
            for (Diagnostic x : d.all()) {
                if (x.severity() == Severity.ERROR && (x.span() == null || x.span().end() <= x.span().start())) {
                    failures.add(what + ": an error without a location: " + x.message());
                }
            }
            System.out.println("SWEEP " + what + ": " + d.all().stream().filter(x -> x.severity() == Severity.ERROR)
                    .map(x -> x.code() + " " + x.message()).toList());
            return;
        }
        try {
            GeneratedTests.compileAndPass(files);
            System.out.println("SWEEP " + what + ": passed");
        } catch (Exception | AssertionError e) {
            failures.add(what + ": " + e.getMessage());
        }
    }
}
