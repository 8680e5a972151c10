package dev.eqc.compiler.term;

import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * An index variable (SPEC 3.4), bound by an element-wise left-hand side ({@code y_i}) or a
 * reduction ({@code \sum_j}, {@code \max_i}). Compared by identity: two sums over {@code j}
 * bind two variables. {@code lower}/{@code upper} are the explicit limits of
 * {@code \sum_{j=1}^{n}} (null when the range is inferred from the dimensions it indexes);
 * {@code excluded} are the variables of {@code \sum_{j \ne i}}.
 */
public final class IndexVar {
    /** The name of the index variables that lay out the identity {@code I} (shape errors name them). */
    public static final String IDENTITY = "the identity I";
    /** The name of the index variable that lays out the ones vector {@code \\mathbf{1}}. */
    public static final String ONES = "the ones vector";
    /** The name of the index variable that runs over the classes of a selection by labels ({@code p_{i, y_i}}). */
    public static final String CLASSES = "the classes of a label";

    private final String name;
    private final Span span;
    private final Term lower;
    private final Term upper;
    private final List<IndexVar> excluded;

    private final IndexVar rangeOf;
    private final Term cutAt;

    /** The limit of a sum cut at run time, or null (see the constructor). */
    public Term cutAt() {
        return cutAt;
    }

    public IndexVar(String name, Span span, Term lower, Term upper, List<IndexVar> excluded) {
        this(name, span, lower, upper, excluded, null);
    }

    /** {@code rangeOf}: the index whose range this one shares ({@code j} in {@code \sum_{j \le i}} shares i's). */
    public IndexVar(String name, Span span, Term lower, Term upper, List<IndexVar> excluded, IndexVar rangeOf) {
        this(name, span, lower, upper, excluded, rangeOf, null);
    }

    /**
     * {@code cutAt}: the limit of a sum cut at run time ({@code \prod_{s=1}^{t}}, {@code \sum_{k=1}^{K}} with
     * {@code K = 4} a number of the file), which sizes the range when no axis the index reads does.
     */
    public IndexVar(String name, Span span, Term lower, Term upper, List<IndexVar> excluded, IndexVar rangeOf,
            Term cutAt) {
        this.cutAt = cutAt;
        this.name = name;
        this.span = span;
        this.lower = lower;
        this.upper = upper;
        this.excluded = List.copyOf(excluded);
        this.rangeOf = rangeOf;
    }

    /** The index whose range this one shares, or null. */
    public IndexVar rangeOf() {
        return rangeOf;
    }

    public String name() {
        return name;
    }

    public Span span() {
        return span;
    }

    /** Explicit lower limit, or null. */
    public Term lower() {
        return lower;
    }

    /** Explicit upper limit, or null. */
    public Term upper() {
        return upper;
    }

    public List<IndexVar> excluded() {
        return excluded;
    }

    /** SPEC 3.4: as a number an index counts from 1 under explicit limits, from 0 otherwise. */
    public int firstValue() {
        return lower == null ? 0 : (int) ((Term.Literal) lower).value();
    }

    @Override
    public String toString() {
        return name;
    }
}
