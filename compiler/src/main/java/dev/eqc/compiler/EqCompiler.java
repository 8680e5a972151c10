package dev.eqc.compiler;

import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.codegen.JavaEmitter;
import dev.eqc.compiler.codegen.TestEmitter;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.grad.GradientPass;
import dev.eqc.compiler.grad.GradientRequest;
import dev.eqc.compiler.parse.Parser;
import dev.eqc.compiler.resolve.ResolvedProgram;
import dev.eqc.compiler.resolve.Rereadings;
import dev.eqc.compiler.resolve.Resolver;
import dev.eqc.compiler.shape.ShapeInference;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * The compiler's one front door: runs the passes in order (parse → resolve → infer shapes →
 * differentiate → emit), stopping after the first pass that reported an error. The CLI and the Maven plugin
 * call only this class.
 */
public final class EqCompiler {
    private EqCompiler() {}

    /** Parses only. */
    public static Program parse(SourceFile source, Diagnostics diagnostics) {
        return DeepStack.call(() -> Parser.parse(source, diagnostics));
    }

    /** Parses, resolves and shape-checks; empty when any pass reported an error. */
    public static Optional<TypedProgram> check(SourceFile source, Options options, Diagnostics diagnostics) {
        return DeepStack.call(() -> checkHere(source, options, diagnostics));
    }

    private static Optional<TypedProgram> checkHere(SourceFile source, Options options, Diagnostics diagnostics) {
        Program program = Parser.parse(source, diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        Diagnostics first = new Diagnostics(diagnostics.warningsAreErrors());
        Rereadings found = new Rereadings();
        Optional<TypedProgram> typed = resolveAndType(program, options, first, new Rereadings(), found);
        if (first.hasErrors() && !found.isEmpty()) {
            // \mathrm{Attention}(Q, K, V) with Q, K, V declared for the file, called on QW_i^Q: the declaration
            // fixed the parameter's shape and a call did not fit, so the parameters are read as local (each call
            // gives their shapes, W0103) and, when that checks, the file compiles with W0265 (from the resolver).
            // \alpha_{ij} = \mathrm{softmax}(e_{ij}), a softmax of one number per element: read again as the
            // softmax over the definition's index (W0410).
            Diagnostics second = new Diagnostics(diagnostics.warningsAreErrors());
            Optional<TypedProgram> local = resolveAndType(program, options, second, found, new Rereadings());
            if (!second.hasErrors()) {
                second.all().forEach(diagnostics::report);
                return local;
            }
        }
        first.all().forEach(diagnostics::report);
        return typed;
    }

    private static Optional<TypedProgram> resolveAndType(Program program, Options options, Diagnostics diagnostics,
            Rereadings reading, Rereadings found) {
        // Definitions with name errors are left out of the resolved program, so shapes of the
        // others are still checked and every error of the file is reported in one run.
        ResolvedProgram resolved = Resolver.resolve(program, options.className(), diagnostics, reading);
        List<GradientRequest.Bundle> bundles = new ArrayList<>();
        if (options.gradientOf() != null && !diagnostics.hasErrors()) {
            resolved = GradientRequest.expand(resolved, options.gradientOf(), diagnostics, bundles);
        }
        TypedProgram typed = ShapeInference.infer(resolved, diagnostics, found);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        typed = GradientPass.apply(typed, bundles, diagnostics);
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(typed);
    }

    /** The generated main class (and its test class when the options ask for tests). */
    public static List<GeneratedFile> translate(SourceFile source, Options options, Diagnostics diagnostics) {
        return DeepStack.call(() -> translateHere(source, options, diagnostics));
    }

    private static List<GeneratedFile> translateHere(SourceFile source, Options options, Diagnostics diagnostics) {
        Optional<TypedProgram> typed = checkHere(source, options, diagnostics);
        if (typed.isEmpty()) {
            return List.of();
        }
        List<GeneratedFile> out = new ArrayList<>();
        out.add(JavaEmitter.emit(typed.get(), options));
        if (options.generateTests()) {
            out.add(TestEmitter.emit(typed.get(), options, diagnostics));
        }
        return out;
    }
}
