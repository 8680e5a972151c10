package dev.eqc.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The page's one escaping function and the writer around it. */
class HtmlTest {
    @Test
    void markupCharactersBecomeReferences() {
        assertEquals("&lt;/script&gt;&lt;img src=x onerror=&quot;a()&quot;&gt; &amp; &#39;",
                Html.escape("</script><img src=x onerror=\"a()\"> & '"));
    }

    @Test
    void controlsUnpairedSurrogatesAndNoncharactersBecomeReplacementCharacters() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFD\t\n", Html.escape("a\u0000b\u0085c\uD800\t\n"));
        assertEquals("\uD83D\uDE00 \u2028 \u202E", Html.escape("\uD83D\uDE00 \u2028 \u202E"), "pairs and separators stay");
        assertEquals("\uFFFD", Html.escape("\uFFFE"));
    }

    @Test
    void attributesAreEscapedAndNullOnesLeftOut() {
        String html = new Html().open("div", "data-tex", "a\"><script>", "title", null).close("div").toString();
        assertEquals("<div data-tex=\"a&quot;&gt;&lt;script&gt;\"></div>", html);
    }

    @Test
    void namesAreCheckedAndTrustedContentMayNotCloseItsElement() {
        assertThrows(IllegalArgumentException.class, () -> new Html().open("div onclick=x"));
        assertThrows(IllegalStateException.class, () -> new Html().trusted("a</SCRIPT >b", "</script>"));
    }
}
