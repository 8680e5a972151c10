package dev.eqc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed build leaves is removed by the next run; what a live build is writing is not. */
class WorkFilesTest {
    @TempDir
    Path target;
    Path main;
    Path test;
    final List<String> warnings = new ArrayList<>();
    static final long LIVE = ProcessHandle.current().pid();
    static long dead;

    @BeforeEach
    void layout() throws Exception {
        main = Files.createDirectories(target.resolve("generated-sources/eqc"));
        test = Files.createDirectories(target.resolve("generated-test-sources/eqc"));
        if (dead == 0) {
            Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            dead = p.pid();
        }
    }

    private int sweep() {
        return WorkFiles.sweep(target, List.of(main, test), Path::toString, warnings::add);
    }

    private static Path aged(Path p, Duration age) throws IOException {
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(age)));
        return p;
    }

    private static Path dir(Path p) throws IOException {
        Files.createDirectories(p);
        Files.writeString(p.resolve("0"), "staged");
        return p;
    }

    @Test
    void aKilledBuildsLeftoversGoAndALiveBuildsStay() throws IOException {
        Path deadStaging = dir(target.resolve("eqc-staging-" + dead + "-k3j9"));
        Path deadState = Files.writeString(target.resolve(".eqc-state-" + dead + "-abc.tmp"), "x");
        Path deadSource = Files.writeString(Files.createDirectories(main.resolve("com/acme"))
                .resolve(".eqc-" + dead + "-zz.tmp"), "x");
        Path deadTest = Files.writeString(test.resolve(".eqc-" + dead + "-q.tmp"), "x");
        Path liveStaging = dir(target.resolve("eqc-staging-" + LIVE + "-live"));
        Path liveState = Files.writeString(target.resolve(".eqc-state-" + LIVE + "-live.tmp"), "x");
        Path liveSource = Files.writeString(main.resolve("com/acme/.eqc-" + LIVE + "-live.tmp"), "x");

        assertEquals(4, sweep());
        for (Path gone : List.of(deadStaging, deadState, deadSource, deadTest)) {
            assertFalse(Files.exists(gone), gone.toString());
        }
        for (Path kept : List.of(liveStaging, liveState, liveSource)) {
            assertTrue(Files.exists(kept), kept.toString());
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void namesWithoutAProcessIdGoAfterTenMinutes() throws IOException {
        Path oldStaging = aged(dir(target.resolve("eqc-staging-8123456789012345678")), Duration.ofMinutes(11));
        Path oldState = aged(Files.writeString(target.resolve(".eqc-state-5551234.tmp"), "x"), Duration.ofMinutes(11));
        Path oldCliStage = aged(dir(main.resolve(".eqc-987654321")), Duration.ofMinutes(11));
        Path young = dir(target.resolve("eqc-staging-1234567890"));
        assertEquals(3, sweep());
        assertFalse(Files.exists(oldStaging) || Files.exists(oldState) || Files.exists(oldCliStage));
        assertTrue(Files.exists(young), "may be an older plugin's live run");
    }

    @Test
    void aLiveProcessIdOlderThanAnHourIsStale() throws IOException {
        Path old = aged(Files.writeString(target.resolve(".eqc-state-" + LIVE + "-x.tmp"), "x"), Duration.ofHours(2));
        assertEquals(1, sweep());
        assertFalse(Files.exists(old));
    }

    @Test
    void aReusedProcessIdIsNoOwner() {
        Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
        Instant before = started.minus(Duration.ofMinutes(5));
        String name = ".eqc-" + LIVE + "-x.tmp";
        assertFalse(WorkFiles.ownedByLiveBuild(name, before, started.plusSeconds(1)),
                "made before this process started: not this process's file");
        assertTrue(WorkFiles.ownedByLiveBuild(name, started.plusSeconds(1), started.plusSeconds(2)));
    }

    @Test
    void onlyTheseNamesAreTouched() throws IOException {
        List<Path> others = List.of(
                Files.writeString(target.resolve("eqc-state.properties"), "x"),
                Files.writeString(target.resolve("eqc-state-other.properties"), "x"),
                Files.writeString(target.resolve(".eqc-config"), "x"),
                Files.writeString(main.resolve(".eqc-notes.txt"), "x"),
                Files.writeString(main.resolve("Attention.java"), "x"),
                Files.createDirectories(target.resolve("classes")));
        for (Path p : others) {
            aged(p, Duration.ofDays(2));
        }
        assertEquals(0, sweep());
        for (Path p : others) {
            assertTrue(Files.exists(p), p.toString());
        }
    }

    @Test
    void aLinkedLeftoverIsRemovedAsALinkNotFollowed() throws IOException {
        Path elsewhere = dir(target.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(target.resolve("eqc-staging-" + dead + "-link"), elsewhere);
        Path deepLink = Files.createSymbolicLink(main.resolve(".eqc-" + dead + "-l.tmp"), elsewhere.resolve("0"));
        assertEquals(2, sweep());
        assertFalse(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(deepLink, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(elsewhere.resolve("0")));
    }

    @Test
    void aLinkInsideALeftoverFolderIsNotFollowed() throws IOException {
        Path precious = dir(target.resolve("precious"));
        Path staging = dir(target.resolve("eqc-staging-" + dead + "-s"));
        Files.createSymbolicLink(staging.resolve("into"), precious);
        assertEquals(1, sweep());
        assertFalse(Files.exists(staging));
        assertTrue(Files.exists(precious.resolve("0")));
    }

    @Test
    void noTargetYetIsNothingToDo() {
        assertEquals(0, WorkFiles.sweep(target.resolve("absent"), List.of(target.resolve("absent/x")), Path::toString,
                warnings::add));
        assertEquals(List.of(), warnings);
    }

    @Test
    void writtenFilesCarryThisProcessesId() throws IOException {
        Path p = WorkFiles.write(target, WorkFiles.OUTPUT_PREFIX, new byte[] {1});
        assertTrue(p.getFileName().toString().matches("\\.eqc-" + LIVE + "-[0-9a-z]+\\.tmp"), p.toString());
        assertTrue(WorkFiles.ownedByLiveBuild(p.getFileName().toString(), Instant.now(), Instant.now()));
    }
}
