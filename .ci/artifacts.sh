#!/usr/bin/env bash
# Issue 18's artifact checks. .ci/run calls this right after its tested `mvn install`, whose build
# outputs (every module's target/*.jar and SBOM) are the reference:
#   1. the checker's self-test: each check below fails on a deliberately broken input;
#   2. artifact:check-buildplan: no plugin known to break reproducible builds, outputTimestamp set;
#   3. release dry run: the same commit built again from clean (no tests) and deployed to
#      target/staging-repo, a plain folder, as a release would be to Central (unsigned);
#   4. reproducible build: the rebuild's jars (main, sources, javadoc, the shaded CLI and JMH jars,
#      the plugin with its descriptor) and SBOMs are byte-identical to the tested build's;
#   5. the staged repository holds, for each published module, jar, sources, javadoc, pom and
#      CycloneDX SBOM (JSON and XML) with checksums, the POM metadata Central asks for, the
#      Automatic-Module-Names, LICENSE and NOTICE in every jar, the plugin's m2e metadata; and no
#      benchmarks;
#   6. eqc-runtime's jar loads from the module path as dev.eqc.runtime and still uses
#      jdk.incubator.vector when the JVM adds it (and runs scalar when it does not).
# Run it right after a `mvn install` of a clean tree (as CI's fresh clone is): stale outputs of
# an earlier build would make the first snapshot differ. Every check runs, then the script fails
# if any did. Extra Maven arguments (such as a private local repository:
# EQC_MVN_ARGS=-Dmaven.repo.local=...) come from EQC_MVN_ARGS, unset on CI.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck disable=SC2206 # word splitting of EQC_MVN_ARGS is intended
mvn_args=(-B -ntp -Dstyle.color=never ${EQC_MVN_ARGS:-})
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=()
check() { java .ci/ArtifactCheck.java "$@"; }
step() { echo "== artifacts: $*"; }

step "checker self-test"
check selftest || failed+=(selftest)

step "snapshot of the tested build"
check snapshot . "$work/first" || failed+=(snapshot)

step "plugins known to break reproducible builds"
mvn "${mvn_args[@]}" -q artifact:check-buildplan || failed+=(check-buildplan)

step "release dry run: clean rebuild without tests, deployed to target/staging-repo"
staging="$PWD/target/staging-repo"
mvn "${mvn_args[@]}" clean deploy -DskipTests -DaltDeploymentRepository="eqc-staging::file://$staging"

step "reproducible build: the rebuild against the tested build"
check snapshot . "$work/second" || failed+=(snapshot)
check compare "$work/first" "$work/second" || failed+=(reproducible)

step "staged repository"
check staged "$staging" || failed+=(staged)

step "eqc-runtime on the module path"
runtime_jar="$(find runtime/target -maxdepth 1 -name 'eqc-runtime-*.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' | head -n 1)"
java --module-path "$runtime_jar" --add-modules dev.eqc.runtime,jdk.incubator.vector .ci/ModulePathProbe.java vector 2>/dev/null \
  || failed+=(module-path-vector)
java --module-path "$runtime_jar" --add-modules dev.eqc.runtime .ci/ModulePathProbe.java scalar || failed+=(module-path-scalar)

if [ "${#failed[@]}" -gt 0 ]; then
  echo "artifacts: FAILED: ${failed[*]}"
  exit 1
fi
echo "artifacts: all checks passed"
