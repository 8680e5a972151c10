package dev.eqc.maven;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.Diagnostics;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
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
        Function<Path, String> display = scanner::display;
        OutputLayout layout = new OutputLayout(new OutputRoot(outputDirectory.toPath(), display),
                new OutputRoot(testOutputDirectory.toPath(), display));
        int leftovers = WorkFiles.sweep(Path.of(project.getBuild().getDirectory()),
                List.of(layout.main().dir(), layout.test().dir()), display, this::warn);
        if (leftovers > 0) {
            getLog().info("eqc: removed " + count(leftovers, "temporary file") + " left by an interrupted build");
        }
        Path stateFile = stateFile();
        BuildState.Loaded loaded = BuildState.load(stateFile, display);
        if (loaded.problem() != null) {
            warn("eqc: ignoring the build state " + display.apply(stateFile) + " because " + loaded.problem()
                    + "; translating every input again");
        }
        BuildState old = loaded.state();
        if (inputs.isEmpty() && old.entries().isEmpty()) {
            getLog().info("eqc: no .eq files in " + scanner.display(scanner.sourceDirectory()));
            return;
        }
        if (!inputs.isEmpty()) {
            RequiredDependencies.missing(project.getArtifacts(), plugin.getVersion(), junitVersion(), generateTests)
                    .forEach(w -> getLog().warn("eqc: " + w));
        }
        generate(inputs, precision, old, stateFile, layout, display);
    }

    private void generate(List<EqInput> inputs, Precision precision, BuildState old, Path stateFile,
            OutputLayout layout, Function<Path, String> display) throws MojoExecutionException, MojoFailureException {
        String fingerprint = fingerprint();
        Map<String, BuildState.Entry> previous = fingerprint.equals(old.fingerprint()) ? old.entries() : Map.of();
        Map<String, BuildState.Entry> next = new TreeMap<>();
        Map<String, EqInput> fresh = new LinkedHashMap<>();
        List<EqInput> stale = new ArrayList<>();
        DiagnosticLog log = new DiagnosticLog(getLog());
        for (EqInput input : inputs) {
            try {
                BuildState.Entry up = fresh(input, previous.get(input.displayPath()), precision, layout);
                if (up != null) {
                    next.put(input.displayPath(), up);
                    fresh.put(input.displayPath(), input);
                } else {
                    stale.add(input);
                }
            } catch (SourceReader.UnreadableSourceException e) {
                log.error(e.getMessage());
            }
        }
        Map<String, String> written = new TreeMap<>();
        translate(stale, precision, next, written, log);
        OutputClaims claims = claims(next);
        // An entry the state calls up to date but whose recorded outputs clash with another
        // input's is not trusted: its input is translated, and only real clashes are errors.
        List<EqInput> doubtful = fresh.values().stream().filter(i -> claims.clashing().contains(i.displayPath())).toList();
        if (!doubtful.isEmpty()) {
            doubtful.forEach(i -> next.remove(i.displayPath()));
            translate(doubtful, precision, next, written, log);
            stale.addAll(doubtful);
        }
        claims(next).problems().forEach(log::error);
        failOnFindings(log);

        int rewritten;
        try (OutputFiles out = new OutputFiles(display, this::warn)) {
            for (Map.Entry<String, String> w : written.entrySet()) {
                OutputLayout.Located at = layout.locate(w.getKey());
                out.stage(at.root(), at.relative(), w.getValue());
            }
            out.commit();
            rewritten = out.written();
        } catch (IOException e) {
            throw new MojoExecutionException("eqc: cannot write the generated sources: " + IoErrors.describe(e, display), e);
        }
        int removed = removeStale(old, next, layout, stateFile, display);
        try {
            new BuildState(fingerprint, next).save(stateFile);
        } catch (IOException e) {
            warn("eqc: cannot save the build state " + display.apply(stateFile) + " (" + IoErrors.describe(e, display)
                    + "); the next build translates every input again");
        }
        String where = " (" + display.apply(outputDirectory.toPath()) + ")";
        String cleaned = removed > 0 ? ", " + count(removed, "stale source") + " removed" : "";
        if (stale.isEmpty()) {
            getLog().info("eqc: " + count(inputs.size(), "file") + " up to date" + cleaned + where);
        } else {
            getLog().info("eqc: " + count(stale.size(), "file") + " translated into " + count(written.size(), "source")
                    + ", " + (inputs.size() - stale.size()) + " unchanged" + cleaned + where);
        }
        getLog().debug("eqc: " + count(rewritten, "source") + " written, the others were unchanged");
    }

    /** Translates {@code inputs}, adding their entries to {@code next} and their sources to {@code written}. */
    private void translate(List<EqInput> inputs, Precision precision, Map<String, BuildState.Entry> next,
            Map<String, String> written, DiagnosticLog log) {
        for (EqInput input : inputs) {
            try {
                Snapshot read = Snapshot.of(input);
                Diagnostics own = new Diagnostics();
                List<GeneratedFile> files = EqCompiler.translate(SourceReader.decode(input, read.bytes()),
                        input.options(precision, generateTests), own);
                log.report(own.sorted());
                List<String> outputs = new ArrayList<>();
                for (GeneratedFile f : files) {
                    String name = OutputLayout.name(f);
                    String problem = OutputName.problem(f.relativePath());
                    if (problem != null) {
                        log.error(input.displayPath() + ": error: eqc would write " + LogText.of(name) + ", but "
                                + problem + "; rename the file or its folder");
                        continue;
                    }
                    outputs.add(name);
                    written.put(name, GeneratedHeader.prepend(input.displayPath(), f.source()));
                }
                next.put(input.displayPath(), new BuildState.Entry(read.bytes().length, read.modified(),
                        ContentHash.sha256(read.bytes()), options(input, precision), outputs));
            } catch (SourceReader.UnreadableSourceException ex) {
                log.error(ex.getMessage());
            } catch (RuntimeException ex) {
                log.crash(input, ex);
            }
        }
    }

    private static OutputClaims claims(Map<String, BuildState.Entry> next) {
        OutputClaims claims = new OutputClaims();
        next.forEach((input, e) -> e.outputs().forEach(o -> claims.claim(input, o)));
        return claims;
    }

    /**
     * Deletes the outputs the last run recorded and this one no longer produces. The names come
     * from the state file, so each goes through {@link OutputRoot#deleteGenerated}: only a
     * file with eqc's header, inside an output directory, is ever deleted; anything else is
     * left where it is, with a warning.
     */
    private int removeStale(BuildState old, Map<String, BuildState.Entry> next, OutputLayout layout, Path stateFile,
            Function<Path, String> display) {
        Set<String> keep = new HashSet<>();
        next.values().forEach(e -> keep.addAll(e.outputs()));
        int removed = 0;
        for (Map.Entry<String, BuildState.Entry> e : old.entries().entrySet()) {
            for (String o : e.getValue().outputs()) {
                if (keep.contains(o)) {
                    continue;
                }
                try {
                    OutputLayout.Located at = layout.locate(o);
                    if (isKeptUnderAnotherCase(o, at, keep, layout)) {
                        continue;
                    }
                    if (at.root().deleteGenerated(at.relative())) {
                        removed++;
                    }
                } catch (UnsafePathException ex) {
                    warn("eqc: did not delete " + LogText.of(o) + " (listed in " + display.apply(stateFile) + " for "
                            + LogText.of(e.getKey()) + "): " + ex.getMessage());
                } catch (IOException ex) {
                    warn("eqc: cannot delete the stale source " + LogText.of(o) + ": " + IoErrors.describe(ex, display));
                }
            }
        }
        return removed;
    }

    /**
     * Whether a stale name is, on a file system that ignores case, the very file of an output
     * kept under another case ({@code com/Acme/X.java} after the folder became {@code com/acme}).
     */
    private static boolean isKeptUnderAnotherCase(String stale, OutputLayout.Located at, Set<String> keep,
            OutputLayout layout) throws IOException {
        for (String k : keep) {
            if (k.equalsIgnoreCase(stale)) {
                OutputLayout.Located kept = layout.locate(k);
                Path a = at.root().resolve(at.relative());
                Path b = kept.root().resolve(kept.relative());
                if (Files.exists(a, LinkOption.NOFOLLOW_LINKS) && Files.exists(b, LinkOption.NOFOLLOW_LINKS)
                        && Files.isSameFile(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The previous entry brought up to date when the input needs no translation; else null. */
    private BuildState.Entry fresh(EqInput input, BuildState.Entry prev, Precision precision, OutputLayout layout)
            throws SourceReader.UnreadableSourceException {
        if (prev == null || !prev.options().equals(options(input, precision))
                || !prev.outputs().contains(mainOutput(input))
                || !prev.outputs().stream().allMatch(o -> isGeneratedFile(layout, o))) {
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

    /** {@code main/com/acme/Attention.java}: what every translation of {@code input} produces. */
    private static String mainOutput(EqInput input) {
        return "main/" + input.qualifiedName().replace('.', '/') + ".java";
    }

    /** Whether {@code name} is a well-formed output that exists as a regular file (a link does not count). */
    private static boolean isGeneratedFile(OutputLayout layout, String name) {
        try {
            OutputLayout.Located at = layout.locate(name);
            return Files.isRegularFile(at.root().resolve(at.relative()), LinkOption.NOFOLLOW_LINKS);
        } catch (UnsafePathException e) {
            return false;
        }
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

    private void warn(String message) {
        getLog().warn(message);
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
