package dev.eqc.cli;

import java.nio.file.Path;

/**
 * A process that starts writing a file through {@link AtomicFiles} and never finishes, for
 * {@link CliProcessTest} to kill with SIGKILL half-way.
 */
public final class AtomicWriteVictim {
    private AtomicWriteVictim() {}

    public static void main(String[] args) throws Exception {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write("partial new content".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
