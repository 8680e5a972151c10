package dev.eqc.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the last {@code generate} run produced, kept in a small properties file under
 * {@code target/}: a fingerprint of the plugin that wrote it and, for each input, its size,
 * modification time, SHA-256, the options it was translated with and the files it produced,
 * plus a checksum of all that, so a file cut short or damaged is recognised as such.
 *
 * <p>The file is only a cache. Whatever is wrong with it (missing, cut short, garbage, not
 * UTF-8, a folder or a link in its place, unreadable) means "translate everything again",
 * never an error; the output names it lists are checked again where they are used
 * ({@link OutputRoot}), since anyone who can write to {@code target/} can write a valid checksum.
 */
final class BuildState {
    /** Larger than any real state (about 300 bytes an input); a bigger file is not read at all. */
    static final int MAX_BYTES = 16 << 20;

    private static final String FINGERPRINT = "fingerprint";
    private static final String CHECKSUM = "checksum";
    private static final String INPUT = "input.";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * The record of one input.
     *
     * @param outputs {@code main/com/acme/Attention.java}, {@code test/com/acme/AttentionTest.java}
     */
    record Entry(long size, long modified, String sha256, String options, List<String> outputs) {
        Entry {
            outputs = List.copyOf(outputs);
        }

        String encode() {
            return size + "|" + modified + "|" + sha256 + "|" + options + "|" + String.join(",", outputs);
        }

        /** The entry, or an exception saying what is wrong with the text. */
        static Entry decode(String s) throws DamagedException {
            String[] p = s.split("\\|", -1);
            if (p.length != 5) {
                throw new DamagedException(p.length + " fields instead of 5");
            }
            long size;
            long modified;
            try {
                size = Long.parseLong(p[0]);
                modified = Long.parseLong(p[1]);
            } catch (NumberFormatException e) {
                throw new DamagedException("a size or time that is not a number");
            }
            if (!SHA256.matcher(p[2]).matches()) {
                throw new DamagedException("a SHA-256 that is not 64 hex digits");
            }
            List<String> outs = p[4].isEmpty() ? List.of() : List.of(p[4].split(",", -1));
            return new Entry(size, modified, p[2], p[3], outs);
        }
    }

    /** A state read from disk, and why it was thrown away (null when it was not). */
    record Loaded(BuildState state, String problem) {}

    private final String fingerprint;
    private final Map<String, Entry> entries;

    BuildState(String fingerprint, Map<String, Entry> entries) {
        this.fingerprint = fingerprint;
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    static BuildState empty() {
        return new BuildState("", Map.of());
    }

    /** The state in {@code file}; an empty one when there is none or it cannot be trusted. */
    static Loaded load(Path file, Function<Path, String> display) {
        try {
            return new Loaded(parse(read(file)), null);
        } catch (NoSuchFileException e) {
            return new Loaded(empty(), null);
        } catch (DamagedException e) {
            return new Loaded(empty(), e.getMessage());
        } catch (IOException e) {
            return new Loaded(empty(), "it cannot be read (" + IoErrors.describe(e, display) + ")");
        }
    }

    private static String read(Path file) throws IOException, DamagedException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isSymbolicLink(file)) {
            throw new DamagedException("it is a symbolic link");
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new DamagedException("it is a folder");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            // a FIFO or a device would block or never end
            throw new DamagedException("it is not a regular file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new DamagedException("it is larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DamagedException("it is not UTF-8 text");
        }
    }

    private static BuildState parse(String text) throws DamagedException {
        Properties props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new DamagedException("it is not a properties file (" + LogText.of(e.getMessage()) + ")");
        }
        Map<String, String> values = new TreeMap<>();
        props.stringPropertyNames().forEach(k -> values.put(k, props.getProperty(k)));
        String checksum = values.remove(CHECKSUM);
        if (checksum == null) {
            throw new DamagedException("it has no checksum (cut short, or written by an older eqc)");
        }
        if (!checksum.equals(checksum(values))) {
            throw new DamagedException("its checksum does not match its content (cut short or edited)");
        }
        String fingerprint = values.remove(FINGERPRINT);
        if (fingerprint == null) {
            throw new DamagedException("it has no fingerprint");
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (Map.Entry<String, String> v : values.entrySet()) {
            if (!v.getKey().startsWith(INPUT)) {
                throw new DamagedException("it has an unexpected key '" + LogText.of(v.getKey()) + "'");
            }
            String input = v.getKey().substring(INPUT.length());
            try {
                entries.put(input, Entry.decode(v.getValue()));
            } catch (DamagedException e) {
                throw new DamagedException("the entry of " + LogText.of(input) + " has " + e.getMessage());
            }
        }
        return new BuildState(fingerprint, entries);
    }

    /**
     * SHA-256 of every other key and value, as {@code key=value} lines in key order. Not a
     * secret: it tells a file cut short or garbled from the one that was written, nothing more.
     */
    static String checksum(Map<String, String> values) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(values).forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return ContentHash.sha256(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the file in one rename, so a crash leaves the old state or the new one. */
    void save(Path file) throws IOException {
        Map<String, String> values = new TreeMap<>();
        values.put(FINGERPRINT, fingerprint);
        entries.forEach((k, v) -> values.put(INPUT + k, v.encode()));
        Properties props = new Properties();
        props.putAll(values);
        props.setProperty(CHECKSUM, checksum(values));
        StringWriter text = new StringWriter();
        props.store(text, "eqc-maven-plugin: inputs of the last generate run; delete to regenerate everything");
        Files.createDirectories(file.getParent());
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            // Said plainly: the rename below would fail with the temporary file's name in the message.
            throw new FileSystemException(file.toString(), null, "a folder is where the state file belongs");
        }
        Path temp = WorkFiles.write(file.getParent(), WorkFiles.STATE_PREFIX, text.toString().getBytes(StandardCharsets.UTF_8));
        try {
            OutputFiles.replace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    String fingerprint() {
        return fingerprint;
    }

    /** Keyed by the input's path relative to the project base directory. */
    Map<String, Entry> entries() {
        return entries;
    }

    /** Why a state file is not the one the plugin wrote; the message completes "… because ". */
    static final class DamagedException extends Exception {
        private static final long serialVersionUID = 1L;

        DamagedException(String message) {
            super(message);
        }
    }
}
