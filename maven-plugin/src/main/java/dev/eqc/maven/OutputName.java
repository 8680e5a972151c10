package dev.eqc.maven;

import javax.lang.model.SourceVersion;

/**
 * Decides whether a name relative to an output directory can be a file eqc generates:
 * {@code com/acme/Attention.java}, each folder a Java identifier, the file a Java identifier
 * plus {@code .java}.
 *
 * <p>Names come from the state file under {@code target/} (which anyone who can write there can
 * edit) and from the compiler; both are checked the same way before any path is built from
 * them, so no name can be absolute, climb out with {@code ..}, or point at anything but a Java
 * source.
 */
final class OutputName {
    private static final String JAVA = ".java";

    private OutputName() {}

    /** Null when {@code name} is a well-formed generated-source name, else why it is not. */
    static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "the name is empty";
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            // Java counts some control characters as identifier parts; a file name never needs them,
            // and they would garble the log lines that quote the name.
            return "it contains a control character";
        }
        if (name.indexOf('\\') >= 0) {
            // A separator on Windows, and never part of a generated name anywhere.
            return "it contains a backslash";
        }
        if (name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':')) {
            return "it is an absolute path";
        }
        String[] segments = name.split("/", -1);
        for (String s : segments) {
            if (s.isEmpty()) {
                return "it has an empty path segment";
            }
            if (s.equals("..") || s.equals(".")) {
                return "it has a '" + s + "' segment";
            }
        }
        String file = segments[segments.length - 1];
        if (!file.endsWith(JAVA)) {
            return "it is not a .java file";
        }
        for (int i = 0; i < segments.length - 1; i++) {
            if (!identifier(segments[i])) {
                return "folder '" + segments[i] + "' is not a Java package name";
            }
        }
        if (!identifier(file.substring(0, file.length() - JAVA.length()))) {
            return "'" + file + "' is not named after a Java class";
        }
        return null;
    }

    /** One identifier, no dots: {@code SourceVersion.isName} alone would let {@code a.b} pass. */
    private static boolean identifier(String s) {
        return SourceVersion.isIdentifier(s) && !SourceVersion.isKeyword(s);
    }
}
