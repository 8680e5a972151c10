package dev.eqc.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;

/**
 * Finds what the generated code needs but the project does not declare: {@code eqc-runtime}
 * on the compile class path for the generated classes, and JUnit Jupiter for their tests.
 * Each finding is a warning with the dependency to paste.
 */
final class RequiredDependencies {
    static final String GROUP = "dev.eqc";
    static final String RUNTIME = "eqc-runtime";

    private RequiredDependencies() {}

    static List<String> missing(Collection<Artifact> artifacts, String pluginVersion, String junitVersion, boolean tests) {
        List<String> warnings = new ArrayList<>();
        Optional<Artifact> runtime = find(artifacts, GROUP, RUNTIME);
        if (runtime.isEmpty()) {
            warnings.add("the generated code needs " + GROUP + ":" + RUNTIME + ", which this project does not depend on;"
                    + " add <dependency><groupId>" + GROUP + "</groupId><artifactId>" + RUNTIME + "</artifactId><version>"
                    + pluginVersion + "</version></dependency>");
        } else {
            Artifact a = runtime.get();
            if (Artifact.SCOPE_TEST.equals(a.getScope()) || Artifact.SCOPE_RUNTIME.equals(a.getScope())) {
                warnings.add(GROUP + ":" + RUNTIME + " is in " + a.getScope() + " scope, but the generated main code"
                        + " compiles against it; use the default (compile) scope");
            }
            if (!a.getBaseVersion().equals(pluginVersion)) {
                warnings.add("the generated code is written for " + GROUP + ":" + RUNTIME + ":" + pluginVersion
                        + " but the project uses " + a.getBaseVersion() + "; use the plugin's version");
            }
        }
        if (tests && find(artifacts, "org.junit.jupiter", "junit-jupiter-api").isEmpty()) {
            warnings.add("the generated tests need JUnit 5, which this project does not depend on;"
                    + " add <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId>"
                    + "<version>" + junitVersion + "</version><scope>test</scope></dependency> (and maven-surefire-plugin 3.x),"
                    + " or set <generateTests>false</generateTests>");
        }
        return warnings;
    }

    private static Optional<Artifact> find(Collection<Artifact> artifacts, String groupId, String artifactId) {
        return artifacts.stream()
                .filter(a -> groupId.equals(a.getGroupId()) && artifactId.equals(a.getArtifactId()))
                .findFirst();
    }
}
