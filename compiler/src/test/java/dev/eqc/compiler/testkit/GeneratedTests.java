package dev.eqc.compiler.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.run.InMemoryJavaCompiler;
import dev.eqc.compiler.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Translates a file with its tests, compiles both in memory, loads the class and runs the tests. */
public final class GeneratedTests {
    private GeneratedTests() {}

    /** The generated files of {@code text}, which must translate without errors. */
    public static List<GeneratedFile> translate(String fileName, String text, Options options) {
        Diagnostics diagnostics = new Diagnostics();
        List<GeneratedFile> files = EqCompiler.translate(new SourceFile(fileName, text), options, diagnostics);
        assertFalse(diagnostics.hasErrors(), () -> "must translate: " + diagnostics.all());
        assertEquals(2, files.size(), "a class and its test");
        return files;
    }

    /**
     * Compiles the class and its test, initialises the class and runs every generated test;
     * fails unless they all pass. Returns how many ran.
     */
    public static long compileAndPass(List<GeneratedFile> files) throws Exception {
        List<Path> junit = List.of(
                Path.of(InMemoryJavaCompiler.codeSource(org.junit.jupiter.api.Test.class)),
                Path.of(InMemoryJavaCompiler.codeSource(org.opentest4j.AssertionFailedError.class)),
                Path.of(InMemoryJavaCompiler.codeSource(org.apiguardian.api.API.class)));
        ClassLoader loader = InMemoryJavaCompiler.compile(files, junit, GeneratedTests.class.getClassLoader());
        Class.forName(files.get(0).qualifiedName(), true, loader);
        Class<?> tests = loader.loadClass(files.get(1).qualifiedName());
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(tests))
                .build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        StringBuilder failures = new StringBuilder();
        summary.getFailures().forEach(x -> failures.append(x.getTestIdentifier().getDisplayName()).append(": ")
                .append(x.getException()).append('\n'));
        assertEquals(0, summary.getTotalFailureCount(), failures::toString);
        assertTrue(summary.getTestsSucceededCount() >= 1, "the generated tests ran");
        assertEquals(summary.getTestsFoundCount(), summary.getTestsSucceededCount());
        return summary.getTestsSucceededCount();
    }
}
