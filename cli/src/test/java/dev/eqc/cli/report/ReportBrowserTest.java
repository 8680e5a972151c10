package dev.eqc.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.eqc.cli.Main;
import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report in a real headless browser (Debian's chromium through chromedriver, both found on
 * the machine, never downloaded): KaTeX renders every statement with no error element, hovering a
 * sub-expression shows its shape, a diagnostic is marked in its equation, each diagram has a node
 * per operation term, the Java and the test results are there, and a hostile file injects nothing.
 * One browser session and one page for all checks. Skipped when no browser is installed, unless
 * {@code -Deqc.browser.required=true} (as CI sets it), which makes that a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {
    /** Selenium warns that it has no DevTools binding for this Chromium; the test uses WebDriver only. */
    private static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools");
    private static final List<String> GOOD = List.of("attention.eq", "layer_norm.eq", "multi_head_attention.eq");
    private final Path dir = tempDirectory();
    private WebDriver driver;

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("eqc-report-browser");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path example(String name) {
        return Path.of(System.getProperty("eqc.repo.root", ".."), "examples", name);
    }

    @BeforeAll
    void openTheReport() throws Exception {
        DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
        Path chromium = Path.of(System.getProperty("eqc.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("eqc.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            String why = "no headless browser at " + chromium + " with " + chromedriver
                    + " (apt-get install chromium chromium-driver)";
            if (Boolean.getBoolean("eqc.browser.required")) {
                fail(why + ", and eqc.browser.required=true");
            }
            Assumptions.abort(why);
        }
        Path bad = dir.resolve("bad_attention.eq");
        Files.writeString(bad, dev.eqc.cli.ReportInputs.BAD_ATTENTION);
        Path hostile = dir.resolve("hostile.eq");
        Files.writeString(hostile, dev.eqc.cli.ReportInputs.HOSTILE);
        Path page = dir.resolve("report.html");
        assertEquals(1, Main.execute("report", example(GOOD.get(0)).toString(), example(GOOD.get(1)).toString(),
                example(GOOD.get(2)).toString(), bad.toString(), hostile.toString(), "-o", page.toString()));
        driver = start(chromium, chromedriver);
        driver.get(page.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(script(
                "return document.querySelectorAll('[data-tex]:not([data-rendered])').length === 0")));
    }

    private WebDriver start(Path chromium, Path chromedriver) throws Exception {
        // The driver and the browser are given, so Selenium Manager never looks for (or downloads) either.
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")), "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    void quit() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(code, args);
    }

    private WebElement section(String file) {
        return driver.findElements(By.cssSelector("section.eq-file")).stream()
                .filter(s -> s.getAttribute("data-file").endsWith("/" + file)).findFirst().orElseThrow();
    }

    @Test
    void katexRendersEveryStatementWithNoErrorElement() {
        assertEquals(0, driver.findElements(By.cssSelector(".katex-error")).size());
        for (String file : GOOD) {
            List<WebElement> equations = section(file).findElements(By.cssSelector(".statement .tex-display"));
            assertFalse(equations.isEmpty());
            for (WebElement eq : equations) {
                String tex = eq.getAttribute("data-tex");
                assertFalse(eq.findElements(By.cssSelector(".katex")).isEmpty(), file + ": not rendered: " + tex);
                String expected = eq.getAttribute("data-tex-annotated") != null ? "annotated" : "plain";
                assertEquals(expected, eq.getAttribute("data-rendered"), file + ": " + tex);
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            assertFalse(entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue(),
                    "console error (a CSP violation, a script error): " + entry.getMessage());
        }
    }

    @Test
    void hoveringASubExpressionShowsItsShape() {
        WebElement definition = section("attention.eq").findElements(By.cssSelector(".statement")).get(1);
        assertEquals("[n, d_k]", hover(definition, "Q"), "Q in Attention(Q, K, V) = … QK^T …");
        assertEquals("[n, m]", hover(definition, "\\frac{QK^T}{\\sqrt{d_k}}"), "the fraction bar is the quotient's");
        WebElement declaration = section("attention.eq").findElements(By.cssSelector(".statement")).get(0);
        assertEquals("[m, d_v]", hover(declaration, "V"));
        // Every marked element: the tooltip shows the shape of the innermost sub-expression under the pointer.
        for (String file : GOOD) {
            for (WebElement statement : section(file).findElements(By.cssSelector(".statement"))) {
                List<WebElement> marked = statement.findElements(By.cssSelector(".katex [data-term]"));
                assertEquals(statement.findElements(By.cssSelector("tr.hoverable")).size(), marked.size(),
                        "one element per hoverable row");
                for (WebElement el : marked) {
                    // The pointer goes to the centre of the element's box, and the expected shape is that
                    // of the innermost sub-expression at that very point (KaTeX boxes overlap).
                    @SuppressWarnings("unchecked")
                    List<Object> at = (List<Object>) script("arguments[0].scrollIntoView({block: 'center'});"
                            + "var r = arguments[0].getBoundingClientRect();"
                            + "var x = Math.floor(r.left + r.width / 2), y = Math.floor(r.top + r.height / 2);"
                            + "var e = document.elementFromPoint(x, y);"
                            + "var t = e && e.closest('.katex [data-term]');"
                            + "return [x, y, t && t.getAttribute('data-term')];", el);
                    String under = (String) at.get(2);
                    if (under == null) {
                        continue; // covered by a sibling's box (KaTeX overlaps struts); its row is checked below
                    }
                    new Actions(driver).moveToLocation(((Number) at.get(0)).intValue(), ((Number) at.get(1)).intValue())
                            .perform();
                    String shape = statement.findElement(By.cssSelector("tr[data-term='" + under + "'] .shape"))
                            .getAttribute("textContent");
                    waitForTooltip(shape);
                }
            }
        }
    }

    /** Hovers the element whose table row's LaTeX is {@code src} and returns the shape the tooltip shows. */
    private String hover(WebElement statement, String src) {
        WebElement row = statement.findElements(By.cssSelector("tr.hoverable")).stream()
                .filter(r -> r.findElement(By.cssSelector(".src")).getAttribute("textContent").equals(src))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no row for " + src));
        WebElement el = statement.findElement(By.cssSelector(".katex [data-term='" + row.getAttribute("data-term") + "']"));
        new Actions(driver).moveToElement(el).perform();
        WebElement tip = waitForTooltip(null);
        return tip.findElement(By.cssSelector(".tip-shape")).getText();
    }

    private WebElement waitForTooltip(String shape) {
        WebElement tip = driver.findElement(By.id("shape-tooltip"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).withMessage(() -> "tooltip should show " + shape + ", shows "
                + (tip.isDisplayed() ? tip.getText() : "nothing")).until(d -> tip.isDisplayed() && (shape == null
                || shape.equals(tip.findElement(By.cssSelector(".tip-shape")).getText())));
        return tip;
    }

    @Test
    void aDiagnosticIsMarkedInItsEquationAndExplainedOnHover() {
        WebElement file = section("bad_attention.eq");
        WebElement marked = file.findElement(By.cssSelector(".katex [data-issue][data-severity='error']"));
        assertEquals("QVT", marked.getAttribute("textContent"), "marked at its span, QV^T");
        new Actions(driver).moveToElement(marked).perform();
        WebElement tip = driver.findElement(By.id("shape-tooltip"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
        assertTrue(tip.getText().contains("error[E0301] cannot multiply [n, d_k] by [d_v, m]"), tip.getText());
        assertTrue(file.findElement(By.cssSelector(".issue.error .help")).getText().contains("did you mean `QK^T`?"));
    }

    @Test
    void eachDiagramHasANodePerOperationTerm() throws Exception {
        for (String name : GOOD) {
            Path file = example(name);
            TypedProgram typed = EqCompiler.check(new SourceFile(file.toString(), Files.readString(file)),
                    Options.forClass(JavaNames.className(name.replace(".eq", ""))), new Diagnostics()).orElseThrow();
            List<WebElement> diagrams = section(name).findElements(By.cssSelector("svg.dataflow"));
            assertEquals(typed.program().definitions().size(), diagrams.size(), name);
            for (int i = 0; i < diagrams.size(); i++) {
                int expected = ReportContentTest.operationTerms(typed.program().definitions().get(i));
                assertEquals(expected, diagrams.get(i).findElements(By.cssSelector("g.node.op")).size(),
                        name + ": " + typed.program().definitions().get(i).latexName());
                assertTrue(diagrams.get(i).getSize().getWidth() > 100, "drawn");
                assertFalse(diagrams.get(i).findElements(By.cssSelector("g.edge text")).isEmpty(), "shapes on edges");
            }
        }
    }

    @Test
    void theJavaAndTheTestResultsAreShown() {
        WebElement attention = section("attention.eq");
        WebElement java = attention.findElement(By.cssSelector("details.java-file[data-test='false'] pre.java"));
        assertTrue(java.getText().contains("public static Tensor attention(Tensor Q, Tensor K, Tensor V)"), java.getText());
        assertFalse(java.findElements(By.cssSelector(".tok-kw")).isEmpty());
        for (String file : GOOD) {
            assertFalse(section(file).findElements(By.cssSelector(".test-results tr.pass")).isEmpty(), file);
            assertEquals(0, section(file).findElements(By.cssSelector(".test-results tr.fail")).size(), file);
        }
    }

    @Test
    void theHostileFileInjectsNothingAndThePageLoadsNothing() {
        assertEquals("undefined", script("return typeof window.pwned"));
        assertEquals(0, driver.findElements(By.cssSelector("a[href^='javascript'], img, iframe")).size());
        WebElement hostile = section("hostile.eq");
        assertTrue(hostile.findElement(By.cssSelector(".comment")).getAttribute("textContent")
                .startsWith("</script><script>window.pwned=1</script><img src=x"));
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) script(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        assertNotNull(loaded);
        assertTrue(loaded.stream().allMatch(u -> u.startsWith("data:")), "loaded " + loaded);
    }
}
