package dev.eqc.cli.report;

import java.util.List;

/**
 * Everything the report shows about one {@code .eq} file, in terms that need no compiler types:
 * its text and statements, the shape of each sub-expression, its diagnostics, a dataflow graph
 * per definition, the generated Java and the generated tests' results. Built by
 * {@link EquationAnalysis}; a file with errors has no shapes, graphs, Java or test results.
 */
public record FileReport(String name, String text, List<Statement> statements, List<ShapedTerm> terms,
        List<Issue> issues, List<Dataflow> dataflows, List<JavaSource> java, TestResults tests) {
    public FileReport {
        statements = List.copyOf(statements);
        terms = List.copyOf(terms);
        issues = List.copyOf(issues);
        dataflows = List.copyOf(dataflows);
        java = List.copyOf(java);
    }

    /**
     * A statement as displayed: whole source lines (a statement continued over several lines is
     * one), with the comments written above it or beside it.
     */
    public record Statement(SourceRange range, List<String> comments) {
        public Statement {
            comments = List.copyOf(comments);
        }
    }

    /** What a shaped piece of source is. */
    public enum Role {
        /** A sub-expression of a definition's body (what {@code eqc shapes} lists). */
        SUBEXPRESSION,
        /** A declared input's name in its declaration. */
        INPUT,
        /** A named constant's name in its definition. */
        CONSTANT,
        /** A parameter listed on a function's left-hand side. */
        PARAMETER,
        /** The name a definition defines: the shape of its result. */
        RESULT
    }

    /**
     * A piece of source with its inferred shape; {@code id} is unique within the file, and
     * {@code meaning} says what a product turned out to be ({@code matmul}, {@code scale}…) or is empty.
     */
    public record ShapedTerm(int id, Role role, SourceRange range, String shape, String meaning) {}

    /** A diagnostic; {@code id} is unique within the file, {@code line} and {@code column} are 1-based. */
    public record Issue(int id, boolean error, String code, String title, String message, String caret,
            String help, List<String> notes, SourceRange range, int line, int column) {
        public Issue {
            notes = List.copyOf(notes);
        }
    }

    /** One generated Java file: its path relative to a source root, and its text. */
    public record JavaSource(String path, String text, boolean test) {}

    /** One generated test's outcome; {@code message} is empty when it passed. */
    public record TestOutcome(String name, boolean passed, double seconds, String message) {}

    /** The generated tests' outcomes, or why there are none ({@code note}). */
    public record TestResults(List<TestOutcome> outcomes, String note) {
        public TestResults {
            outcomes = List.copyOf(outcomes);
        }

        static TestResults notRun(String why) {
            return new TestResults(List.of(), why);
        }

        public long failed() {
            return outcomes.stream().filter(o -> !o.passed()).count();
        }
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(Issue::error);
    }
}
