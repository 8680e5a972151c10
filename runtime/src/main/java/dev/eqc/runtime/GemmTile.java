package dev.eqc.runtime;

/**
 * The register tile of the vector GEMM micro-kernels, chosen once from the vector width and the
 * register file.
 *
 * <p>The rule. The tile is two vectors wide, so its width follows the process's vector width
 * ({@link VectorSupport#BITS}): NR = 2 x lanes = 32 floats at 512 bits, 16 at 256, 8 at 128
 * (half as many doubles). Its rows are the most whose live vectors fit the registers a tile may
 * use: per step of k, 2 x rows accumulators, 2 vectors of packed B and 1 broadcast of packed A,
 * so {@code rows = (registers - 3) / 2}. Registers: 32 with AVX-512 (512-bit vectors) and on
 * AArch64, 16 otherwise (AVX2, SSE); a tile may use at most {@link #TILE_REGISTER_CAP} of them.
 * With 16: 6 rows (15 registers, the largest tile of AVX2; 12 accumulators, more than the 8 that
 * two FMA pipes with a 4-cycle latency need to stay busy).
 *
 * <p>Why the cap. On the 32-register AVX-512 machine this was tuned on (AMD EPYC Zen 5, 2 cores),
 * the 6-row tile reaches the FMA peak of a C loop on one core (~180 of ~185 GFLOP/s), and every
 * larger tile measured slower: 8, 12 and 14 rows ran at 0.5-0.8x on JDK 17, whose C2 spills an
 * accumulator to the stack and reloads it every step once a loop holds ~20 live vectors, and 12
 * rows ran at ~0.7x on JDK 25, whose C2 keeps all 27 in registers. An Intel Xeon measured the
 * 12-row tile faster (issue 17), so it exists, behind {@code -Deqc.gemm.rows=12}; 6 is the
 * default until a machine where 12 wins by default-worthy margins is measured here too. The
 * choice never changes results: every element of C is the same chain of fused multiply-adds
 * over k whatever the tile.
 */
final class GemmTile {
  /** Registers a tile may use, whatever the register file: see the class comment. */
  static final int TILE_REGISTER_CAP = 16;

  /** The rows of the vector tile in this process: 6, or 12 when asked for. */
  static final int ROWS = rows(VectorSupport.BITS, System.getProperty("os.arch", ""),
      System.getProperty("eqc.gemm.rows"));

  private GemmTile() {}

  /** Vector registers of the instruction set at this width. */
  static int registers(int bits, String arch) {
    return bits >= 512 || "aarch64".equals(arch) ? 32 : 16;
  }

  /** The most rows of a two-vector tile whose live vectors fit {@code registers}. */
  static int rowsThatFit(int registers) {
    return (registers - 3) / 2;
  }

  /**
   * The tile's rows: {@code eqc.gemm.rows} when it names a tile that exists (6 or 12), else the
   * rule, {@link #rowsThatFit} of the capped register count, rounded down to an existing tile.
   */
  static int rows(int bits, String arch, String property) {
    if (property != null && !property.isBlank()) {
      String p = property.trim();
      if (p.equals("6") || p.equals("12")) {
        return Integer.parseInt(p);
      }
      System.err.println("eqc: ignoring -Deqc.gemm.rows=" + property + " (6 or 12)");
    }
    int fit = rowsThatFit(Math.min(registers(bits, arch), TILE_REGISTER_CAP));
    return fit >= 12 ? 12 : 6;
  }

  /** The float32 micro-kernel of {@link #ROWS} rows; only with the vector module. */
  static GemmFloatKernel floatKernel() {
    return ROWS == 12 ? GemmVectorTile12x2.FLOAT : GemmVectorTile6x2.FLOAT;
  }

  /** The float64 micro-kernel of {@link #ROWS} rows; only with the vector module. */
  static GemmDoubleKernel doubleKernel() {
    return ROWS == 12 ? GemmVectorTile12x2.DOUBLE : GemmVectorTile6x2.DOUBLE;
  }
}
