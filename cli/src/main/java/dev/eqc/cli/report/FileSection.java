package dev.eqc.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One file's section of the report: a summary, its statements ({@link StatementView}), a dataflow
 * diagram per definition ({@link DataflowSvg}), the generated Java highlighted
 * ({@link JavaHighlighter}) and the generated tests' results.
 */
final class FileSection {
    private FileSection() {}

    static Html render(FileReport file, String id) {
        Html html = new Html();
        long errors = file.issues().stream().filter(FileReport.Issue::error).count();
        html.open("section", "class", "eq-file", "id", id, "data-file", file.name(), "data-errors",
                String.valueOf(errors), "data-warnings", String.valueOf(file.issues().size() - errors));
        html.element("h2", file.name());
        html.element("p", summary(file), "class", "file-summary");
        statements(html, file, id);
        dataflows(html, file, id);
        java(html, file);
        tests(html, file);
        return html.close("section");
    }

    /** "3 statements · 1 definition · 0 errors · 2 warnings · tests: 5 passed, 0 failed". */
    static String summary(FileReport f) {
        long errors = f.issues().stream().filter(FileReport.Issue::error).count();
        long warnings = f.issues().size() - errors;
        String tests = f.tests().outcomes().isEmpty() ? "tests not run"
                : "tests: " + (f.tests().outcomes().size() - f.tests().failed()) + " passed, " + f.tests().failed()
                        + " failed";
        return count(f.statements().size(), "statement") + " · " + count(f.dataflows().size(), "definition") + " · "
                + count(errors, "error") + " · " + count(warnings, "warning") + " · " + tests;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void statements(Html html, FileReport file, String id) {
        SourceText source = new SourceText(file.text());
        List<List<FileReport.ShapedTerm>> terms = byStatement(file.statements(), file.terms(),
                FileReport.ShapedTerm::range);
        List<List<FileReport.Issue>> issues = byStatement(file.statements(), file.issues(), FileReport.Issue::range);
        List<FileReport.Issue> placed = new ArrayList<>();
        issues.forEach(placed::addAll);
        List<FileReport.Issue> elsewhere = file.issues().stream().filter(i -> !placed.contains(i)).toList();
        if (!elsewhere.isEmpty()) {
            html.open("div", "class", "issues file-issues");
            elsewhere.forEach(i -> StatementView.issue(html, i));
            html.close("div");
        }
        html.element("h3", "Equations");
        for (int s = 0; s < file.statements().size(); s++) {
            html.append(StatementView.render(source, file.statements().get(s), terms.get(s), issues.get(s),
                    id + "-s" + (s + 1)));
        }
    }

    /**
     * For each statement, the items whose range starts within it (statements are in source order):
     * a range over two statements (strided parts) is listed under the first, and wrapped in neither.
     */
    private static <T> List<List<T>> byStatement(List<FileReport.Statement> statements, List<T> items,
            java.util.function.Function<T, SourceRange> range) {
        List<List<T>> out = new ArrayList<>();
        statements.forEach(s -> out.add(new ArrayList<>()));
        for (T item : items) {
            SourceRange r = range.apply(item);
            int lo = 0;
            int hi = statements.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (statements.get(mid).range().start() <= r.start()) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            SourceRange statement = statements.isEmpty() ? null : statements.get(lo).range();
            if (statement != null && statement.start() <= r.start() && r.start() < Math.max(statement.end(),
                    statement.start() + 1)) {
                out.get(lo).add(item);
            }
        }
        return out;
    }

    private static void dataflows(Html html, FileReport file, String id) {
        if (file.dataflows().isEmpty()) {
            return;
        }
        html.element("h3", "Dataflow");
        for (int d = 0; d < file.dataflows().size(); d++) {
            Dataflow flow = file.dataflows().get(d);
            html.open("figure", "class", "dataflow-figure");
            html.open("figcaption").element("code", PlainLabels.of(flow.signature()), "class", "signature")
                    .close("figcaption");
            html.open("div", "class", "dataflow-scroll").append(DataflowSvg.draw(flow, id + "-flow" + (d + 1)))
                    .close("div");
            html.close("figure");
        }
    }

    private static void java(Html html, FileReport file) {
        if (file.java().isEmpty()) {
            return;
        }
        html.element("h3", "Generated Java");
        for (FileReport.JavaSource j : file.java()) {
            html.open("details", "class", "java-file", "data-test", String.valueOf(j.test()), "open", j.test() ? null : "");
            html.open("summary").element("code", j.path()).close("summary");
            html.open("pre", "class", "java").open("code").append(JavaHighlighter.highlight(j.text())).close("code")
                    .close("pre");
            html.close("details");
        }
    }

    private static void tests(Html html, FileReport file) {
        html.element("h3", "Generated tests");
        FileReport.TestResults results = file.tests();
        if (!results.note().isEmpty()) {
            html.element("p", results.note(), "class", "tests-note");
        }
        if (results.outcomes().isEmpty()) {
            return;
        }
        html.open("table", "class", "test-results").open("thead").open("tr");
        html.element("th", "result").element("th", "test").element("th", "time").element("th", "message");
        html.close("tr").close("thead").open("tbody");
        for (FileReport.TestOutcome t : results.outcomes()) {
            html.open("tr", "class", t.passed() ? "pass" : "fail", "data-passed", String.valueOf(t.passed()));
            html.element("td", t.passed() ? "PASS" : "FAIL", "class", "status");
            html.element("td", t.name(), "class", "test-name");
            html.element("td", String.format(Locale.ROOT, "%.0f ms", t.seconds() * 1000), "class", "time");
            html.open("td", "class", "message").element("pre", t.message()).close("td");
            html.close("tr");
        }
        html.close("tbody").close("table");
    }
}
