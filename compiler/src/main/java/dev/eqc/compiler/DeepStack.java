package dev.eqc.compiler;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs the passes on a thread with a large stack. Every pass walks trees recursively; the
 * parser bounds their depth (nesting and statement length, E0003), and this stack leaves a wide
 * margin under those bounds whatever thread calls the compiler (CLI, Maven, tests).
 */
final class DeepStack {
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private DeepStack() {}

    static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "eqc-compiler", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
        return result.get();
    }
}
