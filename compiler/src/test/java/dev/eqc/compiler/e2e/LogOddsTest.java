package dev.eqc.compiler.e2e;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code \text{logit}(t)}, the log-odds {@code \log(t / (1 - t))} (Esser et al.'s logit-normal timestep density,
 * SD3 Eq. 19). Before, it was the value of an undefined function, an input named {@code \text{logit}(t)} (W0190).
 */
class LogOddsTest {
    @Test
    void logitIsTheLogOdds() throws Exception {
        double t = 0.2;
        for (String spelling : List.of("\\text{logit}", "\\mathrm{logit}", "\\operatorname{logit}")) {
            PaperReadings.assertComputes("Logit", "t \\in \\mathbb{R}\ny = " + spelling + "(t)^2", "y",
                    Map.of("t", new double[] {t}), Map.of("t", new int[] {}),
                    new double[] {Math.pow(Math.log(t / (1 - t)), 2)}, List.of());
        }
    }

    @Test
    void aLogitTheFileDefinesIsThatFunction() throws Exception {
        PaperReadings.assertComputes("Own", "t \\in \\mathbb{R}\n\\mathrm{logit}(u) = 2 u\ny = \\mathrm{logit}(t)", "y",
                Map.of("t", new double[] {3}), Map.of("t", new int[] {}), new double[] {6}, List.of());
    }
}
