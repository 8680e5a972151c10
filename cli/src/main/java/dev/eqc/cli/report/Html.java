package dev.eqc.cli.report;

import java.util.regex.Pattern;

/**
 * A small HTML (and inline SVG) writer. Text and attribute values always go through
 * {@link #escape}, the one function that makes text from a {@code .eq} file safe in the page;
 * tag and attribute names are this package's constants, and only this package's own assets are
 * written unescaped ({@link #trusted}).
 */
final class Html {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private final StringBuilder out = new StringBuilder();

    /**
     * {@code s} as HTML text or a quoted attribute value: {@code & < > " '} as character
     * references, and characters HTML forbids or that could confuse a reader (C0 and C1 controls
     * other than tab, line feed and carriage return, unpaired surrogates, noncharacters) as U+FFFD.
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || forbidden(c)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF;
    }

    /** {@code <tag name="value"…>}; attributes as name, value pairs, a null value leaving the attribute out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(name(tag));
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(name(attributes[i])).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Markup another writer built (so already escaped). */
    Html append(Html other) {
        out.append(other.out);
        return this;
    }

    /**
     * This package's own markup or asset, never text from a {@code .eq} file. {@code closing} is the
     * end tag of the element it goes into ({@code </script>}), which it must not contain.
     */
    Html trusted(String content, String closing) {
        if (content.toLowerCase(java.util.Locale.ROOT).contains(closing.toLowerCase(java.util.Locale.ROOT)
                .substring(0, closing.length() - 1))) {
            throw new IllegalStateException("asset contains " + closing);
        }
        out.append(content);
        return this;
    }

    private static String name(String n) {
        if (!NAME.matcher(n).matches()) {
            throw new IllegalArgumentException("not a tag or attribute name: " + n);
        }
        return n;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
