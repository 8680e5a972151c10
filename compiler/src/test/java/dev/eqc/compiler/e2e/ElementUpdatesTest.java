package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tabular reinforcement learning updates one entry of a table (W0320): Sutton &amp; Barto's Q-learning
 * {@code Q(S_t, A_t) \leftarrow Q(S_t, A_t) + \alpha[R_{t+1} + \gamma \max_a Q(S_{t+1}, a) - Q(S_t, A_t)]}.
 */
class ElementUpdatesTest {
    private static final String Q_LEARNING = "Q \\in \\mathbb{R}^{n_s \\times n_a}, S_t, A_t, S_{t+1} \\in \\mathbb{N},"
            + " R_{t+1}, \\alpha, \\gamma \\in \\mathbb{R}\n"
            + "Q(S_t, A_t) \\leftarrow Q(S_t, A_t) + \\alpha\\left[R_{t+1} + \\gamma \\max_a Q(S_{t+1}, a)"
            + " - Q(S_t, A_t)\\right]";

    @Test
    void aTableAppliedToDeclaredPositionsOnTheLeftUpdatesThatEntry() throws Exception {
        int ns = 4;
        int na = 3;
        double[] q = new double[ns * na];
        for (int i = 0; i < q.length; i++) {
            q[i] = Math.sin(i + 1);
        }
        int s = 1;
        int a = 2;
        int next = 3;
        double r = 0.5;
        double alpha = 0.25;
        double gamma = 0.9;
        double best = Math.max(q[next * na], Math.max(q[next * na + 1], q[next * na + 2]));
        double[] expected = q.clone();
        expected[s * na + a] = q[s * na + a] + alpha * (r + gamma * best - q[s * na + a]);
        Map<String, double[]> in = Map.of("Q", q, "S_t", new double[] {s}, "A_t", new double[] {a},
                "S_{t+1}", new double[] {next}, "R_{t+1}", new double[] {r}, "\\alpha", new double[] {alpha},
                "\\gamma", new double[] {gamma});
        Map<String, int[]> shapes = Map.of("Q", new int[] {ns, na}, "S_t", new int[0], "A_t", new int[0],
                "S_{t+1}", new int[0], "R_{t+1}", new int[0], "\\alpha", new int[0], "\\gamma", new int[0]);
        PaperReadings.assertComputes("QLearning", Q_LEARNING, "Q", in, shapes, expected,
                List.of(Code.W0320, Code.W0140));
    }

    @Test
    void aVectorOfStateValuesUpdatesOneState() throws Exception {
        // TD(0), Sutton & Barto Eq. 6.2: V(S_t) <- V(S_t) + α[R_{t+1} + γ V(S_{t+1}) - V(S_t)].
        double[] v = {0.5, -1, 2, 0.25};
        double[] expected = v.clone();
        expected[2] = v[2] + 0.1 * (1.5 + 0.9 * v[0] - v[2]);
        String td0 = "V \\in \\mathbb{R}^{n}, S_t, S_{t+1} \\in \\mathbb{N}, R_{t+1} \\in \\mathbb{R}\n"
                + "V(S_t) \\leftarrow V(S_t) + 0.1\\left[R_{t+1} + 0.9 V(S_{t+1}) - V(S_t)\\right]";
        PaperReadings.assertComputes("TdZero", td0, "V", Map.of("V", v, "S_t", new double[] {2},
                        "S_{t+1}", new double[] {0}, "R_{t+1}", new double[] {1.5}),
                Map.of("V", new int[] {4}, "S_t", new int[0], "S_{t+1}", new int[0], "R_{t+1}", new int[0]),
                expected, List.of(Code.W0320, Code.W0140));
    }

    @Test
    void positionsThatAreNotDeclaredWholeNumbersStayARecurrence() {
        // s declared real: no position, so V(s) on the left is no entry of the table.
        PaperReadings.assertRejected("V \\in \\mathbb{R}^{n}, s, r \\in \\mathbb{R}\n"
                + "V(s) \\leftarrow V(s) + 0.1 (r - V(s))", Code.E0105);
    }
}
