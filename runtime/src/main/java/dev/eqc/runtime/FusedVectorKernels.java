package dev.eqc.runtime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The row reductions of {@link Fused} with {@code jdk.incubator.vector}: floats are widened to
 * double lanes and summed there, so the result is as accurate as the scalar loop's (both
 * accumulate in double) while a whole float vector goes through per step (16 floats at 512 bits). Only loaded when {@link
 * VectorSupport#ENABLED}.
 *
 * <p>The float reductions that widen to double are one method, {@link #rowSums}, on purpose. JDK
 * 17's C2 does not always intrinsify the float-to-double lane conversion ({@code convertShape})
 * when it inlines a small kernel into a large caller such as a generated row loop; the vectors are
 * then boxed, every step allocates, and the kernel runs 5-15 times slower with a garbage
 * collection every few calls (seen with JFR: softmax [4096, 4096] at 33 ms instead of 17.5, RMSNorm
 * alternating between 1.7 and 7 ms within one process). A method of more than 325 bytes of
 * bytecode (C2's {@code FreqInlineSize}) is never inlined into its callers, so it is compiled on its
 * own, where the intrinsics hold; {@code rowSums} is that large because it holds all four loops.
 *
 * <p>One width, the process's ({@link VectorWidth}), as in every vector kernel of the runtime: a
 * float vector widens to exactly two double vectors of the same bit size ({@code convertShape}
 * parts 0 and 1). A second float shape in the process breaks unrelated kernels: loading 128-bit
 * float vectors here (to widen four floats to four 256-bit doubles) made the JDK's vector call
 * sites see two species, C2 stopped treating the species as a constant there, and the GEMM
 * micro-kernel's {@code fma} boxed ({@code -XX:+PrintIntrinsics}: "missing constant: vclass"),
 * attention 13.6 -> 27-40 ms; hard-coding 256 bits while the GEMM used 512 did the same on AVX-512
 * (attention 171-240 ms instead of ~8).
 */
final class FusedVectorKernels {
  private static final VectorSpecies<Float> F = VectorWidth.FLOAT;
  private static final VectorSpecies<Double> D = VectorWidth.DOUBLE;

  private FusedVectorKernels() {}

  private static final ThreadLocal<double[]> LANES = ThreadLocal.withInitial(() -> new double[D.length()]);

  /**
   * The sum of {@code v}'s lanes in lane order. Not {@code reduceLanes(ADD)}, whose order is left to
   * the implementation: the JDK's Java fallback (interpreted, C1) adds lane by lane, C2's intrinsic
   * as a tree, so a row summed before and after C2 compiled the kernel differed in its last bit
   * (Float32OpsTest saw logsumexp on one and two threads differ by 1 ulp: the two runs met the
   * kernel at different compilation states). One order, so the same bits whatever the JIT did.
   */
  static double addLanes(DoubleVector v) {
    double[] lanes = LANES.get();
    v.intoArray(lanes, 0);
    double s = 0;
    for (int i = 0; i < lanes.length; i++) {
      s += lanes[i];
    }
    return s;
  }

  /** {@link #rowSums} modes: what the loop accumulates. */
  static final int SUM = 0;
  static final int SQUARES = 1;
  static final int MOMENTS = 2;

  /**
   * One pass over {@code a[off .. off+len)} in double lanes, one float vector (widened to two
   * double vectors) per step, two accumulators per sum:
   *
   * <ul>
   *   <li>{@link #SUM}: returns the sum of the elements;
   *   <li>{@link #SQUARES}: returns the sum of {@code (a[i] - shift)^2};
   *   <li>{@link #MOMENTS}: returns the sum of {@code a[i] - shift} and stores the sum of their
   *       squares in {@code squares[1]};
   * </ul>
   */
  static double rowSums(float[] a, int off, int len, double shift, int mode, double[] squares) {
    DoubleVector k = DoubleVector.broadcast(D, shift);
    DoubleVector s0 = DoubleVector.zero(D);
    DoubleVector s1 = s0;
    DoubleVector q0 = s0;
    DoubleVector q1 = s0;
    int bound = F.loopBound(len);
    int i = 0;
    if (mode == SUM) {
      for (; i < bound; i += F.length()) {
        FloatVector v = FloatVector.fromArray(F, a, off + i);
        s0 = s0.add((DoubleVector) v.convertShape(VectorOperators.F2D, D, 0));
        s1 = s1.add((DoubleVector) v.convertShape(VectorOperators.F2D, D, 1));
      }
    } else if (mode == MOMENTS) {
      for (; i < bound; i += F.length()) {
        FloatVector v = FloatVector.fromArray(F, a, off + i);
        DoubleVector d0 = ((DoubleVector) v.convertShape(VectorOperators.F2D, D, 0)).sub(k);
        DoubleVector d1 = ((DoubleVector) v.convertShape(VectorOperators.F2D, D, 1)).sub(k);
        s0 = s0.add(d0);
        s1 = s1.add(d1);
        q0 = d0.fma(d0, q0);
        q1 = d1.fma(d1, q1);
      }
    } else {
      for (; i < bound; i += F.length()) {
        FloatVector v = FloatVector.fromArray(F, a, off + i);
        DoubleVector d0 = ((DoubleVector) v.convertShape(VectorOperators.F2D, D, 0)).sub(k);
        DoubleVector d1 = ((DoubleVector) v.convertShape(VectorOperators.F2D, D, 1)).sub(k);
        q0 = d0.fma(d0, q0);
        q1 = d1.fma(d1, q1);
      }
    }
    double s = addLanes(s0.add(s1));
    double q = addLanes(q0.add(q1));
    for (; i < len; i++) {
      double x = a[off + i];
      if (mode == SUM) {
        s += x;
      } else {
        double d = x - shift;
        s += d;
        q += d * d;
      }
    }
    if (mode == SQUARES) {
      return q;
    }
    if (mode == MOMENTS) {
      squares[1] = q;
    }
    return s;
  }

  /** Elements per chunk of {@link #sumExp}: its scratch block stays in L1. */
  private static final int EXP_CHUNK = 1024;

  private static final ThreadLocal<float[]> EXP_SCRATCH = ThreadLocal.withInitial(() -> new float[EXP_CHUNK]);

  /**
   * The sum of {@code exp(a[i] - shift)} over the range, in double; the exponentials are {@link
   * VecMathVector#exp(float[], int, float[], int, int)}'s (the scalar polynomial's bits, whatever the JIT
   * has compiled). A chunk at a time: the shifted values into a scratch block, the exponentials in place,
   * then {@link #rowSums} of the block; three small loops, each compiled on its own. Neither the JDK's
   * lane-wise EXP (per-lane {@code Math.exp} until C2 compiles the loop, so the sum depended on JIT
   * timing and the thread count) nor our lane kernel inlined into {@code rowSums} (which made that
   * method so large that C2 left its {@code convertShape} unintrinsified: every MOMENTS step boxed).
   */
  static double sumExp(float[] a, int off, int len, float shift) {
    float[] scratch = EXP_SCRATCH.get();
    double s = 0;
    for (int done = 0; done < len; done += EXP_CHUNK) {
      int n = Math.min(EXP_CHUNK, len - done);
      shifted(a, off + done, n, shift, scratch);
      VecMathVector.exp(scratch, 0, scratch, 0, n);
      s += rowSums(scratch, 0, n, 0.0, SUM, null);
    }
    return s;
  }

  /** {@code dst[i] = a[off + i] - shift} for {@code i < len}. */
  private static void shifted(float[] a, int off, int len, float shift, float[] dst) {
    int i = 0;
    for (int bound = F.loopBound(len); i < bound; i += F.length()) {
      FloatVector.fromArray(F, a, off + i).sub(shift).intoArray(dst, i);
    }
    for (; i < len; i++) {
      dst[i] = a[off + i] - shift;
    }
  }

  static double sum(double[] a, int off, int len) {
    DoubleVector s0 = DoubleVector.zero(D);
    DoubleVector s1 = DoubleVector.zero(D);
    int i = 0;
    int step = D.length();
    for (int bound = len - 2 * step; i <= bound; i += 2 * step) {
      s0 = s0.add(DoubleVector.fromArray(D, a, off + i));
      s1 = s1.add(DoubleVector.fromArray(D, a, off + i + step));
    }
    double s = addLanes(s0.add(s1));
    for (; i < len; i++) {
      s += a[off + i];
    }
    return s;
  }

  /** The largest element; NaN if any is NaN; -Infinity when empty. */
  static double max(float[] a, int off, int len) {
    FloatVector m = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
    FloatVector nan = FloatVector.zero(F);
    int i = 0;
    for (int bound = F.loopBound(len); i < bound; i += F.length()) {
      FloatVector v = FloatVector.fromArray(F, a, off + i);
      m = m.max(v);
      nan = nan.add(v.sub(v)); // NaN - NaN stays NaN; finite - finite is 0; Inf - Inf is NaN
    }
    double result = m.reduceLanes(VectorOperators.MAX);
    for (; i < len; i++) {
      result = Math.max(result, a[off + i]);
    }
    // One reduction instead of reading lanes one by one: nan.lane(i) with a variable i runs the
    // JDK's per-lane switch, whose profile made C2 compile other kernels' vector code with paths
    // that box (seen as allocation in logSumExp and the normalisation rows at 512 bits).
    if (Float.isNaN(nan.reduceLanes(VectorOperators.ADD))) {
      // Either a NaN or an infinity went through: let the scalar loop decide exactly.
      double exact = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < len; j++) {
        exact = Math.max(exact, a[off + j]);
      }
      return exact;
    }
    return result;
  }

  static void scaleShift(float[] out, int outOff, float[] x, int xOff, int len, float shift, float scale,
      float[] mul, int mulOff, float[] add, int addOff) {
    int bound = F.loopBound(len);
    int i = 0;
    if (mul != null && add != null) {
      for (; i < bound; i += F.length()) {
        FloatVector v = FloatVector.fromArray(F, x, xOff + i).sub(shift).mul(scale);
        v.mul(FloatVector.fromArray(F, mul, mulOff + i)).add(FloatVector.fromArray(F, add, addOff + i))
            .intoArray(out, outOff + i);
      }
    } else if (mul != null) {
      for (; i < bound; i += F.length()) {
        FloatVector.fromArray(F, x, xOff + i).sub(shift).mul(scale).mul(FloatVector.fromArray(F, mul, mulOff + i))
            .intoArray(out, outOff + i);
      }
    } else if (add != null) {
      for (; i < bound; i += F.length()) {
        FloatVector.fromArray(F, x, xOff + i).sub(shift).mul(scale).add(FloatVector.fromArray(F, add, addOff + i))
            .intoArray(out, outOff + i);
      }
    } else {
      for (; i < bound; i += F.length()) {
        FloatVector.fromArray(F, x, xOff + i).sub(shift).mul(scale).intoArray(out, outOff + i);
      }
    }
    Fused.scalarScaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, i);
  }

  /**
   * {@link #scaleShift(float[], int, float[], int, int, float, float, float[], int, float[], int)}
   * of the row at {@code xOff} and {@link #rowSums} {@code MOMENTS} of the row at {@code nextOff}
   * (shifted by {@code nextShift}) in one loop: each step writes four vectors of outputs of this
   * row and reads four vectors of the next (64 floats at 512 bits, 32 at 256). Returns the sum of {@code x[nextOff + i] - nextShift} and stores the
   * sum of their squares in {@code squares[1]}. Element for element the same operations as the
   * two separate kernels; the sums are added in a slightly different order (the last elements of a
   * row that does not fill a block apart).
   *
   * <p>One method per gain/bias case. Each is large enough never to be inlined (see the class
   * comment) and small enough for C1: a single method for all four cases (2,900 bytes of
   * bytecode) made C1 give up ("out of virtual registers in linear scan"), and it stayed in
   * tier-2 code that boxes every vector (LayerNorm 70 ms instead of 1). The four steps of a
   * block are written out: as an inner loop C2 did not unroll, its vectors were boxed too.
   */
  static double scaleShiftThenSums(float[] out, int outOff, float[] x, int xOff, int len, float shift, float scale,
      float[] mul, int mulOff, float[] add, int addOff, int nextOff, double nextShift, double[] squares) {
    if (mul != null && add != null) {
      return scaleShiftThenSumsGainBias(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, nextOff,
          nextShift, squares);
    } else if (mul != null) {
      return scaleShiftThenSumsGain(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, nextOff,
          nextShift, squares);
    } else if (add != null) {
      return scaleShiftThenSumsBias(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, nextOff,
          nextShift, squares);
    }
    return scaleShiftThenSumsPlain(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, nextOff,
        nextShift, squares);
  }

  private static double scaleShiftThenSumsGainBias(float[] out, int outOff, float[] x, int xOff, int len, float shift,
      float scale, float[] mul, int mulOff, float[] add, int addOff, int nextOff, double nextShift, double[] squares) {
    final int L = F.length();
    FloatVector sh = FloatVector.broadcast(F, shift);
    FloatVector sc = FloatVector.broadcast(F, scale);
    DoubleVector k = DoubleVector.broadcast(D, nextShift);
    DoubleVector s0 = DoubleVector.zero(D);
    DoubleVector s1 = s0;
    DoubleVector q0 = s0;
    DoubleVector q1 = s0;
    int bound = len - len % (4 * L);
    int i = 0;
    for (; i < bound; i += 4 * L) {
      FloatVector.fromArray(F, x, xOff + i).sub(sh).mul(sc).mul(FloatVector.fromArray(F, mul, mulOff + i)).add(FloatVector.fromArray(F, add, addOff + i))
          .intoArray(out, outOff + i);
      FloatVector.fromArray(F, x, xOff + i + L).sub(sh).mul(sc).mul(FloatVector.fromArray(F, mul, mulOff + i + L)).add(FloatVector.fromArray(F, add, addOff + i + L))
          .intoArray(out, outOff + i + L);
      FloatVector.fromArray(F, x, xOff + i + 2 * L).sub(sh).mul(sc).mul(FloatVector.fromArray(F, mul, mulOff + i + 2 * L)).add(FloatVector.fromArray(F, add, addOff + i + 2 * L))
          .intoArray(out, outOff + i + 2 * L);
      FloatVector.fromArray(F, x, xOff + i + 3 * L).sub(sh).mul(sc).mul(FloatVector.fromArray(F, mul, mulOff + i + 3 * L)).add(FloatVector.fromArray(F, add, addOff + i + 3 * L))
          .intoArray(out, outOff + i + 3 * L);
      FloatVector w0 = FloatVector.fromArray(F, x, nextOff + i);
      DoubleVector w0a = ((DoubleVector) w0.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w0b = ((DoubleVector) w0.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w0a);
      s1 = s1.add(w0b);
      q0 = w0a.fma(w0a, q0);
      q1 = w0b.fma(w0b, q1);
      FloatVector w1 = FloatVector.fromArray(F, x, nextOff + i + L);
      DoubleVector w1a = ((DoubleVector) w1.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w1b = ((DoubleVector) w1.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w1a);
      s1 = s1.add(w1b);
      q0 = w1a.fma(w1a, q0);
      q1 = w1b.fma(w1b, q1);
      FloatVector w2 = FloatVector.fromArray(F, x, nextOff + i + 2 * L);
      DoubleVector w2a = ((DoubleVector) w2.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w2b = ((DoubleVector) w2.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w2a);
      s1 = s1.add(w2b);
      q0 = w2a.fma(w2a, q0);
      q1 = w2b.fma(w2b, q1);
      FloatVector w3 = FloatVector.fromArray(F, x, nextOff + i + 3 * L);
      DoubleVector w3a = ((DoubleVector) w3.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w3b = ((DoubleVector) w3.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w3a);
      s1 = s1.add(w3b);
      q0 = w3a.fma(w3a, q0);
      q1 = w3b.fma(w3b, q1);
    }
    // The rest of the row (fewer than four vectors): the outputs one by one (the same values as in
    // lanes: the same operations, each rounded alike), the sums by rowSums.
    Fused.scalarScaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, i);
    return plusRest(addLanes(s0.add(s1)), addLanes(q0.add(q1)), x,
        nextOff + i, len - i, nextShift, squares);
  }

  private static double scaleShiftThenSumsGain(float[] out, int outOff, float[] x, int xOff, int len, float shift,
      float scale, float[] mul, int mulOff, float[] add, int addOff, int nextOff, double nextShift, double[] squares) {
    final int L = F.length();
    FloatVector sh = FloatVector.broadcast(F, shift);
    FloatVector sc = FloatVector.broadcast(F, scale);
    DoubleVector k = DoubleVector.broadcast(D, nextShift);
    DoubleVector s0 = DoubleVector.zero(D);
    DoubleVector s1 = s0;
    DoubleVector q0 = s0;
    DoubleVector q1 = s0;
    int bound = len - len % (4 * L);
    int i = 0;
    for (; i < bound; i += 4 * L) {
      FloatVector.fromArray(F, x, xOff + i).sub(sh).mul(sc).mul(FloatVector.fromArray(F, mul, mulOff + i))
          .intoArray(out, outOff + i);
      FloatVector.fromArray(F, x, xOff + i + L).sub(sh).mul(sc).mul(FloatVector.fromArray(F, mul, mulOff + i + L))
          .intoArray(out, outOff + i + L);
      FloatVector.fromArray(F, x, xOff + i + 2 * L).sub(sh).mul(sc).mul(FloatVector.fromArray(F, mul, mulOff + i + 2 * L))
          .intoArray(out, outOff + i + 2 * L);
      FloatVector.fromArray(F, x, xOff + i + 3 * L).sub(sh).mul(sc).mul(FloatVector.fromArray(F, mul, mulOff + i + 3 * L))
          .intoArray(out, outOff + i + 3 * L);
      FloatVector w0 = FloatVector.fromArray(F, x, nextOff + i);
      DoubleVector w0a = ((DoubleVector) w0.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w0b = ((DoubleVector) w0.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w0a);
      s1 = s1.add(w0b);
      q0 = w0a.fma(w0a, q0);
      q1 = w0b.fma(w0b, q1);
      FloatVector w1 = FloatVector.fromArray(F, x, nextOff + i + L);
      DoubleVector w1a = ((DoubleVector) w1.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w1b = ((DoubleVector) w1.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w1a);
      s1 = s1.add(w1b);
      q0 = w1a.fma(w1a, q0);
      q1 = w1b.fma(w1b, q1);
      FloatVector w2 = FloatVector.fromArray(F, x, nextOff + i + 2 * L);
      DoubleVector w2a = ((DoubleVector) w2.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w2b = ((DoubleVector) w2.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w2a);
      s1 = s1.add(w2b);
      q0 = w2a.fma(w2a, q0);
      q1 = w2b.fma(w2b, q1);
      FloatVector w3 = FloatVector.fromArray(F, x, nextOff + i + 3 * L);
      DoubleVector w3a = ((DoubleVector) w3.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w3b = ((DoubleVector) w3.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w3a);
      s1 = s1.add(w3b);
      q0 = w3a.fma(w3a, q0);
      q1 = w3b.fma(w3b, q1);
    }
    // The rest of the row (fewer than four vectors): the outputs one by one (the same values as in
    // lanes: the same operations, each rounded alike), the sums by rowSums.
    Fused.scalarScaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, i);
    return plusRest(addLanes(s0.add(s1)), addLanes(q0.add(q1)), x,
        nextOff + i, len - i, nextShift, squares);
  }

  private static double scaleShiftThenSumsBias(float[] out, int outOff, float[] x, int xOff, int len, float shift,
      float scale, float[] mul, int mulOff, float[] add, int addOff, int nextOff, double nextShift, double[] squares) {
    final int L = F.length();
    FloatVector sh = FloatVector.broadcast(F, shift);
    FloatVector sc = FloatVector.broadcast(F, scale);
    DoubleVector k = DoubleVector.broadcast(D, nextShift);
    DoubleVector s0 = DoubleVector.zero(D);
    DoubleVector s1 = s0;
    DoubleVector q0 = s0;
    DoubleVector q1 = s0;
    int bound = len - len % (4 * L);
    int i = 0;
    for (; i < bound; i += 4 * L) {
      FloatVector.fromArray(F, x, xOff + i).sub(sh).mul(sc).add(FloatVector.fromArray(F, add, addOff + i))
          .intoArray(out, outOff + i);
      FloatVector.fromArray(F, x, xOff + i + L).sub(sh).mul(sc).add(FloatVector.fromArray(F, add, addOff + i + L))
          .intoArray(out, outOff + i + L);
      FloatVector.fromArray(F, x, xOff + i + 2 * L).sub(sh).mul(sc).add(FloatVector.fromArray(F, add, addOff + i + 2 * L))
          .intoArray(out, outOff + i + 2 * L);
      FloatVector.fromArray(F, x, xOff + i + 3 * L).sub(sh).mul(sc).add(FloatVector.fromArray(F, add, addOff + i + 3 * L))
          .intoArray(out, outOff + i + 3 * L);
      FloatVector w0 = FloatVector.fromArray(F, x, nextOff + i);
      DoubleVector w0a = ((DoubleVector) w0.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w0b = ((DoubleVector) w0.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w0a);
      s1 = s1.add(w0b);
      q0 = w0a.fma(w0a, q0);
      q1 = w0b.fma(w0b, q1);
      FloatVector w1 = FloatVector.fromArray(F, x, nextOff + i + L);
      DoubleVector w1a = ((DoubleVector) w1.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w1b = ((DoubleVector) w1.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w1a);
      s1 = s1.add(w1b);
      q0 = w1a.fma(w1a, q0);
      q1 = w1b.fma(w1b, q1);
      FloatVector w2 = FloatVector.fromArray(F, x, nextOff + i + 2 * L);
      DoubleVector w2a = ((DoubleVector) w2.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w2b = ((DoubleVector) w2.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w2a);
      s1 = s1.add(w2b);
      q0 = w2a.fma(w2a, q0);
      q1 = w2b.fma(w2b, q1);
      FloatVector w3 = FloatVector.fromArray(F, x, nextOff + i + 3 * L);
      DoubleVector w3a = ((DoubleVector) w3.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w3b = ((DoubleVector) w3.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w3a);
      s1 = s1.add(w3b);
      q0 = w3a.fma(w3a, q0);
      q1 = w3b.fma(w3b, q1);
    }
    // The rest of the row (fewer than four vectors): the outputs one by one (the same values as in
    // lanes: the same operations, each rounded alike), the sums by rowSums.
    Fused.scalarScaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, i);
    return plusRest(addLanes(s0.add(s1)), addLanes(q0.add(q1)), x,
        nextOff + i, len - i, nextShift, squares);
  }

  private static double scaleShiftThenSumsPlain(float[] out, int outOff, float[] x, int xOff, int len, float shift,
      float scale, float[] mul, int mulOff, float[] add, int addOff, int nextOff, double nextShift, double[] squares) {
    final int L = F.length();
    FloatVector sh = FloatVector.broadcast(F, shift);
    FloatVector sc = FloatVector.broadcast(F, scale);
    DoubleVector k = DoubleVector.broadcast(D, nextShift);
    DoubleVector s0 = DoubleVector.zero(D);
    DoubleVector s1 = s0;
    DoubleVector q0 = s0;
    DoubleVector q1 = s0;
    int bound = len - len % (4 * L);
    int i = 0;
    for (; i < bound; i += 4 * L) {
      FloatVector.fromArray(F, x, xOff + i).sub(sh).mul(sc)
          .intoArray(out, outOff + i);
      FloatVector.fromArray(F, x, xOff + i + L).sub(sh).mul(sc)
          .intoArray(out, outOff + i + L);
      FloatVector.fromArray(F, x, xOff + i + 2 * L).sub(sh).mul(sc)
          .intoArray(out, outOff + i + 2 * L);
      FloatVector.fromArray(F, x, xOff + i + 3 * L).sub(sh).mul(sc)
          .intoArray(out, outOff + i + 3 * L);
      FloatVector w0 = FloatVector.fromArray(F, x, nextOff + i);
      DoubleVector w0a = ((DoubleVector) w0.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w0b = ((DoubleVector) w0.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w0a);
      s1 = s1.add(w0b);
      q0 = w0a.fma(w0a, q0);
      q1 = w0b.fma(w0b, q1);
      FloatVector w1 = FloatVector.fromArray(F, x, nextOff + i + L);
      DoubleVector w1a = ((DoubleVector) w1.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w1b = ((DoubleVector) w1.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w1a);
      s1 = s1.add(w1b);
      q0 = w1a.fma(w1a, q0);
      q1 = w1b.fma(w1b, q1);
      FloatVector w2 = FloatVector.fromArray(F, x, nextOff + i + 2 * L);
      DoubleVector w2a = ((DoubleVector) w2.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w2b = ((DoubleVector) w2.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w2a);
      s1 = s1.add(w2b);
      q0 = w2a.fma(w2a, q0);
      q1 = w2b.fma(w2b, q1);
      FloatVector w3 = FloatVector.fromArray(F, x, nextOff + i + 3 * L);
      DoubleVector w3a = ((DoubleVector) w3.convertShape(VectorOperators.F2D, D, 0)).sub(k);
      DoubleVector w3b = ((DoubleVector) w3.convertShape(VectorOperators.F2D, D, 1)).sub(k);
      s0 = s0.add(w3a);
      s1 = s1.add(w3b);
      q0 = w3a.fma(w3a, q0);
      q1 = w3b.fma(w3b, q1);
    }
    // The rest of the row (fewer than four vectors): the outputs one by one (the same values as in
    // lanes: the same operations, each rounded alike), the sums by rowSums.
    Fused.scalarScaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, i);
    return plusRest(addLanes(s0.add(s1)), addLanes(q0.add(q1)), x,
        nextOff + i, len - i, nextShift, squares);
  }

  /**
   * The sums of a {@code scaleShiftThenSums*} loop, {@code s} and {@code q}, plus those of the next
   * row's last elements, {@code x[off .. off+len)}, which the 32-element blocks did not cover.
   */
  private static double plusRest(double s, double q, float[] x, int off, int len, double shift, double[] squares) {
    double rest = rowSums(x, off, len, shift, MOMENTS, squares);
    squares[1] += q;
    return s + rest;
  }

  static void scaleShift(double[] out, int outOff, double[] x, int xOff, int len, double shift, double scale,
      double[] mul, int mulOff, double[] add, int addOff) {
    int bound = D.loopBound(len);
    int i = 0;
    for (; i < bound; i += D.length()) {
      DoubleVector v = DoubleVector.fromArray(D, x, xOff + i).sub(shift).mul(scale);
      if (mul != null) {
        v = v.mul(DoubleVector.fromArray(D, mul, mulOff + i));
      }
      if (add != null) {
        v = v.add(DoubleVector.fromArray(D, add, addOff + i));
      }
      v.intoArray(out, outOff + i);
    }
    Fused.scalarScaleShift(out, outOff, x, xOff, len, shift, scale, mul, mulOff, add, addOff, i);
  }
}
