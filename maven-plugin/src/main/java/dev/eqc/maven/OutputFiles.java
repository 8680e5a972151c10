package dev.eqc.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes generated sources all or nothing: each one is first written in full to a temporary
 * file beside its target ({@code .eqc-<pid>-<random>.tmp}), and only when every one of them
 * was written are they renamed onto their targets. A rename within one folder is atomic, so
 * each target holds its old text or its new text, never a part; a failure before the renames
 * leaves every target as it was; {@link #close} removes whatever temporary file is left, on
 * every path.
 */
final class OutputFiles implements AutoCloseable {
    /** A written temporary file and the target it replaces. */
    private record Move(OutputRoot root, Path temp, Path target) {}

    private final List<Move> moves = new ArrayList<>();
    private final Function<Path, String> display;
    private final Consumer<String> warn;
    private int written;

    OutputFiles(Function<Path, String> display, Consumer<String> warn) {
        this.display = display;
        this.warn = warn;
    }

    /**
     * Writes {@code text} to a temporary file for {@code name} in {@code root}, unless the
     * target already holds exactly that text (an identical source keeps its time stamp, so the
     * compiler has nothing to redo).
     */
    void stage(OutputRoot root, String name, String text) throws IOException {
        Path target = root.prepareWrite(name);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (holds(target, bytes)) {
            return;
        }
        moves.add(new Move(root, WorkFiles.write(target.getParent(), WorkFiles.OUTPUT_PREFIX, bytes), target));
    }

    /** Renames every staged file onto its target; a link planted at a target is replaced, not followed. */
    void commit() throws IOException {
        while (!moves.isEmpty()) {
            Move m = moves.get(0);
            // Checked again just before the rename, in case a folder was swapped for a link meanwhile.
            m.root().checkFolderOf(m.target());
            replace(m.temp(), m.target());
            moves.remove(0);
            written++;
        }
    }

    /** How many targets {@link #commit} replaced. */
    int written() {
        return written;
    }

    /** Removes the temporary files not renamed (after a failure); never throws. */
    @Override
    public void close() {
        for (Move m : moves) {
            try {
                Files.deleteIfExists(m.temp());
            } catch (IOException e) {
                warn.accept("eqc: cannot remove the temporary file " + display.apply(m.temp()) + ": "
                        + IoErrors.describe(e, display));
            }
        }
        moves.clear();
    }

    /** Renames {@code from} onto {@code to} (same folder): atomically where the file system can. */
    static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Whether {@code target} is a regular file (not a link) holding exactly {@code bytes}. */
    private static boolean holds(Path target, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.size(target) != bytes.length) {
            return false;
        }
        try (InputStream in = Files.newInputStream(target, LinkOption.NOFOLLOW_LINKS)) {
            return Arrays.equals(in.readNBytes(bytes.length + 1), bytes);
        }
    }
}
