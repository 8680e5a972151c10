package dev.eqc.cli;

import java.util.List;
import java.util.Locale;

/**
 * Test results in the XML format Maven Surefire writes ({@code TEST-*.xml}), which Jenkins,
 * GitLab, GitHub test reporters and most CI systems read: a {@code testsuite} per class with a
 * {@code testcase} per test and a {@code failure} for each that failed.
 */
final class JUnitXml {
    private JUnitXml() {}

    /** Every suite in one {@code <testsuites>} document. */
    static String document(List<TestRun.Suite> suites) {
        long tests = suites.stream().mapToLong(s -> s.results().size()).sum();
        long failures = suites.stream().mapToLong(TestRun.Suite::failed).sum();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuites name=\"eqc\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" time=\"").append(seconds(suites.stream().mapToDouble(TestRun.Suite::seconds).sum()))
                .append("\">\n");
        suites.forEach(s -> suite(b, s, "  "));
        return b.append("</testsuites>\n").toString();
    }

    /** One suite as its own document, as Surefire writes {@code TEST-<class>.xml}. */
    static String suiteDocument(TestRun.Suite s) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        suite(b, s, "");
        return b.toString();
    }

    private static void suite(StringBuilder b, TestRun.Suite s, String indent) {
        b.append(indent).append("<testsuite name=\"").append(attr(s.className())).append("\" tests=\"")
                .append(s.results().size()).append("\" failures=\"").append(s.failed())
                .append("\" errors=\"0\" skipped=\"0\" time=\"").append(seconds(s.seconds())).append("\" file=\"")
                .append(attr(s.file())).append("\">\n");
        for (TestRun.Result r : s.results()) {
            b.append(indent).append("  <testcase name=\"").append(attr(r.name())).append("\" classname=\"")
                    .append(attr(s.className())).append("\" time=\"").append(seconds(r.seconds())).append('"');
            if (r.passed()) {
                b.append("/>\n");
                continue;
            }
            b.append(">\n").append(indent).append("    <failure message=\"").append(attr(r.message()))
                    .append("\" type=\"").append(attr(r.type())).append("\">").append(text(r.trace()))
                    .append("</failure>\n").append(indent).append("  </testcase>\n");
        }
        b.append(indent).append("</testsuite>\n");
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** Text content: the markup characters escaped, and characters XML 1.0 cannot hold dropped. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        b.appendCodePoint(c);
                    } else {
                        b.append('\uFFFD');
                    }
                }
            }
        });
        return b.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }
}
