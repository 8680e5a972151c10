package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * The process's one vector width: the surefire run that forces {@code eqc.vector.bits} really
 * runs the kernels at that width (else the runs at 128, 256 and 512 bits would test the same
 * code three times), float and double species agree, and the property is parsed as documented.
 */
class VectorWidthTest {
  @Test
  void theForcedWidthIsTheOneInUse() {
    String forced = System.getProperty("eqc.vector.bits");
    if (!VectorSupport.ENABLED) {
      assertEquals(0, VectorSupport.BITS, "scalar kernels report width 0");
      return;
    }
    assertTrue(VectorSupport.BITS == 128 || VectorSupport.BITS == 256 || VectorSupport.BITS == 512,
        "width " + VectorSupport.BITS);
    if (forced != null) {
      assertEquals(Integer.parseInt(forced), VectorSupport.BITS);
    }
    Species.check(VectorSupport.BITS);
  }

  /** Keeps the module's classes out of code that runs without it. */
  private static final class Species {
    static void check(int bits) {
      assertEquals(bits, VectorWidth.FLOAT.vectorBitSize());
      assertEquals(bits, VectorWidth.DOUBLE.vectorBitSize());
      assertEquals(bits / 32, VectorWidth.FLOAT.length());
      assertEquals(bits / 64, VectorWidth.DOUBLE.length());
    }
  }

  @Test
  void thePropertyChoosesAWidthOrIsIgnored() {
    assumeTrue(VectorSupport.ENABLED);
    assertEquals(256, VectorWidth.choose(null, 256));
    assertEquals(512, VectorWidth.choose("", 512));
    assertEquals(128, VectorWidth.choose("128", 512));
    assertEquals(512, VectorWidth.choose(" 512 ", 256), "above the hardware's width: emulated, for tests");
    assertEquals(256, VectorWidth.choose("64", 256), "not a width the kernels support");
    assertEquals(256, VectorWidth.choose("wide", 256));
  }

  @Test
  void theScalarSwitchTurnsTheVectorKernelsOff() {
    if ("false".equals(System.getProperty("eqc.vector"))) {
      assertFalse(VectorSupport.ENABLED);
      assertEquals("scalar", VectorSupport.describe());
    } else {
      assertEquals(VectorSupport.ENABLED ? "vector" : "scalar", VectorSupport.describe());
    }
  }
}
