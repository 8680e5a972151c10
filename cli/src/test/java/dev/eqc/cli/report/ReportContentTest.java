package dev.eqc.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.shape.ShapeReport;
import dev.eqc.compiler.term.TermTrees;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report of every example agrees with the compiler: its shape tables list what
 * {@code eqc shapes} lists, each diagram has one operation node per operation term, and nearly
 * every sub-expression can be hovered.
 */
class ReportContentTest {
    private static final Pattern ROW = Pattern.compile(
            "<tr data-term=\"\\d+\" data-role=\"subexpression\"( class=\"hoverable\")?><td class=\"expr\">.*?</td>"
                    + "<td><code class=\"src\">([^<]*)</code></td><td class=\"shape\">([^<]*)</td>", Pattern.DOTALL);
    private static final Pattern SHAPES_LINE = Pattern.compile("  (.*)  : (\\[[^\\]]*\\])(  \\(.*\\))?");
    private static final Pattern OPERATIONS = Pattern.compile("class=\"dataflow\" id=\"[^\"]*\" data-definition=\"[^\"]*\""
            + " data-operations=\"(\\d+)\"");

    static Stream<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("eqc.repo.root", ".."), "examples"))) {
            return files.filter(p -> p.toString().endsWith(".eq")).sorted().toList().stream();
        }
    }

    private static SourceFile read(Path file) throws Exception {
        return new SourceFile(file.toString(), Files.readString(file));
    }

    private static Options options(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.eq$", "");
        return Options.forClass(JavaNames.className(stem));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void shapeTablesListWhatEqcShapesLists(Path file) throws Exception {
        SourceFile source = read(file);
        TypedProgram typed = EqCompiler.check(source, options(file), new Diagnostics()).orElseThrow();
        List<String> expected = new ArrayList<>();
        for (String line : ShapeReport.render(typed).split("\n")) {
            Matcher m = SHAPES_LINE.matcher(line);
            if (m.matches() && !line.endsWith("(reverse-mode gradient)")) {
                expected.add(m.group(1).strip() + " : " + m.group(2));
            }
        }
        FileReport report = EquationAnalysis.analyse(source, options(file), new Diagnostics(), null);
        String html = ReportPage.render(List.of(report), "eqc test");
        List<String> rows = new ArrayList<>();
        int hoverable = 0;
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            rows.add(unescape(m.group(2)) + " : " + unescape(m.group(3)));
            hoverable += m.group(1) != null ? 1 : 0;
        }
        Collections.sort(expected);
        Collections.sort(rows);
        assertEquals(expected, rows);
        assertTrue(hoverable >= rows.size() - 3, hoverable + " of " + rows.size() + " sub-expressions can be hovered");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachDiagramHasAnOperationNodePerOperationTerm(Path file) throws Exception {
        SourceFile source = read(file);
        TypedProgram typed = EqCompiler.check(source, options(file), new Diagnostics()).orElseThrow();
        List<Integer> expected = typed.program().definitions().stream().map(ReportContentTest::operationTerms).toList();
        String html = ReportPage.render(List.of(EquationAnalysis.analyse(source, options(file), new Diagnostics(), null)),
                "eqc test");
        List<Integer> drawn = new ArrayList<>();
        Matcher m = OPERATIONS.matcher(html);
        while (m.find()) {
            drawn.add(Integer.parseInt(m.group(1)));
        }
        assertEquals(expected, drawn);
        assertEquals(expected.stream().mapToInt(Integer::intValue).sum(), count(html, "class=\"node op\""));
    }

    /** Distinct terms (by identity) of a definition's body that have sub-terms. */
    static int operationTerms(Definition d) {
        Set<Term> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int n = 0;
        for (Term t : TermTrees.preorder(d.body())) {
            if (seen.add(t) && !t.children().isEmpty()) {
                n++;
            }
        }
        return n;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
