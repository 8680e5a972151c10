package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An index with no range that a shifted read uses ({@code r_{t+i}} in A3C's advantage, Prince's printing with no
 * range for t): one E0304, naming the user's letter. Before, a second one named the index eqc makes for the read's
 * positions, "the positions read with i", in the message and in its help.
 */
class UnrangedIndexMessagesTest {
    @Test
    void anUnrangedShiftedReadIsReportedOnceByItsLetter() {
        Diagnostics diagnostics = new Diagnostics();
        EqCompiler.check(new SourceFile("a3c.eq", "r \\in \\mathbb{R}^{T}, V \\in \\mathbb{R}^{T+1}, \\gamma \\in"
                + " \\mathbb{R}, k \\in \\mathbb{N}\n"
                + "A(s_t, a_t; \\theta, \\theta_v) = \\sum_{i=0}^{k-1}\\gamma^{i}r_{t+i} + \\gamma^{k}V(s_{t+k};\\theta_v)"
                + " - V(s_t;\\theta_v)\n"), new Options("A3c", "", Precision.DOUBLE, false), diagnostics);
        List<Diagnostic> unranged = diagnostics.all().stream().filter(d -> d.code() == Code.E0304).toList();
        assertEquals(1, unranged.size(), unranged::toString);
        assertTrue(unranged.get(0).message().contains("index `i`"), unranged.get(0).message());
    }
}
