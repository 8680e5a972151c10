package dev.eqc.compiler.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The sink every pass reports into. Passes never throw for user errors. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();
    private final boolean warningsAreErrors;

    public Diagnostics() {
        this(false);
    }

    /**
     * A sink where, with {@code warningsAreErrors} ({@code --strict}, for CI), a warning stops compilation
     * like an error: every reading eqc had to choose must then be written unambiguously.
     */
    public Diagnostics(boolean warningsAreErrors) {
        this.warningsAreErrors = warningsAreErrors;
    }

    public boolean warningsAreErrors() {
        return warningsAreErrors;
    }

    /** Records a diagnostic; an exact repeat (same code, place and message) is dropped. */
    public void report(Diagnostic d) {
        for (Diagnostic seen : all) {
            if (seen.code() == d.code() && seen.span().equals(d.span()) && seen.message().equals(d.message())
                    && seen.source() == d.source()) {
                return;
            }
        }
        all.add(d);
    }

    /**
     * Withdraws the diagnostics of {@code code} that start at one of {@code starts}: a later pass that knows the
     * shapes names the reading an earlier pass could only guess (W0437 replaces W0132).
     */
    public void withdraw(Code code, java.util.Set<Integer> starts) {
        if (!starts.isEmpty()) {
            all.removeIf(d -> d.code() == code && starts.contains(d.span().start()));
        }
    }

    /** Whether compilation must stop: an error, or under {@code --strict} a warning. */
    public boolean hasErrors() {
        return all.stream().anyMatch(d -> d.severity() == Severity.ERROR
                || warningsAreErrors && d.severity() == Severity.WARNING);
    }

    public int errorCount() {
        return (int) all.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    /** Every diagnostic, ordered by file and position (stable for equal positions). */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.source().name())
                .thenComparingInt(d -> d.span().start()));
        return copy;
    }

    public List<Diagnostic> all() {
        return List.copyOf(all);
    }
}
