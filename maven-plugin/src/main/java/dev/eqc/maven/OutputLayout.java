package dev.eqc.maven;

import dev.eqc.compiler.codegen.GeneratedFile;

/**
 * The two output directories and the names the state file gives their files:
 * {@code main/com/acme/Attention.java} lies in {@code outputDirectory},
 * {@code test/com/acme/AttentionTest.java} in {@code testOutputDirectory}.
 */
final class OutputLayout {
    private static final String MAIN = "main/";
    private static final String TEST = "test/";

    private final OutputRoot main;
    private final OutputRoot test;

    OutputLayout(OutputRoot main, OutputRoot test) {
        this.main = main;
        this.test = test;
    }

    /** A file in one of the roots, named relative to it. */
    record Located(OutputRoot root, String relative) {}

    /** The state-file name of a generated file. */
    static String name(GeneratedFile f) {
        return (f.test() ? TEST : MAIN) + f.relativePath();
    }

    /** Which root {@code name} belongs to, and its name there; nothing on disk is looked at. */
    Located locate(String name) throws UnsafePathException {
        if (name.startsWith(MAIN)) {
            return new Located(main, name.substring(MAIN.length()));
        }
        if (name.startsWith(TEST)) {
            return new Located(test, name.substring(TEST.length()));
        }
        throw new UnsafePathException("'" + LogText.of(name) + "' names neither main/ nor test/");
    }

    OutputRoot main() {
        return main;
    }

    OutputRoot test() {
        return test;
    }
}
