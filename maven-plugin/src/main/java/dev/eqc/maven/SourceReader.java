package dev.eqc.maven;

import dev.eqc.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;

/** Reads an {@code .eq} file as strict UTF-8 (a malformed byte is an error, not a U+FFFD). */
final class SourceReader {
    private SourceReader() {}

    /** The file's text, named by its display path; the exception's message names the file. */
    static SourceFile read(EqInput input) throws UnreadableSourceException {
        return decode(input, bytes(input));
    }

    static byte[] bytes(EqInput input) throws UnreadableSourceException {
        try {
            return Files.readAllBytes(input.file());
        } catch (IOException e) {
            throw new UnreadableSourceException(input.displayPath() + ": error: cannot read the file: " + e);
        }
    }

    static SourceFile decode(EqInput input, byte[] bytes) throws UnreadableSourceException {
        try {
            return SourceFile.decode(input.displayPath(), bytes);
        } catch (CharacterCodingException e) {
            throw new UnreadableSourceException(input.displayPath() + ": error: not valid UTF-8 text");
        }
    }

    /** An input that cannot be compiled at all; the message is a complete error line. */
    static final class UnreadableSourceException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableSourceException(String message) {
            super(message);
        }
    }
}
