package dev.eqc.cli;

import dev.eqc.compiler.diag.TerminalText;
import java.util.List;

/** Failed tests as GitHub Actions workflow annotations, one {@code ::error} line each, on the test's file. */
final class GithubAnnotations {
    private GithubAnnotations() {}

    static String of(List<TestRun.Suite> suites) {
        StringBuilder b = new StringBuilder();
        for (TestRun.Suite s : suites) {
            for (TestRun.Result r : s.results()) {
                if (!r.passed()) {
                    b.append("::error file=").append(property(s.file())).append(",title=")
                            .append(property(s.className() + " > " + r.name())).append("::")
                            .append(data(r.message())).append('\n');
                }
            }
            b.append("::notice file=").append(property(s.file())).append("::").append(data(s.passed() + " passed, "
                    + s.failed() + " failed")).append('\n');
        }
        return b.toString();
    }

    private static String data(String s) {
        return TerminalText.safe(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
