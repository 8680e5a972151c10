package dev.eqc.compiler.codegen;

/** One generated Java source: its package, simple class name and text. */
public record GeneratedFile(String packageName, String className, String source, boolean test) {
    /** {@code com/acme/Attention.java}. */
    public String relativePath() {
        String dir = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
        return dir + className + ".java";
    }

    public String qualifiedName() {
        return packageName.isEmpty() ? className : packageName + "." + className;
    }
}
