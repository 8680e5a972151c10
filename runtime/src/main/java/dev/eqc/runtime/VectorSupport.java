package dev.eqc.runtime;

/**
 * Whether the vector kernels run, and at which width: the JVM must have been started with {@code
 * --add-modules jdk.incubator.vector} (the {@code ./eqc} launcher does so for {@code run} and
 * {@code bench}), the system property {@code eqc.vector=false} turns them off, and {@code
 * eqc.vector.bits=128|256|512} sets their width (default: the hardware's preferred vector size;
 * see {@code VectorWidth}). Classes that import the incubator module are only ever touched behind
 * {@link #ENABLED}, so the runtime loads and works without it.
 */
public final class VectorSupport {
  /** True when the vector kernels are in use. */
  public static final boolean ENABLED;
  /** The width of every vector kernel in bits (128, 256 or 512); 0 when they are not in use. */
  public static final int BITS;

  static {
    int bits = moduleAllowed() ? Probe.bits() : 0;
    // Below 128 bits (a JVM limited to 64-bit vectors) there is no double lane pair to widen a
    // float vector into: the scalar kernels are faster there anyway.
    ENABLED = bits >= 128;
    BITS = ENABLED ? bits : 0;
  }

  private VectorSupport() {}

  private static boolean moduleAllowed() {
    if ("false".equalsIgnoreCase(System.getProperty("eqc.vector"))) {
      return false;
    }
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  /** Keeps the reference to the module's classes out of {@link VectorSupport}'s own code. */
  private static final class Probe {
    static int bits() {
      return VectorWidth.BITS;
    }
  }

  /** "vector" or "scalar", for benchmark reports. */
  public static String describe() {
    return ENABLED ? "vector" : "scalar";
  }

  /** The vector width in bits, 0 for the scalar kernels, for benchmark reports. */
  public static int bits() {
    return BITS;
  }
}
