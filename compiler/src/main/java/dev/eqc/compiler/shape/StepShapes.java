package dev.eqc.compiler.shape;

import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An optimiser step keeps the shape of what it updates: {@code \theta_{t+1} = \theta_t - …} with {@code \theta_t}
 * declared, {@code \theta_t = \theta_{t-1} - …}, and an update of a declared input from its own value
 * ({@code \theta = \theta - v_t}, W0270) give a value of the declared shape. A result with more axes comes from a
 * broadcast the paper did not mean, as Ruder's Adagrad {@code \frac{\eta}{\sqrt{G_t + \epsilon}} \odot g_t} with
 * {@code G_t} the d x d matrix of summed squared gradients (only its diagonal is meant): E0351, never a matrix of
 * parameters.
 */
final class StepShapes {
    /** {@code \theta_t}, {@code \theta_{t+1}}, {@code v_{t-1}}: a base and a step letter with an offset of at most 1. */
    private static final Pattern STEP = Pattern.compile("(.+)_(?:([a-zA-Z])|\\{([a-zA-Z])([+-]1)?\\})");

    private StepShapes() {}

    static void check(List<Definition> definitions, Map<Input, Shape> inputShapes, Map<Definition, Shape> results,
            Unifier unifier, SourceFile source, Diagnostics diagnostics) {
        Map<String, Input> declared = new HashMap<>();
        inputShapes.keySet().stream().filter(Input::declared).forEach(in -> declared.put(in.key(), in));
        for (Definition d : definitions) {
            Shape result = results.get(d);
            if (d.function() || !d.indices().isEmpty() || result == null) {
                continue;
            }
            Optional<Input> before = previous(d, declared);
            if (before.isEmpty()) {
                continue;
            }
            Shape was = unifier.resolve(inputShapes.get(before.get()));
            Shape now = unifier.resolve(result);
            if (was == null || now.rank() <= was.rank()) {
                continue;
            }
            Diagnostic.of(Code.E0351, source, d.nameSpan(), "`" + d.latexName() + "` is a step of `"
                            + before.get().latex() + "` " + was + " but comes out " + now
                            + ": a broadcast gave it more axes than the value it updates")
                    .caret("comes out " + now)
                    .help("a matrix meant by its diagonal (Adagrad's G_t) is written `\\mathrm{diag}(G_t)`; a vector"
                            + " beside a matrix is written as a column or a row, `(g_t) \\mathbf{1}^\\top`")
                    .report(diagnostics);
        }
    }

    /** The declared input {@code d} updates: its own name, or the same name one step earlier. */
    private static Optional<Input> previous(Definition d, Map<String, Input> declared) {
        Input same = declared.get(d.key());
        if (same != null && d.freeInputs().contains(same)) {
            return Optional.of(same);
        }
        Matcher m = STEP.matcher(d.key());
        if (!m.matches()) {
            return Optional.empty();
        }
        String base = m.group(1);
        String letter = m.group(2) != null ? m.group(2) : m.group(3);
        String offset = m.group(4);
        String earlier = offset == null ? base + "_{" + letter + "-1}" : offset.equals("+1") ? base + "_" + letter : null;
        Input in = earlier == null ? null : declared.get(earlier);
        return in != null && d.freeInputs().contains(in) ? Optional.of(in) : Optional.empty();
    }
}
