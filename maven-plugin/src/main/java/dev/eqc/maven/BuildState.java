package dev.eqc.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the last {@code generate} run produced, kept in a small properties file under
 * {@code target/}: a fingerprint of the plugin that wrote it and, for each input, its size,
 * modification time, SHA-256, the options it was translated with and the files it produced.
 * A missing or unreadable state means "regenerate everything", never an error.
 */
final class BuildState {
    private static final String FINGERPRINT = "fingerprint";
    private static final String INPUT = "input.";

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

        static Entry decode(String s) {
            String[] p = s.split("\\|", -1);
            if (p.length != 5) {
                return null;
            }
            try {
                List<String> outs = p[4].isEmpty() ? List.of() : Arrays.asList(p[4].split(","));
                return new Entry(Long.parseLong(p[0]), Long.parseLong(p[1]), p[2], p[3], outs);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private final String fingerprint;
    private final Map<String, Entry> entries;

    BuildState(String fingerprint, Map<String, Entry> entries) {
        this.fingerprint = fingerprint;
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    static BuildState empty() {
        return new BuildState("", Map.of());
    }

    static BuildState load(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return empty();
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith(INPUT)) {
                Entry e = Entry.decode(props.getProperty(key));
                if (e != null) {
                    entries.put(key.substring(INPUT.length()), e);
                }
            }
        }
        return new BuildState(props.getProperty(FINGERPRINT, ""), entries);
    }

    /** Replaces the file in one move, so a crash leaves the old state or the new one. */
    void save(Path file) throws IOException {
        Properties props = new Properties();
        props.setProperty(FINGERPRINT, fingerprint);
        entries.forEach((k, v) -> props.setProperty(INPUT + k, v.encode()));
        StringWriter text = new StringWriter();
        props.store(text, "eqc-maven-plugin: inputs of the last generate run; delete to regenerate everything");
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".eqc-state-", ".tmp");
        try {
            Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
            OutputFiles.move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    String fingerprint() {
        return fingerprint;
    }

    /** Keyed by the input's path relative to the project base directory. */
    Map<String, Entry> entries() {
        return entries;
    }
}
