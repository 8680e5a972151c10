package dev.eqc.compiler.run;

/**
 * Matches a name typed on the command line to a LaTeX name (SPEC 4): the name as printed
 * ({@code LN}, {@code MultiHead}, {@code FFN_SwiGLU}) or as written in the file; spacing, braces and
 * styling commands do not matter, and the Java name works too.
 */
public final class SymbolNames {
    private SymbolNames() {}

    /**
     * {@code \mathrm{FFN}_{\mathrm{SwiGLU}}}, {@code FFN_{SwiGLU}} and {@code FFN_SwiGLU} all become
     * {@code FFN_SwiGLU}: spacing, styling commands and braces do not matter.
     */
    public static String normalise(String latex) {
        // F_\theta(c_{in}(\sigma)\,x; c_{noise}(\sigma)): spacing commands do not matter, and `;` between
        // arguments is a comma, as the value's name prints it.
        // Sizing does not either: EDM's F_\theta\big(c_{in}(\sigma)\,x; …\big) is F_\theta(c_{in}(\sigma)x, …).
        String s = latex.replaceAll("\\\\(mid|vert)(?![a-zA-Z])", "|").replaceAll("\\s+", "").replaceAll("\\\\[,;:!]", "").replace(';', ',')
                .replaceAll("\\\\(left|right|bigg|Bigg|big|Big)[lr]?(?![a-zA-Z])", "");
        // \mathbf{x}^{\prime}_i, n_h^{'}: a prime written as a superscript is the prime of `x'` (docs/LANGUAGE.md).
        s = java.util.regex.Pattern.compile("\\^(?:\\{((?:\\\\prime|')+)\\}|(\\\\prime))").matcher(s)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        (m.group(1) != null ? m.group(1) : m.group(2)).replace("\\prime", "'")));
        String previous;
        do {
            previous = s;
            s = s.replaceAll("\\\\(mathbf|boldsymbol|bm|vec|mathrm|operatorname|text|textrm|textit|mathit|mathsf"
                    + "|mathtt)\\{([^{}]*)\\}", "$2");
        } while (!s.equals(previous));
        s = s.replace("{", "").replace("}", "");
        // \pi_\theta(y_w|x), as printed, is the value eqc names \pi_\theta(y_w, x): the bar of a conditional separates
        // arguments like a comma (one bar in a parenthesis; |y_w| alone is an absolute value).
        do {
            previous = s;
            s = s.replaceAll("\\(([^()|]*)\\|([^()|]*)\\)", "($1,$2)");
        } while (!s.equals(previous));
        return logArgumentUnbracketed(s);
    }

    /**
     * {@code \nabla_x \log(f_\phi(y|x))}, as eqc prints a declared log-probability's name, is {@code \nabla_x \log
     * f_\phi(y|x)} as the paper (Lilian Weng's classifier guidance) and the user write it: the parentheses around
     * a {@code \log}'s argument that runs to the end of the name do not matter.
     */
    private static String logArgumentUnbracketed(String s) {
        for (String log : new String[] {"\\log(", "\\ln("}) {
            int at = s.indexOf(log);
            if (at < 0) {
                continue;
            }
            int open = at + log.length() - 1;
            int depth = 0;
            for (int i = open; i < s.length(); i++) {
                depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
                if (depth == 0) {
                    return i == s.length() - 1 ? s.substring(0, open) + s.substring(open + 1, i) : s;
                }
            }
        }
        return s;
    }

    public static boolean matches(String typed, String latex, String javaName) {
        return typed.equals(javaName) || normalise(typed).equals(normalise(latex));
    }

    /**
     * Whether {@code typed} (a {@code --dim} name) names the size {@code size}: as declared ({@code d_{model}}),
     * without braces ({@code d_model}) or by the generated method's parameter name ({@code dModel}).
     */
    public static boolean matchesSize(String typed, String size) {
        return matches(typed, size, size.replaceAll("[{}\\\\]", ""))
                || typed.equals(dev.eqc.compiler.shape.SizeParameters.javaName(size));
    }
}
