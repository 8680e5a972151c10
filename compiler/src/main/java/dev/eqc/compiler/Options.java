package dev.eqc.compiler;

/**
 * What a translation produces: the class name (also the name of a bare expression's
 * result), its package (empty for none), the tensor precision, and whether to emit tests.
 */
public record Options(String className, String packageName, Precision precision, boolean generateTests) {
    public Options {
        packageName = packageName == null ? "" : packageName;
        precision = precision == null ? Precision.FLOAT : precision;
    }

    public static Options forClass(String className) {
        return new Options(className, "", Precision.FLOAT, true);
    }

    public Options withPackage(String p) {
        return new Options(className, p, precision, generateTests);
    }

    public Options withPrecision(Precision p) {
        return new Options(className, packageName, p, generateTests);
    }
}
