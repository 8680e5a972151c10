package dev.eqc.maven;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.Diagnostics;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Translates every {@code .eq} file into Java ({@code target/generated-sources/eqc}) and its
 * JUnit 5 test ({@code target/generated-test-sources/eqc}), and adds both folders to the
 * build. Incremental: an input whose content, options and plugin are unchanged since the last
 * run, and whose outputs still exist, is not translated again; the outputs of deleted inputs
 * are removed. On any error nothing is written.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyCollection = ResolutionScope.TEST)
public class GenerateMojo extends AbstractEqcMojo {
    private static final String MAIN = "main/";
    private static final String TEST = "test/";

    /** Where the generated classes go; added as a compile source root. */
    @Parameter(property = "eqc.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/eqc",
            required = true)
    private File outputDirectory;

    /** Where the generated JUnit 5 tests go; added as a test-compile source root. */
    @Parameter(property = "eqc.testOutputDirectory",
            defaultValue = "${project.build.directory}/generated-test-sources/eqc", required = true)
    private File testOutputDirectory;

    /** Generate a JUnit 5 test per class, checking it against eqc's reference interpreter. */
    @Parameter(property = "eqc.generateTests", defaultValue = "true")
    private boolean generateTests;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Override
    protected void run(SourceScanner scanner, List<EqInput> inputs, Precision precision)
            throws MojoExecutionException, MojoFailureException {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        if (generateTests) {
            project.addTestCompileSourceRoot(testOutputDirectory.getAbsolutePath());
        }
        Path stateFile = stateFile();
        BuildState old = BuildState.load(stateFile);
        if (inputs.isEmpty() && old.entries().isEmpty()) {
            getLog().info("eqc: no .eq files in " + scanner.display(scanner.sourceDirectory()));
            return;
        }
        if (!inputs.isEmpty()) {
            RequiredDependencies.missing(project.getArtifacts(), plugin.getVersion(), junitVersion(), generateTests)
                    .forEach(w -> getLog().warn("eqc: " + w));
        }
        try {
            generate(inputs, precision, old, stateFile, scanner);
        } catch (IOException e) {
            throw new MojoExecutionException("eqc: cannot write the generated sources: " + e, e);
        }
    }

    private void generate(List<EqInput> inputs, Precision precision, BuildState old, Path stateFile,
            SourceScanner scanner) throws IOException, MojoFailureException {
        String fingerprint = fingerprint();
        Map<String, BuildState.Entry> previous = fingerprint.equals(old.fingerprint()) ? old.entries() : Map.of();
        Map<String, BuildState.Entry> next = new TreeMap<>();
        Map<EqInput, Snapshot> stale = new LinkedHashMap<>();
        DiagnosticLog log = new DiagnosticLog(getLog());
        for (EqInput input : inputs) {
            try {
                BuildState.Entry fresh = fresh(input, previous.get(input.displayPath()), precision);
                if (fresh != null) {
                    next.put(input.displayPath(), fresh);
                } else {
                    stale.put(input, Snapshot.of(input));
                }
            } catch (SourceReader.UnreadableSourceException e) {
                log.error(e.getMessage());
            }
        }
        Map<String, String> written = new TreeMap<>();
        for (Map.Entry<EqInput, Snapshot> e : stale.entrySet()) {
            EqInput input = e.getKey();
            Snapshot read = e.getValue();
            try {
                Diagnostics own = new Diagnostics();
                List<GeneratedFile> files = EqCompiler.translate(SourceReader.decode(input, read.bytes()),
                        input.options(precision, generateTests), own);
                log.report(own.sorted());
                List<String> outputs = new ArrayList<>();
                for (GeneratedFile f : files) {
                    String name = (f.test() ? TEST : MAIN) + f.relativePath();
                    outputs.add(name);
                    written.put(name, f.source());
                }
                next.put(input.displayPath(), new BuildState.Entry(read.bytes().length, read.modified(),
                        ContentHash.sha256(read.bytes()), options(input, precision), outputs));
            } catch (SourceReader.UnreadableSourceException ex) {
                log.error(ex.getMessage());
            } catch (RuntimeException ex) {
                log.crash(input, ex);
            }
        }
        failOnFindings(log);

        try (OutputFiles out = new OutputFiles(Path.of(project.getBuild().getDirectory()))) {
            for (Map.Entry<String, String> w : written.entrySet()) {
                out.stage(target(w.getKey()), w.getValue());
            }
            out.commit();
        }
        Set<String> keep = new HashSet<>();
        next.values().forEach(e -> keep.addAll(e.outputs()));
        int removed = 0;
        for (BuildState.Entry e : old.entries().values()) {
            for (String o : e.outputs()) {
                if (!keep.contains(o) && Files.exists(target(o))) {
                    OutputFiles.delete(o.startsWith(TEST) ? testOutputDirectory.toPath() : outputDirectory.toPath(),
                            target(o));
                    removed++;
                }
            }
        }
        new BuildState(fingerprint, next).save(stateFile);
        String where = " (" + scanner.display(outputDirectory.toPath()) + ")";
        String cleaned = removed > 0 ? ", " + count(removed, "stale source") + " removed" : "";
        if (stale.isEmpty()) {
            getLog().info("eqc: " + count(inputs.size(), "file") + " up to date" + cleaned + where);
        } else {
            getLog().info("eqc: " + count(stale.size(), "file") + " translated into " + count(written.size(), "source")
                    + ", " + (inputs.size() - stale.size()) + " unchanged" + cleaned + where);
        }
    }

    /** The previous entry brought up to date when the input needs no translation; else null. */
    private BuildState.Entry fresh(EqInput input, BuildState.Entry prev, Precision precision)
            throws SourceReader.UnreadableSourceException {
        if (prev == null || !prev.options().equals(options(input, precision))
                || !prev.outputs().stream().allMatch(o -> Files.isRegularFile(target(o)))) {
            return null;
        }
        long size;
        long modified;
        try {
            size = Files.size(input.file());
            modified = Files.getLastModifiedTime(input.file()).toMillis();
        } catch (IOException e) {
            return null;
        }
        if (size == prev.size() && modified == prev.modified()) {
            return prev;
        }
        // Touched but perhaps not changed (a checkout, a copy): the content decides.
        byte[] bytes = SourceReader.bytes(input);
        if (!ContentHash.sha256(bytes).equals(prev.sha256())) {
            return null;
        }
        return new BuildState.Entry(size, modified, prev.sha256(), prev.options(), prev.outputs());
    }

    /**
     * An input's bytes and the modification time read before them, so an edit made while the
     * build runs shows as a change next time.
     */
    private record Snapshot(byte[] bytes, long modified) {
        static Snapshot of(EqInput input) throws SourceReader.UnreadableSourceException {
            long modified;
            try {
                modified = Files.getLastModifiedTime(input.file()).toMillis();
            } catch (IOException e) {
                modified = -1;
            }
            return new Snapshot(SourceReader.bytes(input), modified);
        }
    }

    /** Everything besides the text that decides what an input generates. */
    private String options(EqInput input, Precision precision) {
        return input.qualifiedName() + ";" + precision + ";" + (generateTests ? "tests" : "no-tests");
    }

    private Path target(String output) {
        return output.startsWith(TEST)
                ? testOutputDirectory.toPath().resolve(output.substring(TEST.length()))
                : outputDirectory.toPath().resolve(output.substring(MAIN.length()));
    }

    /** One state file per execution, so two executions with different settings do not fight. */
    private Path stateFile() {
        String id = execution.getExecutionId();
        String name = id == null || id.equals("default") ? "eqc-state.properties" : "eqc-state-" + id + ".properties";
        return Path.of(project.getBuild().getDirectory(), name);
    }

    private String fingerprint() {
        List<Artifact> jars = new ArrayList<>(plugin.getArtifacts());
        jars.add(plugin.getPluginArtifact());
        return fingerprint(plugin.getVersion(), jars);
    }

    /**
     * The plugin that generated the outputs. A snapshot's version stays the same while its code
     * changes, so for snapshots the size and time stamp of eqc's own jars count too.
     */
    static String fingerprint(String version, List<Artifact> pluginArtifacts) {
        StringBuilder b = new StringBuilder(version);
        if (version.endsWith("-SNAPSHOT")) {
            Map<String, File> jars = new TreeMap<>();
            for (Artifact a : pluginArtifacts) {
                if (a != null && RequiredDependencies.GROUP.equals(a.getGroupId()) && a.getFile() != null) {
                    jars.put(a.getArtifactId(), a.getFile());
                }
            }
            jars.forEach((id, f) -> b.append(';').append(id).append('@').append(f.length()).append(':')
                    .append(f.lastModified()));
        }
        return b.toString();
    }

    private String junitVersion() {
        Properties p = new Properties();
        try (InputStream in = GenerateMojo.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // only a suggestion in a warning
        }
        return p.getProperty("junit.version", "5.14.4");
    }
}
