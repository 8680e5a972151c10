package dev.eqc.runtime;

/**
 * Whether the vector kernels may run: the JVM must have been started with {@code --add-modules
 * jdk.incubator.vector} (the {@code ./eqc} launcher and {@code eqc bench} do so), and the system
 * property {@code eqc.vector=false} turns them off. Classes that import the incubator module are
 * only ever touched behind {@link #ENABLED}, so the runtime loads and works without it.
 */
public final class VectorSupport {
  /** True when the vector kernels are in use. */
  public static final boolean ENABLED = detect();

  private VectorSupport() {}

  private static boolean detect() {
    if ("false".equalsIgnoreCase(System.getProperty("eqc.vector"))) {
      return false;
    }
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  /** "vector" or "scalar", for benchmark reports. */
  public static String describe() {
    return ENABLED ? "vector" : "scalar";
  }
}
