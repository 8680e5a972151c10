package dev.eqc.runtime;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import dev.eqc.runtime.ElementwiseKernels.FloatBinary;
import dev.eqc.runtime.ElementwiseKernels.FloatBlock;

/**
 * The tensor operations generated code calls, with NumPy semantics.
 *
 * <p>Every operation returns a new tensor and never mutates its inputs; only {@link #alignCore}
 * may return a view (see there). The result is FLOAT64 if any tensor operand is FLOAT64, else
 * FLOAT32; a {@code double} operand does not affect it. FLOAT64 elements are computed in double
 * with {@link Math}. FLOAT32 tensors are read without widening: +, -, *, /, max, min in float
 * (the same result as double then narrowed), pow and scalar operands that are not exactly a
 * float in double per element, and
 * exp, log, tanh, sigmoid, erf, Φ, GELU, softplus with the float kernels of {@link VecMath}
 * (errors in {@code docs/TRANSCENDENTALS.md}); large tensors are split over {@link Parallel}. Shape errors throw {@link IllegalArgumentException} naming both
 * shapes. The loops live in small kernel classes so they can be optimised behind this facade.
 */
public final class Ops {
  private Ops() {}

  // ---- Element-wise binary operations, with NumPy broadcasting ----

  /** {@code a + b}. */
  public static Tensor add(Tensor a, Tensor b) { return zip(a, b, Double::sum, FloatBinary.ADD); }
  /** {@code a + b}. */
  public static Tensor add(Tensor a, double b) { return map(a, x -> x + b, b, FloatBinary.ADD, false); }
  /** {@code a + b}. */
  public static Tensor add(double a, Tensor b) { return map(b, x -> a + x, a, FloatBinary.ADD, true); }

  /** {@code a - b}. */
  public static Tensor sub(Tensor a, Tensor b) { return zip(a, b, (x, y) -> x - y, FloatBinary.SUB); }
  /** {@code a - b}. */
  public static Tensor sub(Tensor a, double b) { return map(a, x -> x - b, b, FloatBinary.SUB, false); }
  /** {@code a - b}. */
  public static Tensor sub(double a, Tensor b) { return map(b, x -> a - x, a, FloatBinary.SUB, true); }

  /** {@code a * b}. */
  public static Tensor mul(Tensor a, Tensor b) { return zip(a, b, (x, y) -> x * y, FloatBinary.MUL); }
  /** {@code a * b}. */
  public static Tensor mul(Tensor a, double b) { return map(a, x -> x * b, b, FloatBinary.MUL, false); }
  /** {@code a * b}. */
  public static Tensor mul(double a, Tensor b) { return map(b, x -> a * x, a, FloatBinary.MUL, true); }

  /** {@code a / b}; division by zero gives an infinity or NaN as in IEEE arithmetic. */
  public static Tensor div(Tensor a, Tensor b) { return zip(a, b, (x, y) -> x / y, FloatBinary.DIV); }
  /** {@code a / b}. */
  public static Tensor div(Tensor a, double b) { return map(a, x -> x / b, b, FloatBinary.DIV, false); }
  /** {@code a / b}. */
  public static Tensor div(double a, Tensor b) { return map(b, x -> a / x, a, FloatBinary.DIV, true); }

  /** {@code a} to the power {@code b}, as {@link Math#pow}. */
  public static Tensor pow(Tensor a, Tensor b) { return zip(a, b, Math::pow, FloatBinary.POW); }
  /** {@code a} to the power {@code b}, as {@link Math#pow}. */
  public static Tensor pow(Tensor a, double b) { return map(a, x -> Math.pow(x, b), b, FloatBinary.POW, false); }
  /** {@code a} to the power {@code b}, as {@link Math#pow}. */
  public static Tensor pow(double a, Tensor b) { return map(b, x -> Math.pow(a, x), a, FloatBinary.POW, true); }

  /** Element-wise maximum; NaN if either side is NaN, like {@link Math#max}. */
  public static Tensor max(Tensor a, Tensor b) { return zip(a, b, Math::max, FloatBinary.MAX); }
  /** Element-wise maximum; NaN if either side is NaN. */
  public static Tensor max(Tensor a, double b) { return map(a, x -> Math.max(x, b), b, FloatBinary.MAX, false); }
  /** Element-wise maximum; NaN if either side is NaN. */
  public static Tensor max(double a, Tensor b) { return map(b, x -> Math.max(a, x), a, FloatBinary.MAX, true); }

  /** Element-wise minimum; NaN if either side is NaN, like {@link Math#min}. */
  public static Tensor min(Tensor a, Tensor b) { return zip(a, b, Math::min, FloatBinary.MIN); }
  /** Element-wise minimum; NaN if either side is NaN. */
  public static Tensor min(Tensor a, double b) { return map(a, x -> Math.min(x, b), b, FloatBinary.MIN, false); }
  /** Element-wise minimum; NaN if either side is NaN. */
  public static Tensor min(double a, Tensor b) { return map(b, x -> Math.min(a, x), a, FloatBinary.MIN, true); }

  // ---- Element-wise unary operations ----

  /** {@code -x}. */
  public static Tensor neg(Tensor x) { return map(x, v -> -v, 1, ElementwiseKernels::neg); }
  /** {@code e^x}. */
  public static Tensor exp(Tensor x) { return map(x, Math::exp, 8, VecMath::exp); }
  /** Natural logarithm. */
  public static Tensor log(Tensor x) { return map(x, Math::log, 8, VecMath::log); }
  /** Square root. */
  public static Tensor sqrt(Tensor x) { return map(x, Math::sqrt, 2, ElementwiseKernels::sqrt); }
  /** Hyperbolic tangent. */
  public static Tensor tanh(Tensor x) { return map(x, Math::tanh, 16, VecMath::tanh); }
  /** The logistic function {@code 1 / (1 + e^-x)}, computed without overflow for any x. */
  public static Tensor sigmoid(Tensor x) { return map(x, ElementwiseKernels::sigmoid, 8, VecMath::sigmoid); }
  /** Absolute value. */
  public static Tensor abs(Tensor x) { return map(x, Math::abs, 1, ElementwiseKernels::abs); }
  /** {@code max(x, 0)}, keeping NaN. */
  public static Tensor relu(Tensor x) { return map(x, ElementwiseKernels::relu, 1, ElementwiseKernels::relu); }
  /** Sine. */
  public static Tensor sin(Tensor x) { return map(x, Math::sin); }
  /** Cosine. */
  public static Tensor cos(Tensor x) { return map(x, Math::cos); }
  /** Hyperbolic sine. */
  public static Tensor sinh(Tensor x) { return map(x, Math::sinh); }
  /** Hyperbolic cosine. */
  public static Tensor cosh(Tensor x) { return map(x, Math::cosh); }
  /** Tangent. */
  public static Tensor tan(Tensor x) { return map(x, Math::tan); }
  /** Inverse sine. */
  public static Tensor arcsin(Tensor x) { return map(x, Math::asin); }
  /** Inverse cosine. */
  public static Tensor arccos(Tensor x) { return map(x, Math::acos); }
  /** Inverse tangent. */
  public static Tensor arctan(Tensor x) { return map(x, Math::atan); }
  /** Inverse hyperbolic sine, {@code log(x + sqrt(x^2 + 1))}, odd and accurate for large |x|. */
  public static Tensor arsinh(Tensor x) { return map(x, Ops::arsinh); }
  /** Inverse hyperbolic cosine, {@code log(x + sqrt(x^2 - 1))} for x >= 1, NaN below. */
  public static Tensor arcosh(Tensor x) { return map(x, Ops::arcosh); }
  /** Inverse hyperbolic tangent, {@code log((1 + x) / (1 - x)) / 2} for |x| < 1. */
  public static Tensor artanh(Tensor x) { return map(x, Ops::artanh); }

  /** The scalar form generated code calls per element. */
  public static double arsinh(double v) {
    double a = Math.abs(v);
    double r = a > 1e8 ? Math.log(a) + Math.log(2.0) : Math.log1p(a + a * a / (1.0 + Math.sqrt(1.0 + a * a)));
    return Math.copySign(r, v);
  }

  /** The scalar form generated code calls per element. */
  public static double arcosh(double v) {
    return v > 1e8 ? Math.log(v) + Math.log(2.0) : Math.log(v + Math.sqrt((v - 1.0) * (v + 1.0)));
  }

  /** The scalar form generated code calls per element. */
  public static double artanh(double v) {
    return 0.5 * Math.log1p(2.0 * v / (1.0 - v));
  }
  /** The error function, to a few ulps in double (Cody's rational approximations). */
  public static Tensor erf(Tensor x) { return map(x, ErfKernel::erf, 16, VecMath::erf); }
  /** The standard normal CDF Φ(x), accurate relative to its size also far in the lower tail. */
  public static Tensor normalCdf(Tensor x) { return map(x, ErfKernel::normalCdf, 32, ErfKernel::normalCdf); }
  /** The exact GELU {@code x Φ(x)} (not the tanh approximation). */
  public static Tensor gelu(Tensor x) { return map(x, ErfKernel::gelu, 32, ErfKernel::gelu); }
  /** {@code log(1 + e^x)}, finite and accurate for any finite x. */
  public static Tensor softplus(Tensor x) { return map(x, ElementwiseKernels::softplus, 16, ElementwiseKernels::softplus); }
  /** Logarithm to base 2. */
  public static Tensor log2(Tensor x) { return map(x, v -> Math.log(v) / Math.log(2.0)); }
  /** Largest integer not above x. */
  public static Tensor floor(Tensor x) { return map(x, Math::floor); }
  /** Smallest integer not below x. */
  public static Tensor ceil(Tensor x) { return map(x, Math::ceil); }
  /** The nearest integer, ties to the even one (as torch.round). */
  public static Tensor round(Tensor x) { return map(x, Math::rint); }
  /** Leaky ReLU with negative slope 0.01 (PyTorch's default). */
  public static Tensor leakyRelu(Tensor x) { return map(x, v -> v > 0 ? v : 0.01 * v); }
  /** The stop-gradient operator's value: a copy of x (its derivative, zero, is the compiler's). */
  public static Tensor stopGradient(Tensor x) { return map(x, v -> v); }
  /** -1, 0 or 1 by the sign of x (NaN and signed zeros kept, like {@link Math#signum}). */
  public static Tensor sign(Tensor x) { return map(x, Math::signum); }
  /** SiLU (swish with β = 1), {@code x σ(x)}. */
  public static Tensor silu(Tensor x) { return map(x, v -> v * ElementwiseKernels.sigmoid(v)); }
  /** ELU with α = 1: x for x > 0, {@code e^x - 1} otherwise (PyTorch's default). */
  public static Tensor elu(Tensor x) { return map(x, v -> v > 0 ? v : Math.expm1(v)); }
  /** SELU of Klambauer et al.: {@code λ x} for x > 0, {@code λ α (e^x - 1)} otherwise. */
  public static Tensor selu(Tensor x) {
    return map(x, v -> v > 0 ? SELU_SCALE * v : SELU_SCALE * SELU_ALPHA * Math.expm1(v));
  }
  /** SELU's α. */
  public static final double SELU_ALPHA = 1.6732632423543772848170429916717;
  /** SELU's λ. */
  public static final double SELU_SCALE = 1.0507009873554804934193349852946;
  /** {@code x * x}. */
  public static Tensor square(Tensor x) { return map(x, v -> v * v, 1, ElementwiseKernels::square); }
  /** {@code 1 / x}. */
  public static Tensor reciprocal(Tensor x) { return map(x, v -> 1.0 / v, 1, ElementwiseKernels::reciprocal); }

  // ---- Along the last axis ----

  /** Softmax along the last axis, stabilised by subtracting each row's maximum; rank >= 1. */
  public static Tensor softmax(Tensor x) {
    requireRankAtLeastOne("softmax", x);
    if (x.dtype() == DType.FLOAT32) {
      return Tensor.wrap(SoftmaxKernel.rows(x.floatData(), x.size(-1)), x.shape());
    }
    return Tensor.fromDoubles(x.dtype(), SoftmaxKernel.rows(x.readDoubles(), x.size(-1)),
        x.shape());
  }

  /**
   * Log-softmax along the last axis, {@code x - max - log(sum(exp(x - max)))}, finite for any
   * finite input; rank >= 1.
   */
  public static Tensor logSoftmax(Tensor x) {
    requireRankAtLeastOne("logSoftmax", x);
    if (x.dtype() == DType.FLOAT32) {
      return Tensor.wrap(SoftmaxKernel.logRows(x.floatData(), x.size(-1)), x.shape());
    }
    return Tensor.fromDoubles(x.dtype(), SoftmaxKernel.logRows(x.readDoubles(), x.size(-1)),
        x.shape());
  }

  /** Sum over the last axis: [..., n] -> [...]. */
  public static Tensor sumLast(Tensor x) {
    requireRankAtLeastOne("sumLast", x);
    if (x.dtype() == DType.FLOAT32) {
      return floatRows(x, 1, ReductionKernels::sum);
    }
    return reduceLast(x, ReductionKernels.sumRows(x.readDoubles(), rows(x), x.size(-1)));
  }

  /** The Euclidean norm over the last axis: [..., n] -> [...], accumulated in double. */
  public static Tensor norm2Last(Tensor x) {
    requireRankAtLeastOne("norm2Last", x);
    if (x.dtype() == DType.FLOAT32) {
      return floatRows(x, 2, ReductionKernels::norm2);
    }
    return reduceLast(x, ReductionKernels.norm2Rows(x.readDoubles(), rows(x), x.size(-1)));
  }

  /** The 1-norm over the last axis: [..., n] -> [...]. */
  public static Tensor norm1Last(Tensor x) {
    requireRankAtLeastOne("norm1Last", x);
    return reduceLast(x, ReductionKernels.sumRows(abs(x).readDoubles(), rows(x), x.size(-1)));
  }

  /** The maximum norm over the last axis: [..., n] -> [...]. */
  public static Tensor normInfLast(Tensor x) {
    requireRankAtLeastOne("normInfLast", x);
    return reduceLast(x, ReductionKernels.maxRows(abs(x).readDoubles(), rows(x), x.size(-1)));
  }

  /** Mean over the last axis: [..., n] -> [...]; NaN for an empty axis, as in NumPy. */
  public static Tensor meanLast(Tensor x) {
    requireRankAtLeastOne("meanLast", x);
    if (x.dtype() == DType.FLOAT32) {
      return floatRows(x, 1, ReductionKernels::mean);
    }
    return reduceLast(x, ReductionKernels.meanRows(x.readDoubles(), rows(x), x.size(-1)));
  }

  /**
   * Population variance over the last axis (divided by n, two passes, in double):
   * [..., n] -> [...]; NaN for an empty axis.
   */
  public static Tensor varLast(Tensor x) {
    requireRankAtLeastOne("varLast", x);
    if (x.dtype() == DType.FLOAT32) {
      return floatRows(x, 3, ReductionKernels::var);
    }
    return reduceLast(x, ReductionKernels.varRows(x.readDoubles(), rows(x), x.size(-1)));
  }

  /** Population standard deviation over the last axis, the square root of {@link #varLast}. */
  public static Tensor stdLast(Tensor x) {
    requireRankAtLeastOne("stdLast", x);
    return sqrt(varLast(x));
  }

  /**
   * Layer normalisation along the last axis without gain or bias: {@code (x - mean) / sqrt(var + 1e-5)},
   * the variance divided by n; statistics in double. Same shape.
   */
  public static Tensor layerNormLast(Tensor x) {
    requireRankAtLeastOne("layerNormLast", x);
    double[] d = x.readDoubles().clone();
    int n = x.size(-1);
    for (int r = 0; n > 0 && r < d.length / n; r++) {
      int off = r * n;
      double mean = 0.0;
      for (int j = 0; j < n; j++) {
        mean += d[off + j];
      }
      mean /= n;
      double ss = 0.0;
      for (int j = 0; j < n; j++) {
        double c = d[off + j] - mean;
        ss += c * c;
      }
      double inv = 1.0 / Math.sqrt(ss / n + 1e-5);
      for (int j = 0; j < n; j++) {
        d[off + j] = (d[off + j] - mean) * inv;
      }
    }
    return Tensor.fromDoubles(x.dtype(), d, x.shape());
  }

  /** RMS normalisation along the last axis without gain: {@code x / sqrt(mean(x^2) + 1e-5)}. Same shape. */
  public static Tensor rmsNormLast(Tensor x) {
    requireRankAtLeastOne("rmsNormLast", x);
    double[] d = x.readDoubles().clone();
    int n = x.size(-1);
    for (int r = 0; n > 0 && r < d.length / n; r++) {
      int off = r * n;
      double ss = 0.0;
      for (int j = 0; j < n; j++) {
        ss += d[off + j] * d[off + j];
      }
      double inv = 1.0 / Math.sqrt(ss / n + 1e-5);
      for (int j = 0; j < n; j++) {
        d[off + j] *= inv;
      }
    }
    return Tensor.fromDoubles(x.dtype(), d, x.shape());
  }

  /** Running sum along the last axis, accumulated in double: same shape. */
  public static Tensor cumsumLast(Tensor x) {
    requireRankAtLeastOne("cumsumLast", x);
    double[] d = x.readDoubles().clone();   // readDoubles is the live storage of a FLOAT64 tensor
    int n = x.size(-1);
    for (int r = 0; n > 0 && r < d.length / n; r++) {
      double acc = 0.0;
      for (int j = 0; j < n; j++) {
        acc += d[r * n + j];
        d[r * n + j] = acc;
      }
    }
    return Tensor.fromDoubles(x.dtype(), d, x.shape());
  }

  /** The position (from 0) of the largest element of each row, the first one on ties: [..., n] -> [...]. */
  public static Tensor argmaxLast(Tensor x) { return argLast("argmaxLast", x, 1.0); }

  /** The position (from 0) of the smallest element of each row, the first one on ties: [..., n] -> [...]. */
  public static Tensor argminLast(Tensor x) { return argLast("argminLast", x, -1.0); }

  private static Tensor argLast(String name, Tensor x, double sign) {
    requireRankAtLeastOne(name, x);
    int n = x.size(-1);
    if (n == 0) {
      throw new IllegalArgumentException(name + ": the last axis is empty in shape " + Shapes.format(x.shapeRef()));
    }
    double[] d = x.readDoubles();
    double[] out = new double[d.length / n];
    for (int r = 0; r < out.length; r++) {
      int best = 0;
      for (int j = 1; j < n; j++) {
        if (sign * d[r * n + j] > sign * d[r * n + best]) {
          best = j;
        }
      }
      out[r] = best;
    }
    return reduceLast(x, out);
  }

  /**
   * {@code log(sum(exp(x)))} over the last axis, shifted by the row maximum so that it is finite
   * for any finite input: [..., n] -> [...]; -infinity for an empty axis.
   */
  public static Tensor logsumexpLast(Tensor x) {
    requireRankAtLeastOne("logsumexpLast", x);
    if (x.dtype() == DType.FLOAT32) {
      return Tensor.wrap(ReductionKernels.logsumexpRows(x.floatData(), rows(x), x.size(-1)),
          Shapes.dropLast(x.shapeRef(), 1));
    }
    return reduceLast(x, ReductionKernels.logsumexpRows(x.readDoubles(), rows(x), x.size(-1)));
  }

  /** Maximum over the last axis: [..., n] -> [...]; NaN if a row holds NaN; n must be > 0. */
  public static Tensor maxLast(Tensor x) {
    requireRankAtLeastOne("maxLast", x);
    if (x.size(-1) == 0) {
      throw new IllegalArgumentException(
          "maxLast: the last axis is empty in shape " + Shapes.format(x.shapeRef()));
    }
    return reduceLast(x, ReductionKernels.maxRows(x.readDoubles(), rows(x), x.size(-1)));
  }

  // ---- Products: trailing core dimensions, leading batch dimensions broadcast ----

  /** a [..., m, k] times b [..., k, n] -> [..., m, n]. */
  public static Tensor matmul(Tensor a, Tensor b) { return Products.matmul(a, b); }

  /** a [..., m, k] times x [..., k] -> [..., m]. */
  public static Tensor matvec(Tensor a, Tensor x) { return Products.matvec(a, x); }

  /** The row-vector product {@code xW} of ML papers: x [..., k] times a [..., k, n] -> [..., n]. */
  public static Tensor vecmat(Tensor x, Tensor a) { return Products.vecmat(x, a); }

  /** Inner product over the last axis: u [..., k], v [..., k] -> [...]. */
  public static Tensor dot(Tensor u, Tensor v) { return Products.dot(u, v); }

  /** Outer product: u [..., m], v [..., n] -> [..., m, n]. */
  public static Tensor outer(Tensor u, Tensor v) { return Products.outer(u, v); }

  // ---- Layout ----

  /** Swaps the last two axes (rank >= 2) into new contiguous storage. */
  /**
   * The inverse of each trailing square matrix: [..., n, n] -> [..., n, n], by Gauss-Jordan
   * elimination with partial pivoting, in double; a singular matrix gives infinities or NaN.
   */
  public static Tensor inverse(Tensor a) {
    if (a.rank() < 2 || a.size(-1) != a.size(-2)) {
      throw new IllegalArgumentException(
          "inverse: expected square matrices [..., n, n], got shape " + Shapes.format(a.shapeRef()));
    }
    int n = a.size(-1);
    double[] d = a.readDoubles();
    double[] out = new double[d.length];
    double[][] m = new double[n][2 * n];
    for (int t = 0; n > 0 && t < d.length / (n * n); t++) {
      for (int i = 0; i < n; i++) {
        java.util.Arrays.fill(m[i], 0.0);
        System.arraycopy(d, t * n * n + i * n, m[i], 0, n);
        m[i][n + i] = 1.0;
      }
      for (int col = 0; col < n; col++) {
        int pivot = col;
        for (int i = col + 1; i < n; i++) {
          if (Math.abs(m[i][col]) > Math.abs(m[pivot][col])) {
            pivot = i;
          }
        }
        double[] swap = m[col];
        m[col] = m[pivot];
        m[pivot] = swap;
        double p = m[col][col];
        for (int j = 0; j < 2 * n; j++) {
          m[col][j] /= p;
        }
        for (int i = 0; i < n; i++) {
          double f = m[i][col];
          if (i != col && f != 0.0) {
            for (int j = 0; j < 2 * n; j++) {
              m[i][j] -= f * m[col][j];
            }
          }
        }
      }
      for (int i = 0; i < n; i++) {
        System.arraycopy(m[i], n, out, t * n * n + i * n, n);
      }
    }
    return Tensor.fromDoubles(a.dtype(), out, a.shape());
  }

  /**
   * The matrix power of each trailing square matrix, {@code a} [..., n, n] to the whole power read from
   * {@code k} (its last two axes of size 1 or absent, its leading axes broadcast with {@code a}'s): the
   * {@code L^k} of a polynomial filter {@code \sum_k \theta_k L^k x}, one power per k. By repeated squaring in
   * double; the power 0 is the identity. A power that is negative or not whole is an error.
   */
  public static Tensor matrixPower(Tensor a, Tensor k) {
    if (a.rank() < 2 || a.size(-1) != a.size(-2)) {
      throw new IllegalArgumentException(
          "matrixPower: expected square matrices [..., n, n], got shape " + Shapes.format(a.shapeRef()));
    }
    int n = a.size(-1);
    int[] as = a.shapeRef();
    int[] ks = k.shapeRef();
    int rank = Math.max(as.length, ks.length);
    int[] out = new int[rank];
    for (int d = 0; d < rank; d++) {
      int da = d - (rank - as.length) >= 0 ? as[d - (rank - as.length)] : 1;
      int dk = d - (rank - ks.length) >= 0 ? ks[d - (rank - ks.length)] : 1;
      if (d >= rank - 2 && dk != 1 || da != dk && da != 1 && dk != 1) {
        throw new IllegalArgumentException("matrixPower: the powers " + Shapes.format(ks)
            + " do not broadcast with the matrices " + Shapes.format(as));
      }
      out[d] = Math.max(da, dk);
    }
    double[] ad = a.readDoubles();
    double[] kd = k.readDoubles();
    double[] res = new double[Shapes.numel(out)];
    int[] idx = new int[rank];
    for (int t = 0; t < res.length / Math.max(1, n * n); t++) {
      int rest = t;
      for (int d = rank - 3; d >= 0; d--) {
        idx[d] = rest % out[d];
        rest /= out[d];
      }
      double kv = kd[offset(idx, ks)];
      if (kv < 0 || kv != Math.rint(kv)) {
        throw new ArithmeticException("matrixPower: the power " + kv + " is not a whole number >= 0");
      }
      power(ad, offset(idx, as), n, (long) kv, res, t * n * n);
    }
    return Tensor.fromDoubles(a.dtype(), res, out);
  }

  /** {@code a} [..., n, n] to the whole power {@code k} >= 0, each trailing matrix (see {@link #matrixPower(Tensor, Tensor)}). */
  public static Tensor matrixPower(Tensor a, double k) {
    return matrixPower(a, Tensor.fromDoubles(a.dtype(), new double[] {k}, new int[0]));
  }

  /** The row-major offset in {@code shape} of the element at {@code idx} (right-aligned, size-1 axes read 0). */
  private static int offset(int[] idx, int[] shape) {
    int skip = idx.length - shape.length;
    int off = 0;
    for (int d = 0; d < shape.length; d++) {
      off = off * shape[d] + (shape[d] == 1 ? 0 : idx[skip + d]);
    }
    return off;
  }

  private static void power(double[] a, int aOff, int n, long k, double[] out, int outOff) {
    double[] result = new double[n * n];
    for (int i = 0; i < n; i++) {
      result[i * n + i] = 1.0;
    }
    double[] base = java.util.Arrays.copyOfRange(a, aOff, aOff + n * n);
    while (k > 0) {
      if ((k & 1) == 1) {
        result = multiply(result, base, n);
      }
      k >>= 1;
      if (k > 0) {
        base = multiply(base, base, n);
      }
    }
    System.arraycopy(result, 0, out, outOff, n * n);
  }

  private static double[] multiply(double[] x, double[] y, int n) {
    double[] z = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int l = 0; l < n; l++) {
        double v = x[i * n + l];
        for (int j = 0; j < n; j++) {
          z[i * n + j] += v * y[l * n + j];
        }
      }
    }
    return z;
  }

  public static Tensor transpose(Tensor a) {
    if (a.rank() < 2) {
      throw new IllegalArgumentException(
          "transpose: expected rank >= 2, got shape " + Shapes.format(a.shapeRef()));
    }
    int rows = a.size(-2);
    int cols = a.size(-1);
    int[] shape = a.shape();
    shape[shape.length - 2] = cols;
    shape[shape.length - 1] = rows;
    return Tensor.fromDoubles(a.dtype(), TransposeKernel.lastTwo(a.readDoubles(), rows, cols),
        shape);
  }

  /**
   * Inserts {@code targetCoreRank - coreRank} size-1 axes between {@code t}'s batch part and its
   * last {@code coreRank} (core) axes, so that a batched scalar [B] combines with a batched
   * vector [B, d] as [B, 1] with [B, d]. Returns {@code t} itself when the ranks are equal, and
   * otherwise a reshaped view sharing {@code t}'s storage.
   */
  public static Tensor alignCore(Tensor t, int coreRank, int targetCoreRank) {
    if (coreRank < 0 || coreRank > t.rank() || targetCoreRank < coreRank) {
      throw new IllegalArgumentException("alignCore: cannot align core rank " + coreRank
          + " to " + targetCoreRank + " for shape " + Shapes.format(t.shapeRef()));
    }
    if (coreRank == targetCoreRank) {
      return t;
    }
    int batchRank = t.rank() - coreRank;
    int[] shape = new int[t.rank() + targetCoreRank - coreRank];
    Arrays.fill(shape, 1);
    System.arraycopy(t.shapeRef(), 0, shape, 0, batchRank);
    System.arraycopy(t.shapeRef(), batchRank, shape, batchRank + targetCoreRank - coreRank,
        coreRank);
    return t.reshape(shape);
  }

  /**
   * The reverse of broadcasting, for gradients: {@code t}'s core (its last {@code coreRank}
   * axes) brought to {@code targetCore} by summing the leading core axes the target lacks and the
   * axes where the target has size 1, and repeating axes where {@code t} has size 1. Batch axes
   * are kept.
   */
  public static Tensor sumTo(Tensor t, int coreRank, int[] targetCore) {
    return SumToKernel.sumTo(t, coreRank, targetCore);
  }

  /**
   * {@code t} (of core rank {@code coreRank}) broadcast to the batch shape {@code batch}: a result
   * that did not depend on every argument still has one value per batch element. Returns {@code t}
   * when its batch part is already {@code batch}.
   */
  public static Tensor expandBatch(Tensor t, int coreRank, int[] batch) {
    int[] shape = t.shapeRef();
    int[] want = new int[batch.length + coreRank];
    System.arraycopy(batch, 0, want, 0, batch.length);
    System.arraycopy(shape, shape.length - coreRank, want, batch.length, coreRank);
    if (Arrays.equals(shape, want)) {
      return t;
    }
    return add(t, Tensor.zeros(t.dtype(), want));
  }

  /** Elements {@code start} to {@code start + length - 1} of {@code t}'s last axis (the adjoint of one part of a concatenation). */
  public static Tensor sliceLast(Tensor t, int start, int length) {
    return StructureKernels.sliceLast(t, start, length);
  }

  /**
   * {@code t} with a size-1 core axis inserted at {@code axis}, counted from the end of the
   * result's core (-1 = a new last axis): a view sharing {@code t}'s storage.
   */
  public static Tensor insertAxis(Tensor t, int coreRank, int axis) {
    return SumToKernel.insertAxis(t, coreRank, axis);
  }

  // ---- Helpers ----

  /** A binary op: FLOAT32 operands stay float ({@code g}), anything else is computed in double. */
  private static Tensor zip(Tensor a, Tensor b, DoubleBinaryOperator f, FloatBinary g) {
    int[] outShape = Broadcast.shapes(a.shapeRef(), b.shapeRef());
    if (a.dtype() == DType.FLOAT32 && b.dtype() == DType.FLOAT32) {
      return Tensor.wrap(ElementwiseKernels.zip(a.floatData(), a.shapeRef(), b.floatData(),
          b.shapeRef(), outShape, g), outShape);
    }
    double[] out = ElementwiseKernels.zip(a.readDoubles(), a.shapeRef(), b.readDoubles(),
        b.shapeRef(), outShape, f);
    return Tensor.fromDoubles(DType.promote(a.dtype(), b.dtype()), out, outShape);
  }

  /**
   * A tensor-scalar op; for FLOAT32 each element rounds as if computed in double with {@code s}
   * and narrowed (in float when {@code s} is exactly a float, which rounds the same).
   */
  private static Tensor map(Tensor x, DoubleUnaryOperator f, double s, FloatBinary g,
      boolean scalarFirst) {
    if (x.dtype() == DType.FLOAT32) {
      return Tensor.wrap(ElementwiseKernels.mapScalar(x.floatData(), s, g, scalarFirst),
          x.shape());
    }
    return map(x, f);
  }

  /** A unary map: FLOAT32 through the float block kernel {@code g}, FLOAT64 through {@code f}. */
  private static Tensor map(Tensor x, DoubleUnaryOperator f, long cost, FloatBlock g) {
    if (x.dtype() == DType.FLOAT32) {
      return Tensor.wrap(ElementwiseKernels.map(x.floatData(), cost, g), x.shape());
    }
    return map(x, f);
  }

  /** A unary map computed in double per element (FLOAT32 is narrowed, not widened first). */
  private static Tensor map(Tensor x, DoubleUnaryOperator f) {
    if (x.dtype() == DType.FLOAT32) {
      return Tensor.wrap(ElementwiseKernels.map(x.floatData(), f), x.shape());
    }
    return Tensor.wrap(ElementwiseKernels.map(x.doubleData(), f), x.shape());
  }

  private static Tensor reduceLast(Tensor x, double[] values) {
    return Tensor.fromDoubles(x.dtype(), values, Shapes.dropLast(x.shapeRef(), 1));
  }

  private static Tensor floatRows(Tensor x, long cost, ReductionKernels.FloatRow f) {
    return Tensor.wrap(ReductionKernels.rows(x.floatData(), rows(x), x.size(-1), cost, f),
        Shapes.dropLast(x.shapeRef(), 1));
  }

  private static int rows(Tensor x) {
    return Shapes.numel(Shapes.dropLast(x.shapeRef(), 1));
  }

  private static void requireRankAtLeastOne(String op, Tensor x) {
    if (x.rank() < 1) {
      throw new IllegalArgumentException(op + ": expected rank >= 1, got a scalar (shape [])");
    }
  }

  // ---- Structure ----

  /** The diagonal matrix of the last axis: [..., n] -> [..., n, n]. */
  public static Tensor diagMatrix(Tensor x) {
    requireRankAtLeastOne("diagMatrix", x);
    return StructureKernels.diagMatrix(x);
  }

  /** The diagonal of the last two (square) axes: [..., n, n] -> [..., n]. */
  public static Tensor diagonal(Tensor x) {
    return StructureKernels.diagonal(x);
  }

  /** The trace of the last two (square) axes: [..., n, n] -> [...], accumulated in double. */
  public static Tensor trace(Tensor x) {
    return sumLast(StructureKernels.diagonal(x));
  }

  /**
   * The power {@code k} of each trailing diagonal or symmetric matrix ({@code D^{-1/2}} of a degree matrix,
   * Shampoo's {@code L_t^{-1/4}}): a diagonal matrix's diagonal entries to the power, zeros elsewhere; a
   * symmetric one's {@code V diag(w^k) V^T} from its eigendecomposition ({@link SymmetricPowers}). Any other
   * matrix is rejected: its fractional or negative power is not the power of its entries, and eqc computes
   * it for these two kinds only.
   */
  public static Tensor diagonalPower(Tensor a, double k) {
    if (a.rank() < 2 || a.size(-1) != a.size(-2)) {
      throw new IllegalArgumentException(
          "diagonalPower: expected square matrices [..., n, n], got shape " + Shapes.format(a.shapeRef()));
    }
    int n = a.size(-1);
    double[] d = a.readDoubles();
    double[] out = new double[d.length];
    for (int off = 0; off < d.length; off += n * n) {
      if (!diagonalAt(d, off, n)) {
        if (!SymmetricPowers.symmetric(d, off, n)) {
          throw new IllegalArgumentException("the power " + k + " of a matrix is computed for diagonal and"
              + " symmetric matrices only, and this one is neither");
        }
        SymmetricPowers.power(d, off, n, k, out);
        continue;
      }
      for (int i = 0; i < n; i++) {
        out[off + i * n + i] = Math.pow(d[off + i * n + i], k);
      }
    }
    return Tensor.fromDoubles(a.dtype(), out, a.shape());
  }

  private static boolean diagonalAt(double[] d, int off, int n) {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && d[off + i * n + j] != 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The determinant of each trailing square matrix: [..., n, n] -> [...], by LU elimination with
   * partial pivoting in double (a singular matrix gives 0).
   */
  public static Tensor det(Tensor a) {
    if (a.rank() < 2 || a.size(-1) != a.size(-2)) {
      throw new IllegalArgumentException(
          "det: expected square matrices [..., n, n], got shape " + Shapes.format(a.shapeRef()));
    }
    int n = a.size(-1);
    double[] d = a.readDoubles();
    int[] shape = Arrays.copyOf(a.shapeRef(), a.rank() - 2);
    double[] out = new double[Shapes.numel(shape)];
    double[][] m = new double[n][n];
    for (int t = 0; t < out.length; t++) {
      for (int i = 0; i < n; i++) {
        System.arraycopy(d, t * n * n + i * n, m[i], 0, n);
      }
      double det = 1;
      for (int col = 0; col < n; col++) {
        int pivot = col;
        for (int i = col + 1; i < n; i++) {
          if (Math.abs(m[i][col]) > Math.abs(m[pivot][col])) {
            pivot = i;
          }
        }
        if (pivot != col) {
          double[] swap = m[col];
          m[col] = m[pivot];
          m[pivot] = swap;
          det = -det;
        }
        det *= m[col][col];
        for (int i = col + 1; i < n && m[col][col] != 0; i++) {
          double f = m[i][col] / m[col][col];
          for (int j = col; j < n; j++) {
            m[i][j] -= f * m[col][j];
          }
        }
      }
      out[t] = det;
    }
    return Tensor.fromDoubles(a.dtype(), out, shape);
  }

  /** Concatenation along the last axis; the leading axes broadcast (NumPy rules). */
  public static Tensor concatLast(Tensor... parts) {
    return StructureKernels.concatLast(parts);
  }
}
