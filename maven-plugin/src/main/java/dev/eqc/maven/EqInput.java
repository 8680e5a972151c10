package dev.eqc.maven;

import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import java.nio.file.Path;

/**
 * One {@code .eq} file of the project and the class it becomes.
 *
 * @param file the file on disk
 * @param displayPath its path relative to the project base directory, with {@code /}, as
 *     diagnostics name it ({@code src/main/eqc/com/acme/attention.eq})
 * @param packageName the Java package of the generated class (empty for none)
 * @param className the simple name of the generated class
 */
record EqInput(Path file, String displayPath, String packageName, String className) {
    Options options(Precision precision, boolean generateTests) {
        return new Options(className, packageName, precision, generateTests);
    }

    /** {@code com.acme.Attention}. */
    String qualifiedName() {
        return packageName.isEmpty() ? className : packageName + "." + className;
    }
}
