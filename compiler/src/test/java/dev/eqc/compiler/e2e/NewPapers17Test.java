package dev.eqc.compiler.e2e;

import dev.eqc.compiler.diag.Code;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Paper equations the lead pasted in session 17 (fresh cases c1420, c1436, c1440, c1454 and variants): expected values
 * worked out here from the sources' meaning.
 */
class NewPapers17Test {
    @Test
    void aConditionWrittenAsAnEventNamesTheGivenValue() throws Exception {
        // CS224n's word2vec, P(O=o \mid C=c): the chain reads ((O = o) | C) = c, which was E0107 (a parameter must
        // be a name). The outcome o is the index defined over; c is the given centre word.
        double[] u = {1, 0, 0, 1, 1, 1}; // 3 outside vectors of d = 2
        double[] v = {0.5, -1};
        double[] s = new double[3];
        double z = 0;
        for (int o = 0; o < 3; o++) {
            s[o] = Math.exp(u[2 * o] * v[0] + u[2 * o + 1] * v[1]);
            z += s[o];
        }
        for (int o = 0; o < 3; o++) {
            s[o] /= z;
        }
        PaperReadings.assertComputes("Word2vec", "\\boldsymbol{U} \\in \\mathbb{R}^{V \\times d}, \\boldsymbol{v}_c \\in"
                        + " \\mathbb{R}^{d}\n\nP(O=o \\mid C=c) = \\frac{\\exp(\\boldsymbol{u}_o^\\top \\boldsymbol{v}_c)}"
                        + "{\\sum_{w=1}^{V} \\exp(\\boldsymbol{u}_w^\\top \\boldsymbol{v}_c)}", "P",
                Map.of("\\boldsymbol{U}", u, "\\boldsymbol{v}_c", v),
                Map.of("\\boldsymbol{U}", new int[] {3, 2}, "\\boldsymbol{v}_c", new int[] {2}),
                s, List.of(Code.W0160, Code.W0102));
    }
}
