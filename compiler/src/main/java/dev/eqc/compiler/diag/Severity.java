package dev.eqc.compiler.diag;

/** How bad a diagnostic is: errors stop compilation after their pass, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
