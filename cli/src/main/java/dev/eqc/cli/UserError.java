package dev.eqc.cli;

/** A problem with how eqc was called or with its files, reported as one line with an exit code. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    UserError(String message, int exitCode) {
        super(message == null || message.isBlank() ? "failed, and the cause gave no reason" : message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
