package dev.eqc.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scripts and styles the page inlines, read from the class path: KaTeX from its WebJar
 * ({@code org.webjars.npm:katex}), with every font of its CSS replaced by the woff2 file as a
 * {@code data:} URI so the page needs no other file, and the report's own {@code report.css}
 * and {@code report.js}.
 */
record PageAssets(String katexVersion, String katexScript, String katexStyle, String reportScript, String reportStyle) {
    private static final String WEBJAR = "META-INF/resources/webjars/katex/";
    /** {@code src:url(fonts/X.woff2) format("woff2"),url(fonts/X.woff) format("woff"),…} up to the end of the list. */
    private static final Pattern FONT_SOURCES = Pattern.compile(
            "src:url\\(fonts/([A-Za-z0-9_-]+)\\.woff2\\) format\\(\"woff2\"\\)(?:,url\\([^)]*\\) format\\(\"[a-z]+\"\\))*");

    /** Loaded once: the assets are constants of this build. */
    private static final class Loaded {
        static final PageAssets ASSETS = load();
    }

    static PageAssets get() {
        return Loaded.ASSETS;
    }

    private static PageAssets load() {
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/katex/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = pom.getProperty("version");
        String dist = WEBJAR + version + "/dist/";
        String css = text(dist + "katex.min.css");
        Matcher m = FONT_SOURCES.matcher(css);
        StringBuilder inlined = new StringBuilder();
        while (m.find()) {
            String font = Base64.getEncoder().encodeToString(bytes(dist + "fonts/" + m.group(1) + ".woff2"));
            m.appendReplacement(inlined, Matcher.quoteReplacement(
                    "src:url(data:font/woff2;base64," + font + ") format(\"woff2\")"));
        }
        m.appendTail(inlined);
        if (inlined.indexOf("url(fonts/") >= 0) {
            throw new IllegalStateException("a KaTeX font was not inlined; has katex.min.css changed form?");
        }
        return new PageAssets(version, text(dist + "katex.min.js"), inlined.toString(),
                text("dev/eqc/cli/report/report.js"), text("dev/eqc/cli/report/report.css"));
    }

    /** The Content-Security-Policy source for an inline script: {@code 'sha256-…'}. */
    static String scriptHash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = PageAssets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing from the class path: " + name);
        }
        return in;
    }

    private static byte[] bytes(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
