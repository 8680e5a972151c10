package dev.eqc.compiler.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --function} takes a name as the paper prints it, whatever markup the file used. */
class SymbolNamesTest {
    @Test
    void namesAsPrintedMatchTheirMarkup() {
        assertTrue(SymbolNames.matches("LN", "\\mathrm{LN}", "lN"));
        assertTrue(SymbolNames.matches("MultiHead", "\\mathrm{MultiHead}", "multiHead"));
        assertTrue(SymbolNames.matches("FFN_SwiGLU", "\\mathrm{FFN}_{\\mathrm{SwiGLU}}", "ffnSwiGLU"));
        assertTrue(SymbolNames.matches("FFN_{SwiGLU}", "\\mathrm{FFN}_{\\mathrm{SwiGLU}}", "ffnSwiGLU"));
        assertTrue(SymbolNames.matches("\\mathrm{FFN}_{\\mathrm{SwiGLU}}", "\\mathrm{FFN}_{\\mathrm{SwiGLU}}", "x"));
        assertTrue(SymbolNames.matches("\\hat{x}", "\\hat{x}", "xHat"));
        assertTrue(SymbolNames.matches("W_{ij}", "W_{i j}", "w"));
        // EDM's F_\theta\big(c_{in}(\sigma)\,x; c_{noise}(\sigma)\big), typed as printed: sizing is no part of the name.
        assertTrue(SymbolNames.matches("F_\\theta\\big(c_{\\text{in}}(\\sigma)\\,x; c_{\\text{noise}}(\\sigma)\\big)",
                "F_\\theta(c_{\\text{in}}(\\sigma) x, c_{\\text{noise}}(\\sigma))", "f"));
        // PyG's TransformerConv defines \mathbf{x}^{\prime}_i: the value is x', however the prime was typed.
        assertTrue(SymbolNames.matches("\\mathbf{x}'", "\\mathbf{x}^{\\prime}", "xPrime"));
        assertTrue(SymbolNames.matches("x''", "x^{\\prime\\prime}", "xPrime2"));
        assertTrue(SymbolNames.matches("n_h^{'}", "n_h'", "nH"));
        assertTrue(SymbolNames.matches("h^\\prime", "h'", "hPrime"));
        // Lilian Weng's classifier guidance: the declared gradient of a log-probability, typed without the
        // parentheses eqc prints around the log's argument.
        assertTrue(SymbolNames.matches("\\nabla_{\\mathbf{x}_t} \\log f_\\phi(y \\vert \\mathbf{x}_t)",
                "\\nabla_{\\mathbf{x}_t} \\log(f_\\phi(y \\vert \\mathbf{x}_t))", "g"));
        // SimPO's \pi_\theta(y_w|x) as printed: eqc names the value \pi_\theta(y_w, x) (the bar separates arguments)
        assertTrue(SymbolNames.matches("\\pi_\\theta(y_w|x)", "\\pi_\\theta(y_w, x)", "piTheta"));
        assertTrue(SymbolNames.matches("P(s' \\mid s, a)", "P(s', s, a)", "p"));
    }

    @Test
    void differentNamesDoNotMatch() {
        assertFalse(SymbolNames.matches("LN", "\\mathrm{RMSNorm}", "rmsNorm"));
        assertFalse(SymbolNames.matches("FFN", "\\mathrm{FFN}_{\\mathrm{SwiGLU}}", "ffnSwiGLU"));
        assertFalse(SymbolNames.matches("x", "\\hat{x}", "xHat"));
        // an absolute value is no conditional bar
        assertFalse(SymbolNames.matches("|y_w|", "y_w", "yW"));
        assertFalse(SymbolNames.matches("\\pi(y|x)", "\\pi(x, y)", "p"));
        assertFalse(SymbolNames.matches("\\bigcup", "cup", "cup"));
        assertFalse(SymbolNames.matches("x", "x^{\\prime}", "xPrime"));
        assertFalse(SymbolNames.matches("x'", "x^{\\prime\\prime}", "xPrime2"));
        assertFalse(SymbolNames.matches("\\log f(x) y", "\\log(f(x)) y", "g"));
    }
}
