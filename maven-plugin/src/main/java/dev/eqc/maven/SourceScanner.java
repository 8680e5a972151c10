package dev.eqc.maven;

import dev.eqc.compiler.resolve.JavaNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Finds the {@code .eq} files under the source directory and names the class each becomes:
 * the package from the folders below the source directory (or the {@code packageName}
 * parameter), the class from the file name ({@link JavaNames#className}).
 */
final class SourceScanner {
    private final Path basedir;
    private final Path sourceDirectory;
    private final List<AntPattern> includes;
    private final List<AntPattern> excludes;
    private final String packageOverride;

    SourceScanner(Path basedir, Path sourceDirectory, List<String> includes, List<String> excludes,
            String packageOverride) {
        this.basedir = basedir.toAbsolutePath().normalize();
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        List<String> in = includes == null || includes.isEmpty() ? List.of("**/*.eq") : includes;
        this.includes = in.stream().map(AntPattern::new).toList();
        this.excludes = (excludes == null ? List.<String>of() : excludes).stream().map(AntPattern::new).toList();
        this.packageOverride = packageOverride == null ? null : packageOverride.trim();
    }

    Path sourceDirectory() {
        return sourceDirectory;
    }

    /** Every selected input in path order; empty when the source directory does not exist. */
    List<EqInput> scan() throws MojoExecutionException, MojoFailureException {
        if (packageOverride != null && !packageOverride.isEmpty() && !SourceVersion.isName(packageOverride)) {
            throw new MojoFailureException("eqc: packageName '" + packageOverride + "' is not a Java package name");
        }
        if (!Files.isDirectory(sourceDirectory)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sourceDirectory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new MojoExecutionException("eqc: cannot list " + display(sourceDirectory) + ": " + e.getMessage(), e);
        }
        List<EqInput> inputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String relative = slashes(sourceDirectory.relativize(file));
            if (!AntPattern.anyMatches(includes, relative) || AntPattern.anyMatches(excludes, relative)) {
                continue;
            }
            String pkg = packageOverride != null ? packageOverride : folderPackage(relative);
            if (pkg == null) {
                problems.add(display(file) + ": error: its folder is not a Java package name;"
                        + " rename the folder or set the packageName parameter");
                continue;
            }
            inputs.add(new EqInput(file, display(file), pkg, JavaNames.className(stem(file))));
        }
        problems.addAll(collisions(inputs));
        if (!problems.isEmpty()) {
            throw new MojoFailureException(String.join(System.lineSeparator(), problems));
        }
        return inputs;
    }

    /**
     * Two inputs that would generate the same class would overwrite each other; names that
     * differ only in case would too, where file names ignore case (macOS, Windows).
     */
    private static List<String> collisions(List<EqInput> inputs) {
        Map<String, EqInput> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (EqInput in : inputs) {
            EqInput first = seen.putIfAbsent(in.qualifiedName().toLowerCase(Locale.ROOT), in);
            if (first == null) {
                continue;
            }
            if (first.qualifiedName().equals(in.qualifiedName())) {
                problems.add(in.displayPath() + ": error: generates class " + in.qualifiedName()
                        + ", as " + first.displayPath() + " does; rename one of them");
            } else {
                problems.add(in.displayPath() + ": error: generates class " + in.qualifiedName() + ", which differs"
                        + " only in case from " + first.qualifiedName() + " of " + first.displayPath()
                        + " (one file where file names ignore case, as on macOS and Windows); rename one of them");
            }
        }
        return problems;
    }

    /** {@code com/acme/attention.eq} → {@code com.acme}; null when a folder is no identifier. */
    private static String folderPackage(String relative) {
        int slash = relative.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        String pkg = relative.substring(0, slash).replace('/', '.');
        return SourceVersion.isName(pkg) ? pkg : null;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The path relative to the project base directory, as diagnostics and logs show it. */
    String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return slashes(abs.startsWith(basedir) ? basedir.relativize(abs) : abs);
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
