package dev.eqc.runtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the Python literal in a .npy header: a dict of strings, booleans, integers, None, and
 * tuples or lists of these. Values come back as String, Boolean, Long, null, List and Map.
 * Errors are {@link IOException}s because they mean the file is malformed.
 */
final class PythonLiteralParser {
  private final String text;
  private int pos;

  private PythonLiteralParser(String text) {
    this.text = text;
  }

  /** The dict that makes up the whole of {@code text}, apart from surrounding whitespace. */
  static Map<String, Object> parseDict(String text) throws IOException {
    PythonLiteralParser p = new PythonLiteralParser(text);
    p.skipSpace();
    if (!p.peekIs('{')) {
      throw p.error("expected '{'");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> dict = (Map<String, Object>) p.value();
    p.skipSpace();
    if (p.pos != text.length()) {
      throw p.error("unexpected text after the header dict");
    }
    return dict;
  }

  /** Deepest nesting read; a real header nests two deep (the dict, its shape tuple). */
  static final int MAX_DEPTH = 32;
  private int depth;

  private Object value() throws IOException {
    if (++depth > MAX_DEPTH) {
      throw error("values nested more than " + MAX_DEPTH + " deep");
    }
    try {
      return valueHere();
    } finally {
      depth--;
    }
  }

  private Object valueHere() throws IOException {
    skipSpace();
    if (pos >= text.length()) {
      throw error("expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '\'':
      case '"':
        return string(c);
      case '(':
        return sequence(')');
      case '[':
        return sequence(']');
      case '{':
        return dict();
      default:
        if (c == '-' || Character.isDigit(c)) {
          return integer();
        }
        return keyword();
    }
  }

  private Map<String, Object> dict() throws IOException {
    expect('{');
    Map<String, Object> map = new LinkedHashMap<>();
    while (!consumeIf('}')) {
      Object key = value();
      if (!(key instanceof String)) {
        throw error("expected a string key");
      }
      expect(':');
      map.put((String) key, value());
      if (!consumeIf(',')) {
        expect('}');
        break;
      }
    }
    return map;
  }

  private List<Object> sequence(char close) throws IOException {
    pos++; // the opening bracket
    List<Object> items = new ArrayList<>();
    while (!consumeIf(close)) {
      items.add(value());
      if (!consumeIf(',')) {
        expect(close);
        break;
      }
    }
    return items;
  }

  private String string(char quote) throws IOException {
    int end = text.indexOf(quote, pos + 1);
    if (end < 0) {
      throw error("unterminated string");
    }
    String s = text.substring(pos + 1, end);
    pos = end + 1;
    return s;
  }

  private Long integer() throws IOException {
    int start = pos;
    if (text.charAt(pos) == '-') {
      pos++;
    }
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    String digits = text.substring(start, pos);
    if (pos < text.length() && text.charAt(pos) == 'L') {
      pos++; // Python 2 long suffix, written by old NumPy versions: "(3L,)"
    }
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw error("bad integer '" + digits + "'");
    }
  }

  private Object keyword() throws IOException {
    for (String word : new String[] {"True", "False", "None"}) {
      if (text.startsWith(word, pos)) {
        pos += word.length();
        return word.equals("None") ? null : Boolean.valueOf(word.equals("True"));
      }
    }
    throw error("unexpected character '" + text.charAt(pos) + "'");
  }

  private void expect(char c) throws IOException {
    if (!consumeIf(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private boolean consumeIf(char c) {
    skipSpace();
    if (peekIs(c)) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean peekIs(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private IOException error(String what) {
    return new IOException("malformed .npy header: " + what + " at position " + pos + " in "
        + text.strip());
  }
}
