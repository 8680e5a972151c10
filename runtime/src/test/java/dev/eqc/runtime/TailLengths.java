package dev.eqc.runtime;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Array lengths around every multiple a vector loop's tail depends on, at any width the tests
 * run at: lane counts of 128-, 256- and 512-bit float and double vectors (2 to 16), unrolled
 * blocks of two and four vectors (up to 64), GEMM tile widths (up to 64 floats), and the
 * 1,024-element chunks of the vector erf. The same list at every width, so each surefire run
 * (128, 256, 512 bits, scalar) checks the same cases.
 */
final class TailLengths {
  private TailLengths() {}

  /** 0 to 3, and m - 1, m, m + 1 for m = 4, 8, ..., 256, and 1,024. */
  static final int[] ALL = IntStream.concat(IntStream.of(0, 1, 2, 3),
      IntStream.of(4, 8, 16, 32, 64, 128, 256, 1024).flatMap(m -> IntStream.of(m - 1, m, m + 1)))
      .distinct().sorted().toArray();

  /** {@link #ALL} without the lengths above {@code max}. */
  static int[] upTo(int max) {
    return Arrays.stream(ALL).filter(n -> n <= max).toArray();
  }
}
