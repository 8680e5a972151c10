package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.run.InMemoryJavaCompiler;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Every example, translated with its tests, compiles against the runtime and junit-jupiter
 * alone, and its generated tests pass — in both precisions.
 */
class GeneratedTestsPassTest {
    static Stream<Arguments> examples() {
        return Examples.all().flatMap(p -> Stream.of(Arguments.of(p, Precision.FLOAT), Arguments.of(p, Precision.DOUBLE)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void generatedTestsCompileAndPass(Path example, Precision precision) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Options options = new Options(Examples.className(example), "gen.examples", precision, true);
        List<GeneratedFile> files = EqCompiler.translate(Examples.read(example), options, diagnostics);
        assertFalse(diagnostics.hasErrors(), () -> diagnostics.all().toString());
        assertEquals(2, files.size());

        List<Path> junit = List.of(
                Path.of(InMemoryJavaCompiler.codeSource(org.junit.jupiter.api.Test.class)),
                Path.of(InMemoryJavaCompiler.codeSource(org.opentest4j.AssertionFailedError.class)),
                Path.of(InMemoryJavaCompiler.codeSource(org.apiguardian.api.API.class)));
        ClassLoader loader = InMemoryJavaCompiler.compile(files, junit, getClass().getClassLoader());
        Class<?> testClass = loader.loadClass(files.get(1).qualifiedName());

        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(testClass))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        StringBuilder failures = new StringBuilder();
        summary.getFailures().forEach(f -> failures.append(f.getTestIdentifier().getDisplayName()).append(": ")
                .append(f.getException()).append('\n'));
        assertEquals(0, summary.getTotalFailureCount(), failures::toString);
        assertTrue(summary.getTestsSucceededCount() >= 2, "generated tests ran: " + summary.getTestsFoundCount());
        assertEquals(summary.getTestsFoundCount(), summary.getTestsSucceededCount());
    }
}
