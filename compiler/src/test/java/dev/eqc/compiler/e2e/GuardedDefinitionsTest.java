package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A definition followed by {@code \text{if } …} (docs/LANGUAGE.md, "Definitions and wrappers"): an update happens
 * only where the relation holds; any other definition is undefined elsewhere (E0255). Before, the condition was
 * skipped as prose (W0130) and Pascanu et al.'s clipping rescaled every gradient, short ones too: a wrong answer.
 * Expected values are computed here in plain Java, not by eqc.
 */
class GuardedDefinitionsTest {
    private static final String CLIP = "\\hat{g} \\in \\mathbb{R}^{d}, threshold \\in \\mathbb{R}\n"
            + "\\hat{g} \\leftarrow \\frac{threshold}{\\|\\hat{g}\\|}\\hat{g} \\quad \\text{if } \\|\\hat{g}\\| \\ge threshold";

    @Test
    void aGuardedUpdateHappensOnlyWhereItsConditionHolds() throws Exception {
        double[] g = {3, 4};   // norm 5
        Map<String, int[]> shapes = Map.of("\\hat{g}", new int[] {2}, "threshold", new int[0]);
        PaperReadings.assertComputes("Clip", CLIP, "\\hat{g}", Map.of("\\hat{g}", g, "threshold", new double[] {1}),
                shapes, new double[] {0.6, 0.8}, List.of());
        PaperReadings.assertComputes("Clip", CLIP, "\\hat{g}", Map.of("\\hat{g}", g, "threshold", new double[] {10}),
                shapes, g, List.of());
    }

    @Test
    void anInputDefinedFromItselfWithAGuardKeepsItsValueElsewhere() throws Exception {
        // Element-wise: w_i = w_i - \eta only where g_i > 0 (W0270 makes it the update).
        String program = "w, g \\in \\mathbb{R}^{d}, \\eta \\in \\mathbb{R}\nw_i = w_i - \\eta g_i \\quad \\text{if } g_i > 0";
        double[] w = {1, 2, 3};
        double[] g = {1, -1, 2};
        PaperReadings.assertComputes("Step", program, "w", Map.of("w", w, "g", g, "\\eta", new double[] {0.5}),
                Map.of("w", new int[] {3}, "g", new int[] {3}, "\\eta", new int[0]), new double[] {0.5, 2, 2},
                List.of(Code.W0270));
    }

    @Test
    void aGuardedDefinitionThatIsNoUpdateIsAnError() {
        List<Code> codes = codes("x \\in \\mathbb{R}^{d}\ny = 2 x \\quad \\text{when } \\|x\\| \\ge 1");
        assertTrue(codes.contains(Code.E0255), codes.toString());
        assertFalse(codes.contains(Code.W0130), codes.toString());
        // A guarded bare expression (the file's result) has no value where the guard fails either.
        assertTrue(codes("x \\in \\mathbb{R}^{d}\n2 x \\quad \\text{if } \\|x\\| \\ge 1").contains(Code.E0255));
        // Prose after `if` stays prose; a range after `for` is still a range.
        assertTrue(codes("x \\in \\mathbb{R}^{d}\ny = 2 x \\quad \\text{if the norm is small}").contains(Code.W0130));
        assertFalse(codes("x \\in \\mathbb{R}^{n}\ny_i = 2 x_i \\quad \\text{for } i = 1, \\dots, n")
                .contains(Code.E0255));
    }

    private static List<Code> codes(String program) {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("T.eq", program), new Options("T", "", Precision.DOUBLE, false), diagnostics);
        return diagnostics.all().stream().map(Diagnostic::code).toList();
    }
}
