package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sums, means and maxima over sets as papers write them (session 20, fresh cases c1830-c1849 and the backlog's
 * RRHF and XGBoost cases). Expected values are worked out here from the papers' meaning.
 */
class SetReductionsTest {
    @Test
    void aComparisonOfEntriesUnderASumRunsOverThePairsWhereItHolds() throws Exception {
        // RRHF (Yuan et al. 2023, Eq. 2): \sum_{r_i < r_j} \max(0, p_i - p_j); was E0103 (c1103, c1631).
        // r = (3, 1, 2): pairs (i, j) with r_i < r_j are (1,0), (1,2), (2,0); p = (1, 5, 2):
        // max(0, 5-1) + max(0, 5-2) + max(0, 2-1) = 4 + 3 + 1 = 8.
        PaperReadings.assertComputes("Rrhf", "p, r \\in \\mathbb{R}^{k}\n\n"
                        + "L = \\sum_{r_i < r_j} \\max(0, p_i - p_j)", "L",
                Map.of("p", new double[] {1, 5, 2}, "r", new double[] {3, 1, 2}),
                Map.of("p", new int[] {3}, "r", new int[] {3}), new double[] {8}, List.of(Code.W0504));
    }

    @Test
    void aComparisonReadingALetterOfTheLeftHandSideOnlyUnderTheSumStaysRejected() throws Exception {
        // Hostile: s_i = \sum_{t_j \ge t_i} e^{h_j} (a Cox risk set written as a comparison): `i` is read nowhere
        // else, so the definition would be one number summed over i too, silently; it stays E0103.
        PaperReadings.assertRejected("t, h \\in \\mathbb{R}^{n}\n\ns_i = \\sum_{t_j \\ge t_i} e^{h_j}", Code.E0103);
    }

    @Test
    void aMaxOverAComparisonOfEntriesLeavesTheOthersOut() throws Exception {
        // \max_{r_i < r_j} (p_j - p_i) over the same data as above: pairs (1,0), (1,2), (2,0):
        // p_0 - p_1 = -4, p_2 - p_1 = -3, p_0 - p_2 = -1 -> -1.
        PaperReadings.assertComputes("RrhfMax", "p, r \\in \\mathbb{R}^{k}\n\n"
                        + "m = \\max_{r_i < r_j} (p_j - p_i)", "m",
                Map.of("p", new double[] {1, 5, 2}, "r", new double[] {3, 1, 2}),
                Map.of("p", new int[] {3}, "r", new int[] {3}), new double[] {-1}, List.of(Code.W0504));
    }

    @Test
    void aDeclaredMaskWithALabelSubscriptIsASetOfPositions() throws Exception {
        // XGBoost (Chen & Guestrin 2016, Eq. 7): \sum_{i \in I_L} g_i with I_L \in \{0,1\}^{n}; was E0103 (c1657).
        PaperReadings.assertComputes("XgbLeft", "g \\in \\mathbb{R}^{n}, I_L \\in \\{0, 1\\}^{n}\n\n"
                        + "G = \\sum_{i \\in I_L} g_i", "G",
                Map.of("g", new double[] {1, 10, 100}, "I_L", new double[] {1, 0, 1}),
                Map.of("g", new int[] {3}, "I_L", new int[] {3}), new double[] {101}, List.of(Code.W0417));
    }

    @Test
    void aComparisonOfUndeclaredNamesStaysRejected() throws Exception {
        // Hostile: nothing declares r, so `r_i < r_j` is no comparison of given entries; stays E0103.
        PaperReadings.assertRejected("L = \\sum_{r_i < r_j} \\max(0, p_i - p_j)", Code.E0103);
    }
}
