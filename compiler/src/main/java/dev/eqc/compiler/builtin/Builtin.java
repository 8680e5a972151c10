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
 * generated code calls. Adding an element-wise function touches only this enum and the runtime;
 * the last-axis ones keep their reference meaning in the interpreter ({@code interp.LastAxis}).
 */
public enum Builtin {
    EXP(Kind.UNARY, "exp", Set.of("\\exp", "exp"), Math::exp, null),
    LOG(Kind.UNARY, "log", Set.of("\\log", "\\ln", "log", "ln"), Math::log, null),
    SQRT(Kind.UNARY, "sqrt", Set.of("sqrt"), Math::sqrt, null),
    /** {@code \\log_2}. */
    LOG2(Kind.UNARY, "log_2", "log2", Set.of("log2", "lg"), x -> Math.log(x) / Math.log(2.0), null),
    /** {@code \\lfloor x \\rfloor}. */
    FLOOR(Kind.UNARY, "floor", Set.of("floor"), Math::floor, null),
    /** {@code \\lceil x \\rceil}. */
    CEIL(Kind.UNARY, "ceil", Set.of("ceil"), Math::ceil, null),
    TANH(Kind.UNARY, "tanh", Set.of("\\tanh", "tanh"), Math::tanh, null),
    SIN(Kind.UNARY, "sin", Set.of("\\sin", "sin"), Math::sin, null),
    COS(Kind.UNARY, "cos", Set.of("\\cos", "cos"), Math::cos, null),
    ABS(Kind.UNARY, "abs", Set.of("abs"), Math::abs, null),
    SIGMOID(Kind.UNARY, "sigmoid", Set.of("\\sigma", "sigmoid", "sigm"), Builtin::referenceSigmoid, null),
    RELU(Kind.UNARY, "relu", Set.of("relu"), x -> x > 0 ? x : 0.0, null),
    SINH(Kind.UNARY, "sinh", Set.of("\\sinh", "sinh"), Math::sinh, null),
    COSH(Kind.UNARY, "cosh", Set.of("\\cosh", "cosh"), Math::cosh, null),
    TAN(Kind.UNARY, "tan", Set.of("\\tan", "tan"), Math::tan, null),
    ERF(Kind.UNARY, "erf", Set.of("erf"), ErrorFunction::erf, null),
    /** The standard normal CDF; {@code \Phi} is a plain letter unless applied like a function. */
    NORMAL_CDF(Kind.UNARY, "Phi", "normalCdf", Set.of("\\Phi"), ErrorFunction::normalCdf, null),
    /** The exact GELU x Φ(x) of Hendrycks and Gimpel, not the tanh approximation. */
    GELU(Kind.UNARY, "gelu", Set.of("gelu"), x -> x * ErrorFunction.normalCdf(x), null),
    SOFTPLUS(Kind.UNARY, "softplus", Set.of("softplus"), Builtin::referenceSoftplus, null),
    SIGN(Kind.UNARY, "sign", Set.of("sign", "sgn"), Math::signum, null),
    /** Leaky ReLU with PyTorch's default negative slope, 0.01. */
    LEAKY_RELU(Kind.UNARY, "leakyrelu", "leakyRelu", Set.of("leakyrelu", "leaky_relu", "lrelu"),
            x -> x > 0 ? x : 0.01 * x, null),
    MAX(Kind.BINARY, "max", Set.of("\\max", "max"), null, Math::max),
    MIN(Kind.BINARY, "min", Set.of("\\min", "min"), null, Math::min),
    SOFTMAX(Kind.LAST_AXIS, "softmax", Set.of("softmax"), null, null),
    LOG_SOFTMAX(Kind.LAST_AXIS, "log_softmax", "logSoftmax", Set.of("logsoftmax", "log_softmax", "log\\_softmax"),
            null, null),
    MEAN(Kind.REDUCE_LAST, "mean", "meanLast", Set.of("mean"), null, null),
    /** The population variance (divided by n), as the layer-norm papers use it. */
    VAR(Kind.REDUCE_LAST, "var", "varLast", Set.of("var"), null, null),
    LOGSUMEXP(Kind.REDUCE_LAST, "logsumexp", "logsumexpLast", Set.of("logsumexp"), null, null),
    SUM(Kind.REDUCE_LAST, "sum", "sumLast", Set.of("sum"), null, null),
    /** A vector to its diagonal matrix, or the diagonal of a (square) matrix. */
    DIAG(Kind.STRUCTURAL, "diag", "diag", Set.of("diag"), null, null),
    /** The trace of a square matrix. */
    TRACE(Kind.STRUCTURAL, "tr", "trace", Set.of("tr", "trace"), null, null),
    /** Concatenation along the last axis, of two or more arguments. */
    CONCAT(Kind.STRUCTURAL, "Concat", "concatLast", Set.of("concat"), null, null),
    /** The Euclidean norm {@code \\|x\\|}, {@code \\|x\\|_2} over the last axis. */
    NORM2(Kind.REDUCE_LAST, "norm", "norm2Last", Set.of(), null, null),
    /** {@code \\|x\\|_1}. */
    NORM1(Kind.REDUCE_LAST, "norm_1", "norm1Last", Set.of(), null, null),
    /** {@code \\|x\\|_\\infty}. */
    NORM_INF(Kind.REDUCE_LAST, "norm_inf", "normInfLast", Set.of(), null, null);

    /** How a built-in maps shapes. */
    public enum Kind {
        /** One argument, element-wise, shape preserved. */
        UNARY,
        /** Two arguments, element-wise with broadcasting. */
        BINARY,
        /** One argument of rank at least 1, computed along the last axis, shape preserved. */
        LAST_AXIS,
        /** One argument of rank at least 1, reduced along the last axis, which the result drops. */
        REDUCE_LAST,
        /** Rearranges axes with its own shape rule: diag, tr, Concat. */
        STRUCTURAL
    }

    private final Kind kind;
    private final String displayName;
    private final String runtimeMethod;
    private final Set<String> spellings;
    private final DoubleUnaryOperator unary;
    private final DoubleBinaryOperator binary;

    Builtin(Kind kind, String runtimeMethod, Set<String> spellings, DoubleUnaryOperator unary,
            DoubleBinaryOperator binary) {
        this(kind, runtimeMethod, runtimeMethod, spellings, unary, binary);
    }

    Builtin(Kind kind, String displayName, String runtimeMethod, Set<String> spellings, DoubleUnaryOperator unary,
            DoubleBinaryOperator binary) {
        this.kind = kind;
        this.displayName = displayName;
        this.runtimeMethod = runtimeMethod;
        this.spellings = spellings;
        this.unary = unary;
        this.binary = binary;
    }

    public Kind kind() {
        return kind;
    }

    /** The number of arguments, or -1 for two or more (Concat). */
    public int arity() {
        return this == CONCAT ? -1 : kind == Kind.BINARY ? 2 : 1;
    }

    /** The {@code dev.eqc.runtime.Ops} method generated code calls. */
    public String runtimeMethod() {
        return runtimeMethod;
    }

    /** The name users see in messages. */
    public String displayName() {
        return displayName;
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

    /** log(1 + e^x) without overflow: x + log(1 + e^-x) for positive x, log(1 + e^x) otherwise. */
    private static double referenceSoftplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    private static double referenceSigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }
}
