package dev.eqc.runtime;

/**
 * The packing buffers of the blocked GEMM, one set per thread, kept between calls: a product no
 * longer allocates (and the JVM no longer zeroes) a 2 MiB packed panel of B and a block of A per
 * call and per task, which showed as garbage collections in products called in a loop (attention
 * tiles, FFN layers). A buffer only grows, to the largest block this thread has packed (at most
 * {@code kc x nc} plus {@code mc x kc} elements of {@link GemmBlocking}: about 2.2 MiB of floats,
 * 4.4 MiB of doubles per thread that multiplies).
 *
 * <p>One product runs at a time per thread (kernels nest through {@link Parallel}, which runs an
 * inner split inline, but a GEMM never calls another GEMM while it holds its buffers), so the
 * buffers are never shared.
 */
final class GemmBuffers {
  private static final ThreadLocal<GemmBuffers> LOCAL = ThreadLocal.withInitial(GemmBuffers::new);

  private float[] floatA = new float[0];
  private float[] floatB = new float[0];
  private float[] floatEdge = new float[0];
  private double[] doubleA = new double[0];
  private double[] doubleB = new double[0];
  private double[] doubleEdge = new double[0];

  private GemmBuffers() {}

  /** This thread's buffers. */
  static GemmBuffers get() {
    return LOCAL.get();
  }

  float[] floatA(int length) {
    if (floatA.length < length) {
      floatA = new float[length];
    }
    return floatA;
  }

  float[] floatB(int length) {
    if (floatB.length < length) {
      floatB = new float[length];
    }
    return floatB;
  }

  float[] floatEdge(int length) {
    if (floatEdge.length < length) {
      floatEdge = new float[length];
    }
    return floatEdge;
  }

  double[] doubleA(int length) {
    if (doubleA.length < length) {
      doubleA = new double[length];
    }
    return doubleA;
  }

  double[] doubleB(int length) {
    if (doubleB.length < length) {
      doubleB = new double[length];
    }
    return doubleB;
  }

  double[] doubleEdge(int length) {
    if (doubleEdge.length < length) {
      doubleEdge = new double[length];
    }
    return doubleEdge;
  }
}
