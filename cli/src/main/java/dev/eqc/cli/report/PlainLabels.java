package dev.eqc.cli.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short plain-text labels for LaTeX names, for places KaTeX does not render (diagram nodes):
 * {@code \mathrm{Attention}} becomes {@code Attention}, {@code \mu} becomes {@code μ},
 * {@code d_{model}} becomes {@code d_model}. Anything else is kept as written.
 */
final class PlainLabels {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"),
            Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"),
            Map.entry("varphi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
            Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"),
            Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("le", "≤"), Map.entry("leq", "≤"), Map.entry("ge", "≥"), Map.entry("geq", "≥"),
            Map.entry("ne", "≠"), Map.entry("neq", "≠"), Map.entry("infty", "∞"), Map.entry("ell", "ℓ"),
            Map.entry("partial", "∂"), Map.entry("nabla", "∇"));
    private static final Pattern STYLED = Pattern.compile("\\\\(?:mathrm|mathbf|mathit|operatorname|text|boldsymbol"
            + "|mathcal|mathbb|hat|bar|tilde)\\{([^{}]*)}");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)");
    private static final Pattern BRACED_SCRIPT = Pattern.compile("([_^])\\{([^{}]*)}");

    private PlainLabels() {}

    static String of(String latex) {
        String s = latex.strip().replaceAll("\\s+", " ");
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = STYLED.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        s = COMMAND.matcher(s).replaceAll(m -> Matcher.quoteReplacement(SYMBOLS.getOrDefault(m.group(1), m.group())));
        s = BRACED_SCRIPT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2)));
        return s;
    }

    /** {@code text} cut to {@code max} characters, with an ellipsis when cut. */
    static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
    }
}
