package dev.eqc.compiler.grad;

import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.resolve.ResolvedProgram;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code eqc translate --grad L}: adds to the resolved program one gradient definition per
 * tensor input of the scalar definition {@code L} ({@code \nabla_{W} L}, method {@code dL_dW}), as
 * if the file had said so; {@link GradientPass} then differentiates them and records the bundle,
 * which code generation turns into one method returning L and every gradient.
 */
public final class GradientRequest {
    /** The loss's key and the keys of the definitions added for it. */
    public record Bundle(String lossKey, List<String> gradientKeys) {}

    private GradientRequest() {}

    /** The program with the gradient definitions added, and the bundle; null bundle after an error. */
    public static ResolvedProgram expand(ResolvedProgram program, String lossName, Diagnostics diagnostics,
            List<Bundle> bundles) {
        Definition loss = find(program, lossName);
        if (loss == null) {
            List<String> names = program.definitions().stream().map(Definition::latexName).toList();
            Diagnostic.of(Code.E0111, program.source(), new Span(0, 0), "--grad names `" + lossName
                            + "`, which the file does not define")
                    .help("name a scalar definition of the file: " + String.join(", ", names))
                    .report(diagnostics);
            return program;
        }
        if (loss.function()) {
            Diagnostic.of(Code.E0111, program.source(), loss.nameSpan(), "--grad needs a value, but `"
                            + loss.latexName() + "` is a function of its parameters")
                    .help("define the loss as a value of the inputs, like `L = \\mathrm{sum}(…)`")
                    .report(diagnostics);
            return program;
        }
        JavaNames names = new JavaNames();
        program.definitions().forEach(d -> names.reserve(d.javaName()));
        program.inputs().forEach(in -> names.reserve(in.javaName()));
        List<Definition> defs = new ArrayList<>(program.definitions());
        List<String> keys = new ArrayList<>();
        for (Input in : loss.freeInputs()) {
            if (in.integer()) {
                continue;
            }
            Definition existing = existingGradient(program, loss, in);
            if (existing != null) {
                // The file already takes this gradient (g_X = \nabla_X L): the bundle uses it.
                keys.add(existing.key());
                continue;
            }
            String latex = "\\nabla_{" + in.latex() + "} " + loss.latexName();
            String key = "\u0000grad:" + loss.key() + ":" + in.key();
            Span at = loss.nameSpan();
            Term body = new Term.Gradient(at, new Term.ValueRef(at, loss), in, at);
            defs.add(new Definition(key, latex, names.allocate("d" + capital(loss.javaName()) + "_d" + in.javaName()), at,
                    at, false, List.of(), loss.freeInputs(), List.of(), body,
                    "The gradient of " + loss.latexName() + " with respect to " + in.latex() + ".", latex));
            keys.add(key);
        }
        bundles.add(new Bundle(loss.key(), keys));
        return new ResolvedProgram(program.source(), program.inputs(), program.constants(), defs,
                program.outputDeclarations(), program.declaredDimensions(), program.dimTies());
    }

    /** A definition of the file that is exactly {@code \\nabla_{in} loss}, taking the loss's inputs; or null. */
    private static Definition existingGradient(ResolvedProgram program, Definition loss, Input in) {
        for (Definition d : program.definitions()) {
            if (d.body() instanceof Term.Gradient g && g.of() instanceof Term.ValueRef v && v.definition() == loss
                    && g.wrt() == in && d.freeInputs().equals(loss.freeInputs()) && !d.function()) {
                return d;
            }
        }
        return null;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A definition by its LaTeX name (spaces ignored), its key or its Java method name. */
    private static Definition find(ResolvedProgram program, String name) {
        String wanted = name.replace(" ", "");
        for (Definition d : program.definitions()) {
            if (d.latexName().replace(" ", "").equals(wanted) || d.key().equals(name)
                    || d.key().replace(" ", "").equals(wanted) || d.javaName().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
