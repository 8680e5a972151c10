package dev.eqc.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Java highlighting: each token kind gets its class, and all text is escaped. */
class JavaHighlighterTest {
    @Test
    void tokensGetTheirClasses() {
        String html = JavaHighlighter.highlight("/** a < b */\n@Override public static Tensor f(int n) {"
                + " return g(\"</pre>\", 'x', 1.5e-3f, n); // done\n}").toString();
        assertEquals("<span class=\"tok-com\">/** a &lt; b */</span>\n<span class=\"tok-ann\">@Override</span> "
                + "<span class=\"tok-kw\">public</span> <span class=\"tok-kw\">static</span> "
                + "<span class=\"tok-type\">Tensor</span> f(<span class=\"tok-kw\">int</span> n) { "
                + "<span class=\"tok-kw\">return</span> g(<span class=\"tok-str\">&quot;&lt;/pre&gt;&quot;</span>, "
                + "<span class=\"tok-str\">&#39;x&#39;</span>, <span class=\"tok-num\">1.5e-3f</span>, n); "
                + "<span class=\"tok-com\">// done</span>\n}", html);
    }

    @Test
    void anUnterminatedCommentOrStringEndsTheText() {
        assertEquals("<span class=\"tok-com\">/* open</span>", JavaHighlighter.highlight("/* open").toString());
        assertEquals("<span class=\"tok-str\">&quot;abc</span>\nx",
                JavaHighlighter.highlight("\"abc\nx").toString());
    }
}
