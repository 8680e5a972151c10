package dev.eqc.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.eqc.compiler.builtin.ScalarForm;

/** Java code for a built-in of one plain {@code double}, by the {@link ScalarForm} its table entry declares. */
final class JavaMath {
    private JavaMath() {}

    static CodeBlock of(ScalarForm form, CodeBlock x) {
        return switch (form) {
            case EXP -> math("exp", x);
            case LOG -> math("log", x);
            case SQRT -> math("sqrt", x);
            case TANH -> math("tanh", x);
            case SIN -> math("sin", x);
            case COS -> math("cos", x);
            case TAN -> math("tan", x);
            case SINH -> math("sinh", x);
            case COSH -> math("cosh", x);
            case ASIN -> math("asin", x);
            case ACOS -> math("acos", x);
            case ATAN -> math("atan", x);
            case ABS -> math("abs", x);
            case FLOOR -> math("floor", x);
            case CEIL -> math("ceil", x);
            case ROUND -> math("rint", x);
            case SIGNUM -> math("signum", x);
            case LOGISTIC -> CodeBlock.of("(1.0 / (1.0 + $T.exp(-$L)))", RuntimeTypes.MATH, x);
            case RELU -> CodeBlock.of("$T.max($L, 0.0)", RuntimeTypes.MATH, x);
            case ARSINH -> CodeBlock.of("$T.arsinh($L)", RuntimeTypes.OPS, x);
            case ARCOSH -> CodeBlock.of("$T.arcosh($L)", RuntimeTypes.OPS, x);
            case ARTANH -> CodeBlock.of("$T.artanh($L)", RuntimeTypes.OPS, x);
        };
    }

    private static CodeBlock math(String method, CodeBlock x) {
        return CodeBlock.of("$T.$L($L)", RuntimeTypes.MATH, method, x);
    }
}
