package dev.eqc.compiler.builtin;

import dev.eqc.compiler.builtin.LoopForm.BlockKernel;
import dev.eqc.compiler.builtin.LoopForm.InlineForm;
import dev.eqc.compiler.builtin.RowReference.RowMap;
import dev.eqc.compiler.builtin.RowReference.RowReduction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The table of built-in functions: each is declared once, with everything every pass needs.
 *
 * <ul>
 *   <li>its spellings (SPEC 3.3) and the name users see;
 *   <li>its shape rule ({@link Kind}, and for the structural ones their {@link Structure});
 *   <li>its reference meaning for the interpreter, written here independently of the runtime's
 *       kernels: a function of one or two numbers, or of one row ({@link RowReference});
 *   <li>its derivative ({@link #adjoints}), in the operations of {@link Gradients};
 *   <li>its Java lowering: the {@code dev.eqc.runtime.Ops} method for tensors, the
 *       {@link ScalarForm} for a plain number, and the {@link LoopForm} in a fused loop;
 *   <li>its stable forms: what the logarithm of it is ({@link #logOf}), and for a fused loop, its
 *       {@link #expansion} in simpler operations.
 * </ul>
 *
 * Passes switch over this enum, or over the enums it declares, without a default, so a new
 * built-in is a new entry here and a compile error in every pass that has to say what it means.
 * The derivative is abstract: an entry cannot be added without one (null: none that is useful).
 *
 * <p>This file is longer than the house limit on purpose: it is the table, one entry per
 * built-in, and its value is that an entry is read whole in one place.
 */
public enum Builtin {
    EXP(unary("exp").spelled("\\exp", "exp").reference(Math::exp).scalar(ScalarForm.EXP).block(BlockKernel.EXP)) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, y));
        }

        @Override
        public <T> T logOf(Algebra<T> a, T x) {
            return x;
        }
    },
    LOG(unary("log").spelled("\\log", "\\ln", "log", "ln").reference(Math::log).scalar(ScalarForm.LOG)
            .block(BlockKernel.LOG)) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.div(g, x.get(0)));
        }
    },
    SQRT(unary("sqrt").spelled("sqrt").reference(Math::sqrt).scalar(ScalarForm.SQRT).scalarInLoops()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.div(g, a.mul(a.lit(2.0), y)));
        }
    },
    /** {@code \log_2}. */
    LOG2(unary("log_2").runtime("log2").spelled("log2", "lg").reference(x -> Math.log(x) / Math.log(2.0))
            .inline(InlineForm.LOG2)) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.div(g, a.mul(x.get(0), a.lit(Math.log(2.0)))));
        }
    },
    /** {@code \lfloor x \rfloor}. */
    FLOOR(unary("floor").spelled("floor").reference(Math::floor).scalar(ScalarForm.FLOOR).scalarInLoops()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return null; // zero almost everywhere
        }
    },
    /**
     * {@code \lfloor x \rceil}, {@code \mathrm{round}(x)}: the nearest integer, ties to the even one (as torch.round and
     * numpy.round).
     */
    ROUND(unary("round").spelled("round").reference(Math::rint).scalar(ScalarForm.ROUND).scalarInLoops()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return null; // zero almost everywhere
        }
    },
    /** {@code \lceil x \rceil}. */
    CEIL(unary("ceil").spelled("ceil").reference(Math::ceil).scalar(ScalarForm.CEIL).scalarInLoops()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return null; // zero almost everywhere
        }
    },
    TANH(unary("tanh").spelled("\\tanh", "tanh").reference(Math::tanh).scalar(ScalarForm.TANH).block(BlockKernel.TANH)) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.sub(a.lit(1.0), a.square(y))));
        }
    },
    SIN(unary("sin").spelled("\\sin", "sin").reference(Math::sin).scalar(ScalarForm.SIN).scalarInLoops()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.call(COS, x.get(0))));
        }
    },
    COS(unary("cos").spelled("\\cos", "cos").reference(Math::cos).scalar(ScalarForm.COS).scalarInLoops()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.neg(a.mul(g, a.call(SIN, x.get(0)))));
        }
    },
    ABS(unary("abs").spelled("abs").reference(Math::abs).scalar(ScalarForm.ABS).scalarInLoops()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.call(SIGN, x.get(0))));
        }
    },
    SIGMOID(unary("sigmoid").spelled("\\sigma", "sigmoid", "sigm", "sig").reference(RowReference::sigmoid)
            .scalar(ScalarForm.LOGISTIC).block(BlockKernel.SIGMOID)) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.mul(y, a.sub(a.lit(1.0), y))));
        }

        /** {@code \log\sigma(x) = -\mathrm{softplus}(-x)}. */
        @Override
        public <T> T logOf(Algebra<T> a, T x) {
            return a.neg(a.call(SOFTPLUS, a.neg(x)));
        }
    },
    RELU(unary("relu").spelled("relu").reference(x -> x > 0 ? x : 0.0).scalar(ScalarForm.RELU).inline(InlineForm.RELU)) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.gt(x.get(0), a.lit(0.0))));
        }
    },
    SINH(unary("sinh").spelled("\\sinh", "sinh").reference(Math::sinh).scalar(ScalarForm.SINH).scalarInLoops()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.call(COSH, x.get(0))));
        }
    },
    COSH(unary("cosh").spelled("\\cosh", "cosh").reference(Math::cosh).scalar(ScalarForm.COSH).scalarInLoops()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.call(SINH, x.get(0))));
        }
    },
    /** The inverse sine, in [-π/2, π/2]. */
    ARCSIN(unary("arcsin").spelled("\\arcsin", "arcsin", "asin").reference(Math::asin).scalar(ScalarForm.ASIN)
            .scalarInLoops()) {
        /** dx = g / \sqrt{1 - x^2}. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.div(g, a.call(SQRT, a.sub(a.lit(1.0), a.square(x.get(0))))));
        }
    },
    /** The inverse cosine, in [0, π]. */
    ARCCOS(unary("arccos").spelled("\\arccos", "arccos", "acos").reference(Math::acos).scalar(ScalarForm.ACOS)
            .scalarInLoops()) {
        /** dx = -g / \sqrt{1 - x^2}. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.neg(a.div(g, a.call(SQRT, a.sub(a.lit(1.0), a.square(x.get(0)))))));
        }
    },
    /** The inverse tangent, in (-π/2, π/2). */
    ARCTAN(unary("arctan").spelled("\\arctan", "arctan", "atan").reference(Math::atan).scalar(ScalarForm.ATAN)
            .scalarInLoops()) {
        /** dx = g / (1 + x^2). */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.div(g, a.add(a.lit(1.0), a.square(x.get(0)))));
        }
    },
    /** The inverse hyperbolic sine, {@code \log(x + \sqrt{x^2 + 1})}. */
    ARSINH(unary("arsinh").spelled("arsinh", "arcsinh", "asinh").reference(RowReference::arsinh).scalar(ScalarForm.ARSINH)
            .scalarInLoops()) {
        /** dx = g / \sqrt{x^2 + 1}. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.div(g, a.call(SQRT, a.add(a.square(x.get(0)), a.lit(1.0)))));
        }
    },
    /** The inverse hyperbolic cosine, {@code \log(x + \sqrt{x^2 - 1})} for x >= 1 (NaN below). */
    ARCOSH(unary("arcosh").spelled("arcosh", "arccosh", "acosh").reference(RowReference::arcosh).scalar(ScalarForm.ARCOSH)
            .scalarInLoops()) {
        /** dx = g / \sqrt{x^2 - 1}. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.div(g, a.call(SQRT, a.sub(a.square(x.get(0)), a.lit(1.0)))));
        }
    },
    /** The inverse hyperbolic tangent, {@code \frac{1}{2}\log\frac{1 + x}{1 - x}} for |x| < 1. */
    ARTANH(unary("artanh").spelled("artanh", "arctanh", "atanh").reference(RowReference::artanh).scalar(ScalarForm.ARTANH)
            .scalarInLoops()) {
        /** dx = g / (1 - x^2). */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.div(g, a.sub(a.lit(1.0), a.square(x.get(0)))));
        }
    },
    TAN(unary("tan").spelled("\\tan", "tan").reference(Math::tan).scalar(ScalarForm.TAN).scalarInLoops()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.add(a.lit(1.0), a.square(y))));
        }
    },
    ERF(unary("erf").spelled("erf").reference(ErrorFunction::erf).block(BlockKernel.ERF)) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.mul(a.lit(2.0 / Math.sqrt(Math.PI)), gaussian(a, x.get(0), 1.0))));
        }
    },
    /** The standard normal CDF; {@code \Phi} is a plain letter unless applied like a function. */
    NORMAL_CDF(unary("Phi").runtime("normalCdf").spelled("\\Phi").reference(ErrorFunction::normalCdf).expanded()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, normalPdf(a, x.get(0))));
        }

        /** {@code \Phi(x) = (1 + \mathrm{erf}(x / \sqrt 2)) / 2}, over the block erf. */
        @Override
        public <T> T expansion(Algebra<T> a, T x) {
            return a.mul(a.lit(0.5), a.add(a.lit(1.0), a.call(ERF, a.mul(x, a.lit(Math.sqrt(0.5))))));
        }
    },
    /** The exact GELU x Φ(x) of Hendrycks and Gimpel, not the tanh approximation. */
    GELU(unary("gelu").spelled("gelu").reference(x -> x * ErrorFunction.normalCdf(x)).expanded()) {
        /** GELU(x) = x Φ(x): Φ(x) + x φ(x). */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            T v = x.get(0);
            return List.of(a.mul(g, a.add(a.call(NORMAL_CDF, v), a.mul(v, normalPdf(a, v)))));
        }

        @Override
        public <T> T expansion(Algebra<T> a, T x) {
            return a.mul(x, a.call(NORMAL_CDF, x));
        }
    },
    SOFTPLUS(unary("softplus").spelled("softplus").reference(RowReference::softplus).inline(InlineForm.SOFTPLUS)) {
        /** softplus' = sigmoid, computed by the stable sigmoid kernel. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.call(SIGMOID, x.get(0))));
        }
    },
    SIGN(unary("sign").spelled("sign", "sgn").reference(Math::signum).scalar(ScalarForm.SIGNUM).scalarInLoops()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return null; // zero almost everywhere
        }
    },
    /**
     * The stop-gradient operator of VQ-VAE, BYOL and SimSiam ({@code \\mathrm{sg}[x]}, {@code \\mathrm{stopgrad}(x)}):
     * its value is its argument, its derivative zero (the argument is held constant when differentiating).
     */
    STOP_GRADIENT(unary("sg").runtime("stopGradient").spelled("sg", "stopgrad", "stop_grad", "stopgradient",
            "stop_gradient", "detach").reference(x -> x).expanded()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return null; // held constant: no gradient flows into the argument
        }

        @Override
        public <T> T expansion(Algebra<T> a, T x) {
            return x;
        }
    },
    /** Leaky ReLU with PyTorch's default negative slope, 0.01. */
    LEAKY_RELU(unary("leakyrelu").runtime("leakyRelu").spelled("leakyrelu", "leaky_relu", "lrelu")
            .reference(x -> x > 0 ? x : 0.01 * x).inline(InlineForm.LEAKY_RELU)) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.select(a.gt(x.get(0), a.lit(0.0)), a.lit(1.0), a.lit(0.01))));
        }
    },
    /** SiLU, also called swish (β = 1): x σ(x). */
    SILU(unary("silu").spelled("silu", "swish").reference(x -> x / (1.0 + Math.exp(-x))).expanded()) {
        /** σ(x) + x σ(x) (1 - σ(x)). */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            T v = x.get(0);
            T s = a.call(SIGMOID, v);
            return List.of(a.mul(g, a.add(s, a.mul(v, a.mul(s, a.sub(a.lit(1.0), s))))));
        }

        @Override
        public <T> T expansion(Algebra<T> a, T x) {
            return a.mul(x, a.call(SIGMOID, x));
        }
    },
    /** ELU with α = 1 (PyTorch's default): x for x > 0, e^x - 1 otherwise. */
    ELU(unary("elu").spelled("elu").reference(x -> x > 0 ? x : Math.expm1(x)).expanded()) {
        /** 1 for x > 0, e^x = y + 1 otherwise. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.select(a.gt(x.get(0), a.lit(0.0)), a.lit(1.0), a.add(y, a.lit(1.0)))));
        }

        /** relu(x) + e^{x [x <= 0]} - 1: never exponentiates a positive number. */
        @Override
        public <T> T expansion(Algebra<T> a, T x) {
            return a.add(a.call(RELU, x), a.sub(a.call(EXP, a.mul(x, a.le(x, a.lit(0.0)))), a.lit(1.0)));
        }
    },
    /** SELU of Klambauer et al. (2017): λ x for x > 0, λ α (e^x - 1) otherwise. */
    SELU(unary("selu").spelled("selu").reference(x -> x > 0 ? RowReference.SELU_SCALE * x : RowReference.SELU_SCALE * RowReference.SELU_ALPHA * Math.expm1(x))
            .expanded()) {
        /** λ for x > 0, λ α e^x = y + λ α otherwise. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.select(a.gt(x.get(0), a.lit(0.0)), a.lit(RowReference.SELU_SCALE),
                    a.add(y, a.lit(RowReference.SELU_SCALE * RowReference.SELU_ALPHA)))));
        }

        @Override
        public <T> T expansion(Algebra<T> a, T x) {
            T negative = a.sub(a.call(EXP, a.mul(x, a.le(x, a.lit(0.0)))), a.lit(1.0));
            return a.mul(a.lit(RowReference.SELU_SCALE), a.add(a.call(RELU, x), a.mul(a.lit(RowReference.SELU_ALPHA), negative)));
        }
    },
    MAX(binary("max").spelled("\\max", "max").reference(Math::max)) {
        /** The larger operand takes the gradient (the first one on ties). */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.ge(x.get(0), x.get(1))), a.mul(g, a.lt(x.get(0), x.get(1))));
        }
    },
    MIN(binary("min").spelled("\\min", "min").reference(Math::min)) {
        /** The smaller operand takes the gradient (the first one on ties). */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(g, a.le(x.get(0), x.get(1))), a.mul(g, a.gt(x.get(0), x.get(1))));
        }
    },
    SOFTMAX(alongLast("softmax").spelled("softmax").row(RowReference::softmax)) {
        /** y = softmax(x): dx = y (g - sum(g y)). */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(y, a.sub(g, a.keep(a.call(SUM, a.mul(g, y))))));
        }

        @Override
        public <T> T logOf(Algebra<T> a, T x) {
            return a.call(LOG_SOFTMAX, x);
        }
    },
    LOG_SOFTMAX(alongLast("log_softmax").runtime("logSoftmax").spelled("logsoftmax", "log_softmax", "log\\_softmax")
            .row(RowReference::logSoftmax)) {
        /** y = log_softmax(x): dx = g - softmax(x) sum(g); stable for any x. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.sub(g, a.mul(a.call(SOFTMAX, x.get(0)), a.keep(a.call(SUM, g)))));
        }
    },
    /** The running sum along the last axis. */
    CUMSUM(alongLast("cumsum").runtime("cumsumLast").spelled("cumsum").row(RowReference::cumsum)) {
        /** dx_j = sum_{k >= j} g_k = sum(g) - cumsum(g)_j + g_j. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.add(a.sub(a.keep(a.call(SUM, g)), a.call(CUMSUM, g)), g));
        }
    },
    /**
     * Layer normalisation without gain and bias (Ba et al. 2016): {@code (x - mean(x)) / sqrt(var(x) + eps)}
     * along the last axis, the variance divided by n, eps = 1e-5 (PyTorch's default). A gain and a bias
     * are written around it, or as {@code \\mathrm{LayerNorm}(x, \\gamma, \\beta)} (resolved to
     * {@code \\gamma \\odot \\mathrm{LayerNorm}(x) + \\beta}).
     */
    LAYER_NORM(alongLast("LayerNorm").runtime("layerNormLast").spelled("layernorm", "layer_norm", "layer\\_norm")
            .row(RowReference::layerNorm)) {
        /** y = (x - mean) / s, s = sqrt(var + eps): dx = (g - mean(g) - y mean(g y)) / s. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            T v = x.get(0);
            T s = a.call(SQRT, a.add(a.keep(a.call(VAR, v)), a.lit(RowReference.NORM_EPSILON)));
            T centred = a.sub(g, a.keep(a.call(MEAN, g)));
            return List.of(a.div(a.sub(centred, a.mul(y, a.keep(a.call(MEAN, a.mul(g, y))))), s));
        }
    },
    /**
     * Root-mean-square normalisation without gain (Zhang and Sennrich 2019): {@code x / sqrt(mean(x^2) + eps)}
     * along the last axis, eps = 1e-5; {@code \\mathrm{RMSNorm}(x, g)} is {@code g \\odot \\mathrm{RMSNorm}(x)}.
     */
    RMS_NORM(alongLast("RMSNorm").runtime("rmsNormLast").spelled("rmsnorm", "rms_norm", "rms\\_norm")
            .row(RowReference::rmsNorm)) {
        /** y = x / r, r = sqrt(mean(x^2) + eps): dx = (g - y mean(g y)) / r. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            T v = x.get(0);
            T r = a.call(SQRT, a.add(a.keep(a.call(MEAN, a.square(v))), a.lit(RowReference.NORM_EPSILON)));
            return List.of(a.div(a.sub(g, a.mul(y, a.keep(a.call(MEAN, a.mul(g, y))))), r));
        }
    },
    MEAN(reduceLast("mean").runtime("meanLast").spelled("mean").reduction(RowReference::mean)) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            if (a.scalarArgument()) {
                return List.of(g); // the expectation of a single draw is that draw (W0321)
            }
            return List.of(a.div(a.sumBack(a.keep(g), x.get(0)), a.axisLength()));
        }
    },
    /** The population variance (divided by n), as the layer-norm papers use it. */
    VAR(reduceLast("var").runtime("varLast").spelled("var").reduction(RowReference::variance)) {
        /** dx = g 2 (x - mean(x)) / n. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            T v = x.get(0);
            return List.of(a.mul(a.keep(g), a.div(a.mul(a.lit(2.0), a.sub(v, a.keep(a.call(MEAN, v)))), a.axisLength())));
        }
    },
    /** The population standard deviation (divided by n), the square root of {@link #VAR}. */
    STD(reduceLast("std").runtime("stdLast").spelled("std", "stddev", "sd").reduction(
            (in, off, n) -> Math.sqrt(RowReference.variance(in, off, n)))) {
        /** dx = g (x - mean(x)) / (n y). */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            T v = x.get(0);
            return List.of(a.mul(a.keep(g), a.div(a.sub(v, a.keep(a.call(MEAN, v))), a.mul(a.axisLength(), a.keep(y)))));
        }
    },
    /** The position (counted from 0) of the largest element along the last axis, the first on ties. */
    ARGMAX(reduceLast("argmax").runtime("argmaxLast").spelled("argmax", "\\argmax").reduction(RowReference::argmax)) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return null; // piecewise constant
        }
    },
    /** The position (counted from 0) of the smallest element along the last axis, the first on ties. */
    ARGMIN(reduceLast("argmin").runtime("argminLast").spelled("argmin", "\\argmin").reduction(RowReference::argmin)) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return null; // piecewise constant
        }
    },
    LOGSUMEXP(reduceLast("logsumexp").runtime("logsumexpLast").spelled("logsumexp").reduction(RowReference::logSumExp)) {
        /** dx = g softmax(x). */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.mul(a.keep(g), a.call(SOFTMAX, x.get(0))));
        }
    },
    /**
     * {@code \\max(x)} with one argument: the largest element along the last axis ({@code \\min(x)} is
     * {@code -\\max(-x)}), and FlashAttention's {@code \\mathrm{rowmax}(S)}, the largest of each row. The gradient
     * goes to the largest elements, shared evenly on ties (a subgradient).
     */
    MAX_LAST(reduceLast("max").runtime("maxLast").spelled("rowmax").reduction(RowReference::largest)) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            T v = x.get(0);
            if (a.scalarArgument()) {
                return List.of(g);
            }
            T largest = a.eq(v, a.keep(y));
            return List.of(a.mul(a.div(a.keep(g), a.keep(a.call(SUM, largest))), largest));
        }
    },
    SUM(reduceLast("sum").runtime("sumLast").spelled("sum", "rowsum").reduction(RowReference::sum)) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.sumBack(a.keep(g), x.get(0)));
        }
    },
    /** A vector to its diagonal matrix, or the diagonal of a (square) matrix. */
    DIAG(structural("diag", Structure.DIAG).spelled("diag")) {
        /** diag(v) → matrix: dv = diag(g); diag(A) → vector: dA = diag(g), a diagonal matrix. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.call(DIAG, g));
        }
    },
    /**
     * The determinant of a square matrix ({@code \det(A)}; also {@code |A|} of a square matrix, see
     * {@code TypedProgram.isDeterminant}). No derivative yet: the gradient pass stops with E0501.
     */
    DET(structural("det", Structure.DET).spelled("\\det", "det")) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return null;
        }
    },
    /** The trace of a square matrix. */
    TRACE(structural("tr", Structure.TRACE).runtime("trace").spelled("tr", "trace")) {
        /** dA = g I: the diagonal matrix of g repeated along diag(A). */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            return List.of(a.call(DIAG, a.sumBack(a.keep(g), a.call(DIAG, x.get(0)))));
        }
    },
    /** Concatenation along the last axis, of two or more arguments. */
    CONCAT(structural("Concat", Structure.CONCAT).runtime("concatLast").spelled("concat")) {
        /** Each part gets its slice of the adjoint. */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            List<T> out = new ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
                out.add(a.sliceLast(g, x.subList(0, i), x.get(i)));
            }
            return out;
        }
    },
    /** The Euclidean norm {@code \|x\|}, {@code \|x\|_2} over the last axis. */
    NORM2(reduceLast("norm").runtime("norm2Last").reduction(RowReference::euclidean).absOfNumber()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            T v = x.get(0);
            if (a.scalarArgument()) {
                return List.of(a.mul(g, a.call(SIGN, v)));
            }
            // x / ||x||, and 0 at x = 0 (a subgradient; no 0/0).
            T norm = a.keep(y);
            return List.of(a.mul(a.keep(g), a.select(a.gt(norm, a.lit(0.0)), a.div(v, norm), a.lit(0.0))));
        }
    },
    /** {@code \|x\|_1}. */
    NORM1(reduceLast("norm_1").runtime("norm1Last").reduction(RowReference::manhattan).absOfNumber()) {
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            T v = x.get(0);
            return List.of(a.scalarArgument() ? a.mul(g, a.call(SIGN, v)) : a.mul(a.keep(g), a.call(SIGN, v)));
        }
    },
    /** {@code \|x\|_\infty}. */
    NORM_INF(reduceLast("norm_inf").runtime("normInfLast").reduction(RowReference::largestMagnitude).absOfNumber()) {
        /** The entries of largest magnitude share the gradient evenly on ties (a subgradient). */
        @Override
        public <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y) {
            T v = x.get(0);
            if (a.scalarArgument()) {
                return List.of(a.mul(g, a.call(SIGN, v)));
            }
            T largest = a.eq(a.call(ABS, v), a.keep(y));
            return List.of(a.mul(a.div(a.keep(g), a.keep(a.call(SUM, largest))), a.mul(a.call(SIGN, v), largest)));
        }
    };

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
        /** Rearranges axes with its own shape rule ({@link Structure}). */
        STRUCTURAL
    }

    /** The structural built-ins, each with its own shape rule. */
    public enum Structure {
        /** A vector to its diagonal matrix, or a square matrix to its diagonal. */
        DIAG,
        /** A square matrix to the sum of its diagonal. */
        TRACE,
        /** A square matrix to its determinant. */
        DET,
        /** Two or more arguments joined along their last axis. */
        CONCAT
    }

    /**
     * The adjoints of the arguments, given the adjoint {@code g} of the result {@code y} and the
     * arguments {@code x}: each of its argument's shape, before the broadcasting of two-argument
     * built-ins is undone. Rules reuse {@code y} where that is both cheaper and stable: the
     * log-softmax rule is {@code g - softmax(x) sum(g)}, which never exponentiates a large number.
     * Null for built-ins whose derivative is zero almost everywhere (floor, ceil, sign).
     */
    public abstract <T> List<T> adjoints(Gradients<T> a, T g, List<T> x, T y);

    /** For {@link LoopForm#EXPANDED} built-ins: the built-in in simpler operations; null for the others. */
    public <T> T expansion(Algebra<T> a, T x) {
        return null;
    }

    /** The stable form of {@code \log} of this built-in of {@code x}, or null when there is none to prefer. */
    public <T> T logOf(Algebra<T> a, T x) {
        return null;
    }

    private static <T> T gaussian(Algebra<T> a, T x, double scale) {
        return a.call(EXP, a.neg(a.mul(a.lit(scale), a.square(x))));
    }

    /** The standard normal density. */
    private static <T> T normalPdf(Algebra<T> a, T x) {
        return a.mul(a.lit(1.0 / Math.sqrt(2.0 * Math.PI)), gaussian(a, x, 0.5));
    }

    // ---- the entries' data ------------------------------------------------------------------------

    private final Kind kind;
    private final String displayName;
    private final String runtimeMethod;
    private final Set<String> spellings;
    private final DoubleUnaryOperator unary;
    private final DoubleBinaryOperator binary;
    private final RowMap rowMap;
    private final RowReduction rowReduction;
    private final Structure structure;
    private final ScalarForm scalarForm;
    private final LoopForm loopForm;
    private final BlockKernel blockKernel;
    private final InlineForm inlineForm;
    private final boolean absOfNumber;

    Builtin(Spec s) {
        this.kind = s.kind;
        this.displayName = s.displayName;
        this.runtimeMethod = s.runtimeMethod;
        this.spellings = Set.copyOf(s.spellings);
        this.unary = s.unary;
        this.binary = s.binary;
        this.rowMap = s.rowMap;
        this.rowReduction = s.rowReduction;
        this.structure = s.structure;
        this.scalarForm = s.scalarForm;
        this.loopForm = s.loopForm;
        this.blockKernel = s.blockKernel;
        this.inlineForm = s.inlineForm;
        this.absOfNumber = s.absOfNumber;
    }

    public Kind kind() {
        return kind;
    }

    /** The number of arguments, or -1 for two or more (Concat). */
    public int arity() {
        return this == CONCAT ? -1 : kind == Kind.BINARY ? 2 : 1;
    }

    /** The {@code dev.eqc.runtime.Ops} method generated code calls on tensors. */
    public String runtimeMethod() {
        return runtimeMethod;
    }

    /** The name users see in messages. */
    public String displayName() {
        return displayName;
    }

    /** Reference meaning of a unary built-in (interpreter, constant folding); null for other kinds. */
    public DoubleUnaryOperator unary() {
        return unary;
    }

    /** Reference meaning of a binary built-in (interpreter, constant folding); null for other kinds. */
    public DoubleBinaryOperator binary() {
        return binary;
    }

    /** Reference meaning of a {@link Kind#LAST_AXIS} built-in on {@code in[off..off+n)}, into {@code out}. */
    public void applyToRow(double[] in, int off, int n, double[] out) {
        rowMap.apply(in, off, n, out);
    }

    /** Reference meaning of a {@link Kind#REDUCE_LAST} built-in on {@code in[off..off+n)}. */
    public double reduceRow(double[] in, int off, int n) {
        return rowReduction.apply(in, off, n);
    }

    /** For {@link Kind#STRUCTURAL} built-ins: which structure; null for the others. */
    public Structure structure() {
        return structure;
    }

    /** How Java computes it of a plain number, if it can. */
    public Optional<ScalarForm> scalarForm() {
        return Optional.ofNullable(scalarForm);
    }

    /** For {@link Kind#UNARY} built-ins: how a fused element loop computes it; null for the others. */
    public LoopForm loopForm() {
        return loopForm;
    }

    /** For {@link LoopForm#BLOCK} built-ins: the runtime's kernel; null for the others. */
    public BlockKernel blockKernel() {
        return blockKernel;
    }

    /** For {@link LoopForm#INLINE} built-ins: the form written out; null for the others. */
    public InlineForm inlineForm() {
        return inlineForm;
    }

    /** Whether, of a single number, it is that number's absolute value (the norms). */
    public boolean absOfNumber() {
        return absOfNumber;
    }

    /**
     * The built-in a spelling names: a command ({@code \exp}) exactly, a multi-letter word
     * ({@code \mathrm{softmax}}, {@code ReLU}, {@code sqrt}) case-insensitively.
     */
    public static Optional<Builtin> lookup(String spelling) {
        if (spelling.equals("LN")) {
            // \mathrm{LN}, \mathop{LN} in capitals: layer normalisation, as ML papers print it (DeepNet,
            // HyperLSTM); the natural logarithm is \ln or \mathrm{ln}.
            return Optional.of(LAYER_NORM);
        }
        String word = spelling.startsWith("\\") ? spelling : spelling.toLowerCase(Locale.ROOT);
        for (Builtin b : values()) {
            if (b.spellings.contains(word)) {
                return Optional.of(b);
            }
        }
        if (!spelling.startsWith("\\") && word.contains("\\_")) {
            // \mathrm{stop\_gradient}: TeX's escaped underscore in a word is the underscore of the code name.
            return lookup(spelling.replace("\\_", "_"));
        }
        return Optional.empty();
    }

    /** Every multi-letter spelling, for "did you mean" suggestions. */
    public static List<String> wordSpellings() {
        return Arrays.stream(values()).flatMap(b -> b.spellings.stream()).filter(s -> !s.startsWith("\\")).sorted()
                .toList();
    }

    // ---- how an entry is written --------------------------------------------------------------

    private static Spec unary(String name) {
        return new Spec(Kind.UNARY, name);
    }

    private static Spec binary(String name) {
        return new Spec(Kind.BINARY, name);
    }

    private static Spec alongLast(String name) {
        return new Spec(Kind.LAST_AXIS, name);
    }

    private static Spec reduceLast(String name) {
        return new Spec(Kind.REDUCE_LAST, name);
    }

    private static Spec structural(String name, Structure structure) {
        Spec s = new Spec(Kind.STRUCTURAL, name);
        s.structure = structure;
        return s;
    }

    /** One entry's data, written fluently; the display name is also the runtime method unless said otherwise. */
    private static final class Spec {
        final Kind kind;
        final String displayName;
        String runtimeMethod;
        Set<String> spellings = Set.of();
        DoubleUnaryOperator unary;
        DoubleBinaryOperator binary;
        RowMap rowMap;
        RowReduction rowReduction;
        Structure structure;
        ScalarForm scalarForm;
        LoopForm loopForm;
        BlockKernel blockKernel;
        InlineForm inlineForm;
        boolean absOfNumber;

        Spec(Kind kind, String displayName) {
            this.kind = kind;
            this.displayName = displayName;
            this.runtimeMethod = displayName;
        }

        Spec runtime(String method) {
            runtimeMethod = method;
            return this;
        }

        Spec spelled(String... words) {
            spellings = Set.of(words);
            return this;
        }

        Spec reference(DoubleUnaryOperator f) {
            unary = f;
            return this;
        }

        Spec reference(DoubleBinaryOperator f) {
            binary = f;
            return this;
        }

        Spec row(RowMap f) {
            rowMap = f;
            return this;
        }

        Spec reduction(RowReduction f) {
            rowReduction = f;
            return this;
        }

        Spec scalar(ScalarForm form) {
            scalarForm = form;
            return this;
        }

        Spec block(BlockKernel kernel) {
            loopForm = LoopForm.BLOCK;
            blockKernel = kernel;
            return this;
        }

        Spec scalarInLoops() {
            loopForm = LoopForm.SCALAR;
            return this;
        }

        Spec inline(InlineForm form) {
            loopForm = LoopForm.INLINE;
            inlineForm = form;
            return this;
        }

        Spec expanded() {
            loopForm = LoopForm.EXPANDED;
            return this;
        }

        Spec absOfNumber() {
            absOfNumber = true;
            return this;
        }
    }
}
