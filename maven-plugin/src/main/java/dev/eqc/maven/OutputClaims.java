package dev.eqc.maven;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Catches two inputs whose generated files would be one file or one class before anything is
 * written, so neither silently overwrites the other: the same name, names that differ only in
 * case (one file on macOS and Windows), or a main class and a test class of the same name (one
 * class on the test class path, e.g. {@code attention_test.eq}'s {@code AttentionTest} and
 * {@code attention.eq}'s test).
 */
final class OutputClaims {
    /** An output and the input it comes from. */
    private record Claim(String input, String output) {}

    private final Map<String, Claim> byClass = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> clashing = new HashSet<>();

    /** Records that {@code input} (a display path) generates {@code output} ({@code main/com/acme/Attention.java}). */
    void claim(String input, String output) {
        Claim mine = new Claim(input, output);
        Claim first = byClass.putIfAbsent(classKey(output), mine);
        if (first == null || first.input().equals(input)) {
            return;
        }
        clashing.add(first.input());
        clashing.add(input);
        String how;
        if (first.output().equals(output)) {
            how = "which " + first.input() + " generates too";
        } else if (withoutRoot(first.output()).equals(withoutRoot(output))) {
            how = "the same class as " + first.input() + "'s " + first.output() + " (main and test classes share"
                    + " the test class path)";
        } else {
            how = "a name that differs only in case from " + first.input() + "'s " + first.output()
                    + " (one file where file names ignore case, as on macOS and Windows)";
        }
        problems.add(input + ": error: generates " + output + ", " + how + "; rename one of the inputs");
    }

    /** One complete error line per clash, naming both inputs; empty when there is none. */
    List<String> problems() {
        return problems;
    }

    /** The inputs named in {@link #problems}. */
    Set<String> clashing() {
        return clashing;
    }

    /** {@code main/com/acme/Attention.java} → {@code com/acme/Attention.java}. */
    private static String withoutRoot(String output) {
        return output.substring(output.indexOf('/') + 1);
    }

    /** {@code main/com/acme/Attention.java} → {@code com/acme/attention}: main and test share the class path. */
    private static String classKey(String output) {
        String rest = withoutRoot(output);
        if (rest.endsWith(".java")) {
            rest = rest.substring(0, rest.length() - 5);
        }
        return rest.toLowerCase(Locale.ROOT);
    }
}
