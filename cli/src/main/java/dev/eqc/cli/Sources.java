package dev.eqc.cli;

import dev.eqc.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads {@code .eq} inputs: files (strict UTF-8) or the statements of {@code -e}. */
final class Sources {
    private Sources() {}

    static SourceFile read(Path path) {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new UserError(path + " is a directory, not a .eq file", Main.INPUT_ERRORS);
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UserError("cannot read " + path + ": no such file", Main.INPUT_ERRORS);
        } catch (IOException e) {
            throw new UserError("cannot read " + path + ": " + IoErrors.reason(e), Main.INPUT_ERRORS);
        } catch (OutOfMemoryError e) {
            throw new UserError("cannot read " + path + ": it is too large for the JVM's memory; give it more with"
                    + " EQC_JAVA_OPTS=-Xmx<size>", Main.INPUT_ERRORS);
        }
        try {
            return SourceFile.decode(path.toString(), bytes);
        } catch (CharacterCodingException e) {
            throw new UserError(path + " is not valid UTF-8 text", Main.INPUT_ERRORS);
        }
    }

    static SourceFile statements(List<String> statements) {
        return new SourceFile("<command line>", String.join("\n", statements) + "\n");
    }

    /** {@code examples/lstm_cell.eq} → {@code lstm_cell}. */
    static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
