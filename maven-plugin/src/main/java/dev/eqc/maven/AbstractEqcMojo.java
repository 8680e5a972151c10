package dev.eqc.maven;

import dev.eqc.compiler.Precision;
import java.io.File;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters {@code check} and {@code generate} share: which {@code .eq} files, which
 * package, which precision, and when a finding fails the build. Mojo instances hold no
 * state beyond their parameters, so parallel builds can run them side by side.
 */
abstract class AbstractEqcMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The folder of the {@code .eq} files; the folders below it are the Java packages. */
    @Parameter(property = "eqc.sourceDirectory", defaultValue = "${project.basedir}/src/main/eqc", required = true)
    protected File sourceDirectory;

    /** Patterns of the files to compile, relative to {@code sourceDirectory}; default {@code **}{@code /*.eq}. */
    @Parameter
    protected List<String> includes;

    /** Patterns of files to leave out, relative to {@code sourceDirectory}; default none. */
    @Parameter
    protected List<String> excludes;

    /** One Java package for every generated class, instead of the folder-derived packages. */
    @Parameter(property = "eqc.packageName")
    protected String packageName;

    /** Element type of the generated tensors: {@code float} (32-bit) or {@code double}. */
    @Parameter(property = "eqc.precision", defaultValue = "float")
    protected String precision;

    /** Fail the build on warnings too (such as inputs whose shapes eqc had to assume). */
    @Parameter(property = "eqc.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /** Skip this goal. */
    @Parameter(property = "eqc.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("eqc: skipped");
            return;
        }
        Precision p = precision();
        SourceScanner scanner = new SourceScanner(project.getBasedir().toPath(), sourceDirectory.toPath(),
                includes, excludes, packageName);
        run(scanner, scanner.scan(), p);
    }

    /** The goal's work on the selected inputs (possibly none). */
    protected abstract void run(SourceScanner scanner, List<EqInput> inputs, Precision precision)
            throws MojoExecutionException, MojoFailureException;

    private Precision precision() throws MojoFailureException {
        String p = precision == null ? "float" : precision.trim().toLowerCase(Locale.ROOT);
        return switch (p) {
            case "float", "float32" -> Precision.FLOAT;
            case "double", "float64" -> Precision.DOUBLE;
            default -> throw new MojoFailureException("eqc: unknown precision '" + precision + "'; use float or double");
        };
    }

    /** Fails the build when errors (or, with {@code failOnWarning}, warnings) were logged. */
    protected void failOnFindings(DiagnosticLog log) throws MojoFailureException {
        if (log.errors() > 0) {
            String nl = System.lineSeparator();
            throw new MojoFailureException("eqc found " + count(log.errors(), "error") + " in the .eq files:" + nl
                    + String.join(nl, log.errorHeadlines()));
        }
        if (failOnWarning && log.warnings() > 0) {
            throw new MojoFailureException("eqc found " + count(log.warnings(), "warning")
                    + " in the .eq files and failOnWarning is set; see the warnings above");
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
