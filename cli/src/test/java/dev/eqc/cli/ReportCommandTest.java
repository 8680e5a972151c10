package dev.eqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eqc report}: exit codes, what the page holds, that it loads nothing, and that a hostile file stays text. */
class ReportCommandTest {
    @TempDir
    Path dir;

    static Path example(String name) {
        return Path.of(System.getProperty("eqc.repo.root", ".."), "examples", name);
    }

    private String page(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void onePageForSeveralFilesWithJavaAndTestResults() throws Exception {
        Path out = dir.resolve("report.html");
        CliRun run = CliRun.of("report", example("attention.eq").toString(), example("layer_norm.eq").toString(),
                "-o", out.toString());
        assertEquals(0, run.code(), run.both());
        String html = page(out);
        assertEquals(2, count(html, "<section class=\"eq-file\""));
        assertTrue(html.contains("data-tex=\"\\mathrm{Attention}(Q, K, V) = "), "statements as written");
        assertTrue(html.contains("<span class=\"tok-kw\">public</span> <span class=\"tok-kw\">static</span> "
                + "<span class=\"tok-type\">Tensor</span> attention("), "highlighted Java");
        assertTrue(html.contains("<tr class=\"pass\" data-passed=\"true\">") && !html.contains("data-passed=\"false\""),
                "the generated tests ran and passed");
        assertEquals(4, count(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dataflow\""),
                "one diagram per definition (Attention; mu, sigma, h)");
    }

    @Test
    void aFileWithErrorsIsShownWithItsDiagnosticInPlaceAndExitsOne() throws Exception {
        Path bad = dir.resolve("bad_attention.eq");
        Files.writeString(bad, ReportInputs.BAD_ATTENTION);
        Path out = dir.resolve("report.html");
        CliRun run = CliRun.of("report", bad.toString(), example("attention.eq").toString(), "-o", out.toString());
        assertEquals(1, run.code(), run.both());
        assertTrue(run.err().contains("error[E0301]"), "diagnostics are printed too: " + run.both());
        String html = page(out);
        assertTrue(html.contains("\\htmlData{issue=0,severity=error}{QV^T}"), "the error's span is marked");
        assertTrue(html.contains("data-code=\"E0301\"") && html.contains("cannot multiply [n, d_k] by [d_v, m]"));
        assertTrue(html.contains("help: </span>K has shape [m, d_k]; did you mean `QK^T`?"), html);
        assertTrue(html.contains("The file has errors, so no Java was generated."));
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertEquals(2, CliRun.of("report", example("attention.eq").toString()).code(), "-o is required");
        assertEquals(2, CliRun.of("report", example("attention.eq").toString(), "-o", "").code());
        assertEquals(2, CliRun.of("report", "-o", dir.resolve("r.html").toString()).code());
        assertEquals(1, CliRun.of("report", dir.resolve("missing.eq").toString(), "-o",
                dir.resolve("r.html").toString()).code());
        assertFalse(Files.exists(dir.resolve("r.html")));
    }

    @Test
    void withoutTestsThePageSaysSo() throws Exception {
        Path out = dir.resolve("report.html");
        assertEquals(0, CliRun.of("report", "--no-tests", example("gelu.eq").toString(), "-o", out.toString()).code());
        assertTrue(page(out).contains("The generated tests were not run (--no-tests)."));
    }

    /** Works offline and from file://: no URL but the XML namespace names, fonts as data: URIs. */
    @Test
    void thePageIsSelfContained() throws Exception {
        Path out = dir.resolve("report.html");
        assertEquals(0, CliRun.of("report", "--no-tests", example("attention.eq").toString(), "-o", out.toString())
                .code());
        String html = page(out);
        Matcher urls = Pattern.compile("(?i)https?://[^\"'\\s)<>]*").matcher(html);
        while (urls.find()) {
            assertTrue(Set.of("http://www.w3.org/2000/svg", "http://www.w3.org/1998/Math/MathML").contains(urls.group()),
                    "the page references " + urls.group());
        }
        assertFalse(Pattern.compile("(?i)\\ssrc=").matcher(markup(html)).find(), "nothing is loaded by src");
        Matcher hrefs = Pattern.compile("(?i)\\shref=\"([^\"]*)\"").matcher(html);
        while (hrefs.find()) {
            assertTrue(hrefs.group(1).startsWith("#"), "link " + hrefs.group(1));
        }
        Matcher css = Pattern.compile("url\\(([^)]{0,30})").matcher(html);
        int fonts = 0;
        while (css.find()) {
            assertTrue(css.group(1).startsWith("data:font/woff2;base64,") || css.group(1).equals("#eqc-arrow"),
                    "url(" + css.group(1));
            fonts += css.group(1).startsWith("data:") ? 1 : 0;
        }
        assertEquals(20, fonts, "every KaTeX font inlined");
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"
                + " script-src &#39;sha256-"), "scripts allowed by hash only");
    }

    @Test
    void aHostileFileStaysText() throws Exception {
        Path hostile = dir.resolve("hostile.eq");
        Files.writeString(hostile, ReportInputs.HOSTILE);
        Path out = dir.resolve("report.html");
        CliRun run = CliRun.of("report", hostile.toString(), "-o", out.toString());
        assertTrue(run.code() <= 1, run.both());
        String html = page(out);
        assertEquals(2, count(html.toLowerCase(java.util.Locale.ROOT), "<script"), "only the page's two scripts");
        assertEquals(2, count(html.toLowerCase(java.util.Locale.ROOT), "</script"));
        assertEquals(0, count(markup(html), "<img"));
        assertEquals(0, count(markup(html), "<!--"));
        assertEquals(2, count(html.toLowerCase(java.util.Locale.ROOT), "</style"));
        assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;&lt;img src=x"
                + " onerror=&quot;window.pwned=2&quot;&gt; \u2028 \u2029 &quot; &#39; &lt;/style&gt;&lt;!--"), html);
        assertTrue(html.contains("&lt;/textarea&gt;&lt;/title&gt;"));
    }

    /** Mutated examples (as CliFuzzTest makes them) get their page, with diagnostics, never an internal error. */
    @Test
    void mutatedExamplesGetTheirPageNotACrash() throws Exception {
        String[] pieces = {"(", ")", "{", "}", "_", "^", "\\frac", "x", "=", "\\\\", "&", "\\left(", "\\right)", "%",
            "\\begin{cases}", "\\end{cases}", "\n", "\u2028", "</script>", "\\htmlData{term=1}{x}", "\\mathbf{"};
        java.util.SplittableRandom rng = new java.util.SplittableRandom(18);
        List<Path> examples;
        try (var files = Files.list(Path.of(System.getProperty("eqc.repo.root", ".."), "examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".eq")).sorted().toList();
        }
        for (Path example : examples) {
            List<String> args = new java.util.ArrayList<>(List.of("report", "--no-tests", "-o",
                    dir.resolve("fuzz.html").toString()));
            for (int n = 0; n < 3; n++) {
                StringBuilder b = new StringBuilder(Files.readString(example));
                for (int e = 0; e < 1 + rng.nextInt(3) && b.length() > 0; e++) {
                    int at = rng.nextInt(b.length());
                    if (rng.nextBoolean()) {
                        b.insert(at, pieces[rng.nextInt(pieces.length)]);
                    } else {
                        b.replace(at, Math.min(b.length(), at + 1 + rng.nextInt(4)), pieces[rng.nextInt(pieces.length)]);
                    }
                }
                Path f = dir.resolve(n + "_" + example.getFileName());
                Files.writeString(f, b);
                args.add(f.toString());
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            String all = run.out() + run.err();
            assertTrue((run.code() == 0 || run.code() == 1) && !all.contains("internal error") && !all.contains("\tat "),
                    example + "\n" + run.both());
            String html = page(dir.resolve("fuzz.html"));
            assertEquals(3, count(html, "<section class=\"eq-file\""), example.toString());
            assertEquals(2, count(markup(html).toLowerCase(java.util.Locale.ROOT), "<script"), example.toString());
        }
    }

    /** The page without the contents of its scripts (KaTeX's code holds {@code <img src=} as a string). */
    static String markup(String html) {
        return html.replaceAll("(?s)(<script[^>]*>).*?(</script>)", "$1$2");
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
