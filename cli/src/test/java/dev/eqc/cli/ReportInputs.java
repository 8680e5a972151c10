package dev.eqc.cli;

/** Inputs the report's tests share: a file with a shape error and a hostile one. */
public final class ReportInputs {
    /** An attention file with {@code QV^T} for {@code QK^T}: E0301. */
    public static final String BAD_ATTENTION = "% Attention with a typo: V where K belongs\n"
            + "Q \\in \\mathbb{R}^{n \\times d_k}, K \\in \\mathbb{R}^{m \\times d_k}, V \\in \\mathbb{R}^{m \\times d_v}\n"
            + "\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QV^T}{\\sqrt{d_k}}\\right)V\n";
    /** Markup, script, a JavaScript link and line separators in comments and equations. */
    public static final String HOSTILE = "% </script><script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"
            + " \u2028 \u2029 \" ' </style><!--\n"
            + "x \\in \\mathbb{R}^{n}\n"
            + "y = \\href{javascript:window.pwned=3}{x} + x % </textarea></title><script>window.pwned=4</script>\n"
            + "z = x + \\htmlData{term=0\"]}{x} \u2028\n";

    private ReportInputs() {}
}
