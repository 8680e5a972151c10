package dev.eqc.cli.report;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.diag.Label;
import dev.eqc.compiler.diag.Severity;
import dev.eqc.compiler.term.Constant;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.run.InMemoryJavaCompiler;
import dev.eqc.compiler.shape.ProductKind;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.term.TermTrees;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's door into the compiler: runs it on one file through {@link EqCompiler} and turns
 * what it found into a {@link FileReport}. This class and {@link DataflowBuilder} are the only ones
 * of the package that use compiler types, so changes to the compiler's API stay here.
 */
public final class EquationAnalysis {
    /** Runs a file's generated JUnit tests, as {@code eqc test} does. */
    public interface TestRunner {
        List<FileReport.TestOutcome> run(String file, List<GeneratedFile> generated)
                throws InMemoryJavaCompiler.CompilationFailed;
    }

    private final SourceFile source;
    private final List<FileReport.ShapedTerm> terms = new ArrayList<>();

    private EquationAnalysis(SourceFile source) {
        this.source = source;
    }

    /**
     * Checks and translates {@code source}, reporting its diagnostics into {@code sink} too; runs
     * its generated tests when {@code tests} is not null.
     */
    public static FileReport analyse(SourceFile source, Options options, Diagnostics sink, TestRunner tests) {
        return new EquationAnalysis(source).run(options, sink, tests);
    }

    private FileReport run(Options options, Diagnostics sink, TestRunner tests) {
        Program program = EqCompiler.parse(source, new Diagnostics());
        List<SourceRange> parsed = program.statements().stream().map(Statement::span).map(EquationAnalysis::range)
                .toList();
        Diagnostics diagnostics = new Diagnostics();
        Optional<TypedProgram> typed = EqCompiler.check(source, options, diagnostics);
        diagnostics.all().forEach(sink::report);
        List<FileReport.Issue> issues = issues(diagnostics);
        List<FileReport.Statement> statements = StatementLines.of(source.text(), parsed);
        if (typed.isEmpty()) {
            return new FileReport(source.name(), source.text(), statements, List.of(), issues, List.of(), List.of(),
                    FileReport.TestResults.notRun("The file has errors, so no Java was generated."));
        }
        TypedProgram t = typed.get();
        collectShapes(t);
        List<Dataflow> dataflows = t.program().definitions().stream()
                .map(d -> DataflowBuilder.build(t, d, signature(t, d))).toList();
        List<GeneratedFile> generated = EqCompiler.translate(source, options, new Diagnostics());
        List<FileReport.JavaSource> java = generated.stream()
                .map(g -> new FileReport.JavaSource(g.relativePath(), g.source(), g.test())).toList();
        return new FileReport(source.name(), source.text(), statements, terms, issues, dataflows, java,
                testResults(tests, generated));
    }

    private FileReport.TestResults testResults(TestRunner tests, List<GeneratedFile> generated) {
        if (tests == null) {
            return FileReport.TestResults.notRun("The generated tests were not run (--no-tests).");
        }
        try {
            return new FileReport.TestResults(tests.run(source.name(), generated), "");
        } catch (InMemoryJavaCompiler.CompilationFailed e) {
            return FileReport.TestResults.notRun("The generated code did not compile: " + e.getMessage());
        }
    }

    private List<FileReport.Issue> issues(Diagnostics diagnostics) {
        List<FileReport.Issue> out = new ArrayList<>();
        for (Diagnostic d : diagnostics.sorted()) {
            List<String> notes = new ArrayList<>();
            for (Label l : d.labels()) {
                notes.add(source.line(l.span().start()) + ":" + source.column(l.span().start()) + ": " + l.message());
            }
            notes.addAll(d.notes());
            out.add(new FileReport.Issue(out.size(), d.severity() == Severity.ERROR, d.code().name(), d.code().title(),
                    d.message(), d.caretLabel(), d.help(), notes, range(d.span()), source.line(d.span().start()),
                    source.column(d.span().start())));
        }
        return out;
    }

    /** Shapes of declared inputs and constants, of each definition's name and parameters, and of each sub-expression. */
    private void collectShapes(TypedProgram typed) {
        for (Input in : typed.program().inputs()) {
            Shape shape = typed.shapeOf(in);
            if (in.declared() && shape != null) {
                add(FileReport.Role.INPUT, in.span(), shape, "input");
            }
        }
        for (Constant c : typed.program().constants()) {
            add(FileReport.Role.CONSTANT, c.span(), Shape.SCALAR, "constant = " + c.value());
        }
        for (Definition d : typed.program().definitions()) {
            add(FileReport.Role.RESULT, d.nameSpan(), typed.resultShape(d), "result of " + PlainLabels.of(d.latexName()));
            for (int i = 0; i < d.params().size(); i++) {
                add(FileReport.Role.PARAMETER, d.params().get(i).span(), typed.paramShape(d, i), "parameter");
            }
            if (typed.gradients().differentiated(d)) {
                continue; // its body is the backward pass the compiler built, over the forward terms' spans
            }
            // Every occurrence, as eqc shapes lists them: a term used twice is two sub-expressions.
            List<Term> body = new ArrayList<>(TermTrees.preorder(d.body()));
            body.sort(Comparator.comparingInt((Term x) -> x.span().start()).thenComparingInt(x -> -x.span().end()));
            for (Term term : body) {
                if (!typed.gradients().isBackward(term)) {
                    add(FileReport.Role.SUBEXPRESSION, term.span(), typed.shapeOf(term), meaning(typed, term));
                }
            }
        }
    }

    private void add(FileReport.Role role, Span span, Shape shape, String meaning) {
        if (span != null && span.end() <= source.text().length()) {
            terms.add(new FileReport.ShapedTerm(terms.size(), role, range(span), String.valueOf(shape), meaning));
        }
    }

    private static String meaning(TypedProgram typed, Term term) {
        if (term instanceof Term.Product p) {
            ProductKind kind = typed.productKind(p);
            return kind == null ? "" : kind.name().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    /** {@code \mathrm{Attention}(Q [n, d_k], K [m, d_k], V [m, d_v]) -> [n, d_v]}, as {@code eqc shapes} prints it. */
    private static String signature(TypedProgram typed, Definition d) {
        List<String> params = new ArrayList<>();
        List<Shape> sig = typed.signature(d);
        for (int i = 0; i < sig.size(); i++) {
            String name = i < d.params().size() ? d.params().get(i).latex()
                    : d.freeInputs().get(i - d.params().size()).latex();
            params.add(name + " " + sig.get(i));
        }
        return d.latexName() + "(" + String.join(", ", params) + ") -> " + typed.resultShape(d);
    }

    static SourceRange range(Span span) {
        return new SourceRange(span.start(), span.end());
    }
}
