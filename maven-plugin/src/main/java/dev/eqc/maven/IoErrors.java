package dev.eqc.maven;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Turns an I/O failure into the "file: reason" text a build log shows, instead of an
 * exception class name or a stack trace.
 */
final class IoErrors {
    private IoErrors() {}

    static String describe(IOException e, Function<Path, String> display) {
        if (e instanceof UnsafePathException) {
            return e.getMessage();
        }
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8 text";
        }
        if (e instanceof FileSystemException f) {
            String where = f.getFile() == null ? "" : shown(f.getFile(), display) + ": ";
            String other = f.getOtherFile() == null ? "" : " (" + shown(f.getOtherFile(), display) + ")";
            return where + reason(f) + other;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String reason(FileSystemException f) {
        if (f instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (f instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (f instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (f instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty";
        }
        if (f instanceof NotDirectoryException) {
            return "not a folder";
        }
        return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
    }

    private static String shown(String file, Function<Path, String> display) {
        try {
            return display.apply(Path.of(file));
        } catch (RuntimeException e) {
            return file;
        }
    }
}
