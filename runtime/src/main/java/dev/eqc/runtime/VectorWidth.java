package dev.eqc.runtime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The one vector width of the process and its species: every vector kernel takes its species
 * from here, never from {@code SPECIES_PREFERRED} or a fixed {@code SPECIES_256} of its own.
 *
 * <p>Why one width: the JDK's vector classes are shared by every kernel, and C2 keeps type
 * profiles per call site inside them. When two kernels use two shapes (GEMM at 512 bits, the
 * row kernels at 256), those call sites see both, C2 can no longer treat the species as a
 * constant there ("missing constant: vclass" with {@code -XX:+PrintIntrinsics}), and vectors are
 * boxed: attention n = 2048 took 171-240 ms instead of ~12 on an AVX-512 machine, with tens of
 * GB allocated (JFR). The same cliff appears when a hard-coded shape is wider than the hardware
 * ({@code -XX:MaxVectorSize=16}, as on a 128-bit NEON machine: LayerNorm 133 ms instead of 1.5).
 *
 * <p>The width is the hardware's preferred shape ({@code FloatVector.SPECIES_PREFERRED}: 512 bits
 * with AVX-512, 256 with AVX2, 128 with NEON or SSE), unless the system property {@code
 * eqc.vector.bits} (128, 256 or 512) sets it. A value above the hardware's width is honoured: the
 * JVM then emulates the shape, correctly but slowly, which is what the runtime's tests do to run
 * every kernel at every width on one machine. Float and double species have the same bit
 * size, so a float vector widens to exactly two double vectors. The fields are {@code static
 * final}, so C2 folds them to constants in every kernel.
 *
 * <p>This class imports {@code jdk.incubator.vector}: only {@link VectorSupport} touches it, and
 * only when the module is present; everything else asks {@link VectorSupport}.
 */
final class VectorWidth {
  /** The vector size in bits: 128, 256 or 512; below 128 the vector kernels are not used. */
  static final int BITS = choose(System.getProperty("eqc.vector.bits"),
      FloatVector.SPECIES_PREFERRED.vectorBitSize());

  /** Float lanes of {@link #BITS} bits. */
  static final VectorSpecies<Float> FLOAT = FloatVector.SPECIES_PREFERRED.vectorBitSize() == BITS
      ? FloatVector.SPECIES_PREFERRED : VectorSpecies.of(float.class, VectorShape.forBitSize(BITS));
  /** Double lanes of the same bit size (half as many lanes). */
  static final VectorSpecies<Double> DOUBLE = VectorSpecies.of(double.class, FLOAT.vectorShape());

  private VectorWidth() {}

  /**
   * The width for a property value and the hardware's preferred width: the property when it is
   * 128, 256 or 512, else (absent or anything else, with a warning) the hardware's.
   */
  static int choose(String property, int preferred) {
    if (property == null || property.isBlank()) {
      return preferred;
    }
    String p = property.trim();
    if (p.equals("128") || p.equals("256") || p.equals("512")) {
      return Integer.parseInt(p);
    }
    System.err.println("eqc: ignoring -Deqc.vector.bits=" + property + " (128, 256 or 512); using "
        + preferred + " bits");
    return preferred;
  }
}
