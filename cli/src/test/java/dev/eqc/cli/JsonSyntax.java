package dev.eqc.cli;

/** A strict JSON syntax check (RFC 8259), for tests that require one valid document on standard output. */
final class JsonSyntax {
    private final String s;
    private int i;

    private JsonSyntax(String s) {
        this.s = s;
    }

    /** Throws {@link IllegalArgumentException} unless {@code text} is exactly one JSON value. */
    static void requireOneDocument(String text) {
        JsonSyntax p = new JsonSyntax(text);
        p.space();
        p.value();
        p.space();
        if (p.i != text.length()) {
            throw p.error("text after the document");
        }
    }

    private void value() {
        space();
        if (i >= s.length()) {
            throw error("expected a value");
        }
        char c = s.charAt(i);
        switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void object() {
        i++;
        space();
        if (peek('}')) {
            i++;
            return;
        }
        while (true) {
            space();
            string();
            space();
            expect(':');
            value();
            space();
            if (peek(',')) {
                i++;
                continue;
            }
            expect('}');
            return;
        }
    }

    private void array() {
        i++;
        space();
        if (peek(']')) {
            i++;
            return;
        }
        while (true) {
            value();
            space();
            if (peek(',')) {
                i++;
                continue;
            }
            expect(']');
            return;
        }
    }

    private void string() {
        expect('"');
        while (i < s.length() && s.charAt(i) != '"') {
            char c = s.charAt(i);
            if (c < 0x20) {
                throw error("raw control character in a string");
            }
            if (c == '\\') {
                i++;
                if (i >= s.length() || "\"\\/bfnrtu".indexOf(s.charAt(i)) < 0) {
                    throw error("bad escape");
                }
                if (s.charAt(i) == 'u') {
                    if (i + 4 >= s.length() || !s.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        throw error("bad \\u escape");
                    }
                    i += 4;
                }
            }
            i++;
        }
        expect('"');
    }

    private void number() {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (!s.substring(start, i).matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw error("bad number '" + s.substring(start, i) + "'");
        }
    }

    private void literal(String word) {
        if (!s.startsWith(word, i)) {
            throw error("expected " + word);
        }
        i += word.length();
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        i++;
    }

    private boolean peek(char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    private void space() {
        while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
    }

    private IllegalArgumentException error(String what) {
        int from = Math.max(0, i - 40);
        return new IllegalArgumentException(what + " at " + i + ": …" + s.substring(from, Math.min(s.length(), i + 40)));
    }
}
