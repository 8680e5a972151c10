package dev.eqc.maven;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A Maven include/exclude pattern ({@code **}{@code /*.eq}, {@code legacy/**}) matched against
 * a {@code /}-separated path relative to the source directory. {@code **} spans folders,
 * {@code *} and {@code ?} stay within one, and a leading {@code **}{@code /} also matches no
 * folder at all, as in Maven.
 */
final class AntPattern {
    private final Pattern regex;

    AntPattern(String pattern) {
        String p = pattern.trim().replace('\\', '/');
        if (p.endsWith("/")) {
            p = p + "**";
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            if (p.startsWith("**/", i)) {
                b.append("(?:.*/)?");
                i += 3;
            } else if (p.startsWith("**", i)) {
                b.append(".*");
                i += 2;
            } else {
                char c = p.charAt(i++);
                switch (c) {
                    case '*' -> b.append("[^/]*");
                    case '?' -> b.append("[^/]");
                    default -> b.append(Pattern.quote(String.valueOf(c)));
                }
            }
        }
        regex = Pattern.compile(b.toString());
    }

    boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    static boolean anyMatches(List<AntPattern> patterns, String relativePath) {
        return patterns.stream().anyMatch(p -> p.matches(relativePath));
    }
}
