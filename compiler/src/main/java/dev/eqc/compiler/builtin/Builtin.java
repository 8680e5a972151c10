package dev.eqc.compiler.builtin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The registry of built-in functions: one entry per function holding everything every pass
 * needs — its spellings (SPEC 3.3), its arity and shape rule, its reference meaning for the
 * interpreter (written here independently of the runtime's kernels) and the runtime method
 * generated code calls. Adding a function touches only this enum.
 */
public enum Builtin {
    EXP(Kind.UNARY, "exp", Set.of("\\exp", "exp"), Math::exp, null),
    LOG(Kind.UNARY, "log", Set.of("\\log", "\\ln", "log", "ln"), Math::log, null),
    SQRT(Kind.UNARY, "sqrt", Set.of("sqrt"), Math::sqrt, null),
    TANH(Kind.UNARY, "tanh", Set.of("\\tanh", "tanh"), Math::tanh, null),
    SIN(Kind.UNARY, "sin", Set.of("\\sin", "sin"), Math::sin, null),
    COS(Kind.UNARY, "cos", Set.of("\\cos", "cos"), Math::cos, null),
    ABS(Kind.UNARY, "abs", Set.of("abs"), Math::abs, null),
    SIGMOID(Kind.UNARY, "sigmoid", Set.of("\\sigma", "sigmoid", "sigm"), Builtin::referenceSigmoid, null),
    RELU(Kind.UNARY, "relu", Set.of("relu"), x -> x > 0 ? x : 0.0, null),
    MAX(Kind.BINARY, "max", Set.of("\\max", "max"), null, Math::max),
    MIN(Kind.BINARY, "min", Set.of("\\min", "min"), null, Math::min),
    SOFTMAX(Kind.LAST_AXIS, "softmax", Set.of("softmax"), null, null);

    /** How a built-in maps shapes. */
    public enum Kind {
        /** One argument, element-wise, shape preserved. */
        UNARY,
        /** Two arguments, element-wise with broadcasting. */
        BINARY,
        /** One argument of rank at least 1, computed along the last axis, shape preserved. */
        LAST_AXIS
    }

    private final Kind kind;
    private final String runtimeMethod;
    private final Set<String> spellings;
    private final DoubleUnaryOperator unary;
    private final DoubleBinaryOperator binary;

    Builtin(Kind kind, String runtimeMethod, Set<String> spellings, DoubleUnaryOperator unary,
            DoubleBinaryOperator binary) {
        this.kind = kind;
        this.runtimeMethod = runtimeMethod;
        this.spellings = spellings;
        this.unary = unary;
        this.binary = binary;
    }

    public Kind kind() {
        return kind;
    }

    public int arity() {
        return kind == Kind.BINARY ? 2 : 1;
    }

    /** The {@code dev.eqc.runtime.Ops} method generated code calls. */
    public String runtimeMethod() {
        return runtimeMethod;
    }

    /** The lower-case name users see in messages. */
    public String displayName() {
        return runtimeMethod;
    }

    /** Reference meaning of a unary built-in (interpreter only). */
    public DoubleUnaryOperator unary() {
        return unary;
    }

    /** Reference meaning of a binary built-in (interpreter only). */
    public DoubleBinaryOperator binary() {
        return binary;
    }

    /**
     * The built-in a spelling names: a command ({@code \exp}) exactly, a multi-letter word
     * ({@code \mathrm{softmax}}, {@code ReLU}, {@code sqrt}) case-insensitively.
     */
    public static Optional<Builtin> lookup(String spelling) {
        String word = spelling.startsWith("\\") ? spelling : spelling.toLowerCase(Locale.ROOT);
        for (Builtin b : values()) {
            if (b.spellings.contains(word)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Every multi-letter spelling, for "did you mean" suggestions. */
    public static List<String> wordSpellings() {
        return java.util.Arrays.stream(values()).flatMap(b -> b.spellings.stream())
                .filter(s -> !s.startsWith("\\")).sorted().toList();
    }

    private static double referenceSigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }
}
