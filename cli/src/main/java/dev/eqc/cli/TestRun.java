package dev.eqc.cli;

import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.run.InMemoryJavaCompiler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Compiles a generated class and its test in memory and runs the test on the JUnit Platform. */
final class TestRun {
    /** One test's outcome; {@code message} and {@code trace} are empty when it passed. */
    record Result(String name, boolean passed, double seconds, String message, String type, String trace) {}

    /** The tests of one generated class, from one {@code .eq} file. */
    record Suite(String file, String className, List<Result> results, double seconds) {
        long passed() {
            return results.stream().filter(Result::passed).count();
        }

        long failed() {
            return results.size() - passed();
        }
    }

    private TestRun() {}

    static Suite run(String file, List<GeneratedFile> generated) throws InMemoryJavaCompiler.CompilationFailed {
        List<Path> junit = List.of(
                Path.of(InMemoryJavaCompiler.codeSource(org.junit.jupiter.api.Test.class)),
                Path.of(InMemoryJavaCompiler.codeSource(org.opentest4j.AssertionFailedError.class)),
                Path.of(InMemoryJavaCompiler.codeSource(org.apiguardian.api.API.class)));
        ClassLoader loader = InMemoryJavaCompiler.compile(generated, junit, TestRun.class.getClassLoader());
        GeneratedFile test = generated.stream().filter(GeneratedFile::test).findFirst().orElseThrow();
        Class<?> testClass;
        try {
            testClass = loader.loadClass(test.qualifiedName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("generated test class not found: " + e.getMessage(), e);
        }
        Map<String, Long> started = new LinkedHashMap<>();
        List<Result> results = new ArrayList<>();
        long begin = System.nanoTime();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(testClass)).build(), new TestExecutionListener() {
                    @Override
                    public void executionStarted(TestIdentifier id) {
                        if (id.isTest()) {
                            started.put(id.getUniqueId(), System.nanoTime());
                        }
                    }

                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (!id.isTest()) {
                            return;
                        }
                        double seconds = (System.nanoTime() - started.getOrDefault(id.getUniqueId(), System.nanoTime()))
                                / 1e9;
                        Throwable t = result.getThrowable().orElse(null);
                        boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
                        results.add(new Result(id.getDisplayName(), passed, seconds,
                                t == null ? (passed ? "" : result.getStatus().toString()) : String.valueOf(t.getMessage()),
                                t == null ? "" : t.getClass().getName(), t == null ? "" : trace(t)));
                    }
                });
        String simple = test.className().substring(0, test.className().length() - "Test".length());
        return new Suite(file, simple, results, (System.nanoTime() - begin) / 1e9);
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
