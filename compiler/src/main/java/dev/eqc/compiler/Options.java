package dev.eqc.compiler;

/**
 * What a translation produces: the class name (also the name of a bare expression's
 * result), its package (empty for none), the tensor precision, whether to emit tests, and the
 * scalar definition whose value and gradients {@code --grad} asks for (null for none).
 */
public record Options(String className, String packageName, Precision precision, boolean generateTests,
        String gradientOf) {
    public Options {
        packageName = packageName == null ? "" : packageName;
        precision = precision == null ? Precision.FLOAT : precision;
    }

    public Options(String className, String packageName, Precision precision, boolean generateTests) {
        this(className, packageName, precision, generateTests, null);
    }

    public static Options forClass(String className) {
        return new Options(className, "", Precision.FLOAT, true);
    }

    public Options withPackage(String p) {
        return new Options(className, p, precision, generateTests, gradientOf);
    }

    public Options withPrecision(Precision p) {
        return new Options(className, packageName, p, generateTests, gradientOf);
    }

    /** These options asking for the value and gradients of the definition {@code loss} ({@code --grad}). */
    public Options withGradientOf(String loss) {
        return new Options(className, packageName, precision, generateTests, loss);
    }
}
