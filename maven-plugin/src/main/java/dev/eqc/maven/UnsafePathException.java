package dev.eqc.maven;

import java.io.IOException;

/**
 * A path the plugin refuses to write or delete because it would leave an output directory or
 * is not a file eqc generates; the message is a complete sentence naming the path and why.
 */
final class UnsafePathException extends IOException {
    private static final long serialVersionUID = 1L;

    UnsafePathException(String message) {
        super(message);
    }
}
