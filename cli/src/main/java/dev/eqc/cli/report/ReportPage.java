package dev.eqc.cli.report;

import java.util.List;

/**
 * The whole report page: one self-contained HTML document with KaTeX, its fonts, the report's
 * style and script inlined, a navigation list, and a section per file ({@link FileSection}). A
 * Content-Security-Policy allows only the page's own two scripts (by hash), inline styles and
 * {@code data:} fonts, so the page loads nothing from anywhere and no injected script could run.
 */
public final class ReportPage {
    private ReportPage() {}

    /** The page for {@code files}; {@code generator} names the eqc that wrote it. */
    public static String render(List<FileReport> files, String generator) {
        PageAssets assets = PageAssets.get();
        String policy = "default-src 'none'; script-src " + PageAssets.scriptHash(assets.katexScript()) + " "
                + PageAssets.scriptHash(assets.reportScript())
                + "; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";
        Html page = new Html();
        page.trusted("<!DOCTYPE html>\n", "</html>");
        page.open("html", "lang", "en").open("head");
        page.open("meta", "charset", "utf-8");
        page.open("meta", "http-equiv", "Content-Security-Policy", "content", policy);
        page.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        page.open("meta", "name", "generator", "content", generator);
        page.element("title", "eqc report: " + String.join(", ", files.stream().map(FileReport::name).toList()));
        page.open("style", "data-asset", "katex " + assets.katexVersion()).trusted(assets.katexStyle(), "</style>")
                .close("style");
        page.open("style", "data-asset", "report").trusted(assets.reportStyle(), "</style>").close("style");
        page.close("head").open("body");
        page.open("header", "class", "page-header");
        page.element("h1", "eqc report");
        page.element("p", generator + " · equations rendered with KaTeX " + assets.katexVersion() + " (MIT licence)"
                + " · hover a sub-expression for its shape", "class", "generator");
        navigation(page, files);
        page.close("header").open("main");
        for (int i = 0; i < files.size(); i++) {
            page.append(FileSection.render(files.get(i), "file-" + (i + 1)));
        }
        page.close("main");
        page.open("div", "id", "shape-tooltip", "class", "shape-tooltip", "role", "tooltip", "hidden", "").close("div");
        page.append(DataflowSvg.arrowDefinitions());
        page.open("script", "data-asset", "katex " + assets.katexVersion()).trusted(assets.katexScript(), "</script>")
                .close("script");
        page.open("script", "data-asset", "report").trusted(assets.reportScript(), "</script>").close("script");
        page.close("body").close("html");
        return page.toString() + "\n";
    }

    private static void navigation(Html page, List<FileReport> files) {
        page.open("nav").open("ul", "class", "file-list");
        for (int i = 0; i < files.size(); i++) {
            FileReport f = files.get(i);
            long errors = f.issues().stream().filter(FileReport.Issue::error).count();
            long warnings = f.issues().size() - errors;
            long failed = f.tests().failed();
            String state = errors > 0 || failed > 0 ? "bad" : warnings > 0 ? "warn" : "good";
            page.open("li", "class", state).element("a", f.name(), "href", "#file-" + (i + 1));
            page.element("span", FileSection.summary(f), "class", "badge");
            page.close("li");
        }
        page.close("ul").close("nav");
    }
}
