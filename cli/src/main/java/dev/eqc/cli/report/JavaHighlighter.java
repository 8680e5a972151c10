package dev.eqc.cli.report;

import java.util.Set;

/**
 * Highlights Java source as HTML: a small tokenizer that marks keywords, type names (capitalised
 * identifiers), string and character literals, comments, numbers and annotations with
 * {@code <span class="tok-…">}; every token's text is escaped by {@link Html}.
 */
final class JavaHighlighter {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "var", "record", "yield", "sealed", "permits", "true", "false", "null");

    private JavaHighlighter() {}

    static Html highlight(String source) {
        Html html = new Html();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            int end;
            String kind;
            if (source.startsWith("//", i)) {
                end = lineEnd(source, i);
                kind = "com";
            } else if (source.startsWith("/*", i)) {
                int close = source.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
                kind = "com";
            } else if (source.startsWith("\"\"\"", i)) {
                int close = source.indexOf("\"\"\"", i + 3);
                end = close < 0 ? n : close + 3;
                kind = "str";
            } else if (c == '"' || c == '\'') {
                end = quoted(source, i, c);
                kind = "str";
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(source.charAt(i + 1)))) {
                end = number(source, i);
                kind = "num";
            } else if (c == '@' && i + 1 < n && Character.isJavaIdentifierStart(source.charAt(i + 1))) {
                end = identifier(source, i + 1);
                kind = "ann";
            } else if (Character.isJavaIdentifierStart(c)) {
                end = identifier(source, i);
                String word = source.substring(i, end);
                kind = KEYWORDS.contains(word) ? "kw" : Character.isUpperCase(c) ? "type" : "";
            } else {
                end = i + 1;
                kind = "";
            }
            String token = source.substring(i, end);
            if (kind.isEmpty()) {
                html.text(token);
            } else {
                html.element("span", token, "class", "tok-" + kind);
            }
            i = end;
        }
        return html;
    }

    private static int lineEnd(String s, int i) {
        int end = i;
        while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private static int quoted(String s, int i, char quote) {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != quote && s.charAt(j) != '\n') {
            j += s.charAt(j) == '\\' ? 2 : 1;
        }
        return j < s.length() && s.charAt(j) == quote ? j + 1 : Math.min(j, s.length());
    }

    private static int number(String s, int i) {
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            boolean sign = (c == '+' || c == '-') && j > i && "eEpP".indexOf(s.charAt(j - 1)) >= 0
                    && !s.startsWith("0x", i) && !s.startsWith("0X", i);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || sign) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static int identifier(String s, int i) {
        int j = i + 1;
        while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
            j++;
        }
        return j;
    }
}
