package dev.eqc.runtime;

/**
 * Cache block sizes of the packed GEMM ({@link Gemm}): {@code kc} is the depth of one packed
 * slice, {@code mc} the rows of A packed per block, {@code nc} the columns of B packed per panel.
 *
 * <p>The defaults follow the usual GotoBLAS reasoning for this machine class (32-48 KiB L1d,
 * 0.5-1 MiB L2 per core, a large shared L3): one kc x NR micro-panel of packed B stays in L1
 * while the micro-kernel sweeps down the mc x kc packed block of A, which stays in L2 (a 32 KiB
 * micro-panel with the 512-bit tile, 16 KiB with the 256-bit one); the kc x nc packed panel of B
 * is reused for every block of A and lives in L3. The numbers were chosen by measurement; see
 * the table in {@link Gemm}.
 */
final class GemmBlocking {
  /** Float32 blocks: kc 256 floats deep, mc 120 rows (120 KiB of A), nc 2048 columns (2 MiB). */
  static final GemmBlocking FLOAT = new GemmBlocking(120, 256, 2048);
  /** Float64 blocks: kc 256 (a 16 KiB B sliver), mc 96 (192 KiB of A), nc 2048 (4 MiB). */
  static final GemmBlocking DOUBLE = new GemmBlocking(96, 256, 2048);

  final int mc;
  final int kc;
  final int nc;

  GemmBlocking(int mc, int kc, int nc) {
    if (mc < 1 || kc < 1 || nc < 1) {
      throw new IllegalArgumentException("block sizes must be positive: " + mc + ", " + kc
          + ", " + nc);
    }
    this.mc = mc;
    this.kc = kc;
    this.nc = nc;
  }
}
