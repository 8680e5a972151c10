package dev.eqc.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One statement in the page: its comments as prose, its LaTeX for KaTeX (plain and annotated:
 * sub-expressions carry {@code data-term}, diagnostics {@code data-issue}), its diagnostics
 * under it, and a table of the shape of every sub-expression, whose rows the hover tooltip reads.
 */
final class StatementView {
    private StatementView() {}

    static Html render(SourceText source, FileReport.Statement statement, List<FileReport.ShapedTerm> terms,
            List<FileReport.Issue> issues, String id) {
        List<StatementTex.Mark> marks = new ArrayList<>();
        for (FileReport.Issue i : issues) {
            marks.add(new StatementTex.Mark(i.range(), "issue=" + i.id() + ",severity=" + (i.error() ? "error"
                    : "warning"), i.id(), true));
        }
        for (FileReport.ShapedTerm t : terms) {
            marks.add(new StatementTex.Mark(t.range(), "term=" + t.id(), t.id(), false));
        }
        StatementTex.Annotated annotated = StatementTex.annotated(source, statement.range(), marks);
        String plain = StatementTex.plain(source, statement.range());
        Html html = new Html();
        int line = source.lineOf(statement.range().start()) + 1;
        html.open("div", "class", "statement", "id", id, "data-line", String.valueOf(line));
        for (String comment : statement.comments()) {
            html.element("p", comment, "class", "comment");
        }
        html.open("div", "class", "equation");
        html.open("div", "class", "tex tex-display", "data-tex", plain,
                "data-tex-annotated", annotated.wrapped().isEmpty() ? null : annotated.tex());
        html.element("code", plain, "class", "tex-source").close("div");
        html.element("a", "line " + line, "class", "line-ref", "href", "#" + id);
        html.close("div");
        if (!issues.isEmpty()) {
            html.open("div", "class", "issues");
            issues.forEach(i -> issue(html, i));
            html.close("div");
        }
        if (!terms.isEmpty()) {
            shapeTable(html, source, terms, annotated.wrapped());
        }
        return html.close("div");
    }

    static void issue(Html html, FileReport.Issue i) {
        String severity = i.error() ? "error" : "warning";
        html.open("div", "class", "issue " + severity, "data-issue", String.valueOf(i.id()), "data-code", i.code());
        html.open("p", "class", "issue-head").element("span", severity + "[" + i.code() + "]", "class", "severity")
                .text(" " + i.message()).close("p");
        html.element("p", "line " + i.line() + ", column " + i.column() + (i.caret().isEmpty() ? ""
                : ": " + i.caret()), "class", "where");
        if (!i.notes().isEmpty()) {
            html.open("ul", "class", "notes");
            i.notes().forEach(n -> html.element("li", n));
            html.close("ul");
        }
        if (!i.help().isEmpty()) {
            html.open("p", "class", "help").element("span", "help: ", "class", "help-label").text(i.help()).close("p");
        }
        html.close("div");
    }

    private static void shapeTable(Html html, SourceText source, List<FileReport.ShapedTerm> terms,
            Set<StatementTex.Mark> wrapped) {
        Set<Integer> hoverable = new java.util.HashSet<>();
        wrapped.stream().filter(m -> !m.issue()).forEach(m -> hoverable.add(m.id()));
        List<FileReport.ShapedTerm> sorted = new ArrayList<>(terms);
        sorted.sort(java.util.Comparator.comparingInt((FileReport.ShapedTerm t) -> t.range().start())
                .thenComparingInt(t -> -t.range().end()));
        html.open("details", "class", "shapes", "open", "");
        html.element("summary", "Shapes (" + terms.size() + ")");
        html.open("table", "class", "shape-table").open("thead").open("tr");
        html.element("th", "sub-expression").element("th", "LaTeX").element("th", "shape").element("th", "meaning");
        html.close("tr").close("thead").open("tbody");
        for (FileReport.ShapedTerm t : sorted) {
            String raw = source.text().substring(t.range().start(), t.range().end());
            html.open("tr", "data-term", String.valueOf(t.id()), "data-role", t.role().name().toLowerCase(Locale.ROOT),
                    "class", hoverable.contains(t.id()) ? "hoverable" : null);
            html.open("td", "class", "expr");
            TexGroups.wrappable(source.text(), t.range()).ifPresent(r -> html.open("span", "class", "tex tex-inline",
                    "data-tex", source.text().substring(r.start(), r.end())).close("span"));
            html.close("td");
            html.open("td").element("code", raw.strip().replaceAll("\\s+", " "), "class", "src").close("td");
            html.element("td", t.shape(), "class", "shape");
            html.element("td", t.meaning(), "class", "meaning");
            html.close("tr");
        }
        html.close("tbody").close("table").close("details");
    }
}
