package dev.eqc.compiler.run;

/**
 * Matches a name typed on the command line to a LaTeX name (SPEC 4): spacing and braces
 * around single characters do not matter, and the Java name works too.
 */
public final class SymbolNames {
    private SymbolNames() {}

    public static String normalise(String latex) {
        String s = latex.replaceAll("\\s+", "");
        String previous;
        do {
            previous = s;
            s = s.replaceAll("\\{(\\\\?[A-Za-z0-9])\\}", "$1");
        } while (!s.equals(previous));
        return s.replaceAll("\\\\(mathbf|boldsymbol|bm|vec|mathrm|operatorname|text)", "");
    }

    public static boolean matches(String typed, String latex, String javaName) {
        return typed.equals(javaName) || normalise(typed).equals(normalise(latex));
    }
}
