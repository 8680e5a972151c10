package dev.eqc.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which source ranges can be wrapped in a TeX group, and how they are widened. */
class TexGroupsTest {
    private static Optional<String> wrap(String text, String part) {
        int start = text.indexOf(part);
        return TexGroups.wrappable(text, new SourceRange(start, start + part.length()))
                .map(r -> text.substring(r.start(), r.end()));
    }

    @Test
    void balancedPiecesAreWrappedAsWritten() {
        String tex = "\\mathrm{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V";
        assertEquals(Optional.of("QK^T"), wrap(tex, "QK^T"));
        assertEquals(Optional.of("\\frac{QK^T}{\\sqrt{d_k}}"), wrap(tex, "\\frac{QK^T}{\\sqrt{d_k}}"));
        assertEquals(Optional.of(tex), wrap(tex, tex));
    }

    @Test
    void aParenthesisedTermIsWidenedOverItsLeft() {
        String tex = "\\sum_{i=1}^{H} \\left(a_i - \\mu\\right)^2";
        assertEquals(Optional.of("\\left(a_i - \\mu\\right)^2"), wrap(tex, "(a_i - \\mu\\right)^2"));
        assertEquals(Optional.of("\\bigl(x\\bigr)"), wrap("y = \\bigl(x\\bigr)", "(x\\bigr)"));
    }

    @Test
    void aStyledNameWhoseSpanStartsInsideItsBracesIsWidenedOverTheCommand() {
        assertEquals(Optional.of("\\mathbf{a}^\\top"), wrap("e = \\mathbf{a}^\\top x", "a}^\\top"));
    }

    @Test
    void unbalancedOrSplittingRangesAreRefused() {
        assertEquals(Optional.empty(), wrap("\\frac{a}{b}", "a}{b"));
        assertEquals(Optional.empty(), wrap("x = \\left(a + b\\right)", "a + b\\right)"));
        assertEquals(Optional.empty(), wrap("\\mu x", "u x"));
        assertEquals(Optional.empty(), wrap("\\mu x", "\\m"));
        assertEquals(Optional.empty(), wrap("x^2", "^2"));
        assertEquals(Optional.empty(), wrap("a & b", "a & b"));
        assertEquals(Optional.empty(), wrap("a \\\\ b", "a \\\\ b"));
        assertEquals(Optional.empty(), wrap("x y", " "));
    }

    @Test
    void anEnvironmentIsWrappedWholeButNotARowOfIt() {
        String tex = "\\begin{cases} x & x > 0 \\\\ 0 & x \\le 0 \\end{cases}";
        assertEquals(Optional.of(tex), wrap(tex, tex));
        assertEquals(Optional.empty(), wrap(tex, "x & x > 0"));
        assertEquals(Optional.of("x > 0"), wrap(tex, "x > 0"));
    }

    @Test
    void argumentPositionsNeedBracesOfTheirOwn() {
        String tex = "x^2 + \\sqrt 3 + \\alpha y + (z)";
        assertTrue(TexGroups.inArgumentPosition(tex, tex.indexOf('2')));
        assertTrue(TexGroups.inArgumentPosition(tex, tex.indexOf('3')));
        assertTrue(TexGroups.inArgumentPosition(tex, tex.indexOf('y')));
        assertFalse(TexGroups.inArgumentPosition(tex, tex.indexOf('z')));
        assertFalse(TexGroups.inArgumentPosition(tex, 0));
        assertFalse(TexGroups.inArgumentPosition("\\\\ x", 3), "after a line break, not a command");
    }
}
