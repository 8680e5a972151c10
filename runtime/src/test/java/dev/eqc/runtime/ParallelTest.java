package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * The shared pool's loop splitting: every index runs exactly once whatever the thread count,
 * alignment and size; ranges respect the alignment; a loop started from inside a range (on the
 * calling thread or a worker) runs inline and completes; a failure in any range reaches the caller.
 */
class ParallelTest {
  private static final long BIG = 1L << 20; // per-item cost that always splits

  @Test
  void everyIndexRunsExactlyOnceInAlignedRanges() {
    int before = Parallel.threads();
    try {
      for (int threads : new int[] {1, 2, 3, 8}) {
        Parallel.setThreads(threads);
        for (int n : new int[] {0, 1, 2, 7, 64, 1000, 4097}) {
          for (int align : new int[] {1, 8, 16}) {
            AtomicIntegerArray hits = new AtomicIntegerArray(n);
            Parallel.forRange(n, BIG, align, (lo, hi) -> {
              assertTrue(lo % align == 0, "range starts aligned: " + lo);
              for (int i = lo; i < hi; i++) {
                hits.incrementAndGet(i);
              }
            });
            for (int i = 0; i < n; i++) {
              assertEquals(1, hits.get(i), "index " + i + " of " + n + ", " + threads + " threads, align " + align);
            }
          }
        }
      }
    } finally {
      Parallel.setThreads(before);
    }
  }

  @Test
  void nestedLoopsRunInlineAndComplete() {
    int before = Parallel.threads();
    try {
      Parallel.setThreads(2);
      int n = 64;
      AtomicIntegerArray hits = new AtomicIntegerArray(n * n);
      java.util.Set<Thread> outer = java.util.concurrent.ConcurrentHashMap.newKeySet();
      Parallel.forRange(n, BIG, (lo, hi) -> {
        Thread mine = Thread.currentThread();
        outer.add(mine);
        for (int i = lo; i < hi; i++) {
          int row = i;
          Parallel.forRange(n, BIG, (lo2, hi2) -> {
            // Inline: on the thread of the outer range (the caller's or a worker's), not handed off.
            assertEquals(mine, Thread.currentThread());
            for (int j = lo2; j < hi2; j++) {
              hits.incrementAndGet(row * n + j);
            }
          });
        }
      });
      assertEquals(2, outer.size(), "the outer loop ran on the caller and one worker");
      for (int k = 0; k < n * n; k++) {
        assertEquals(1, hits.get(k), "element " + k);
      }
    } finally {
      Parallel.setThreads(before);
    }
  }

  @Test
  void aFailureInAnyRangeReachesTheCaller() {
    int before = Parallel.threads();
    try {
      Parallel.setThreads(2);
      for (int failing : new int[] {0, 99}) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forRange(100, BIG,
                (lo, hi) -> {
                  if (lo <= failing && failing < hi) {
                    throw new IllegalStateException("range with " + failing);
                  }
                }));
        // A worker's exception comes back re-created on the caller's stack, with the original's text.
        assertTrue(e.getMessage().contains("range with " + failing), e.getMessage());
      }
      // The pool still works afterwards.
      AtomicIntegerArray hits = new AtomicIntegerArray(10);
      Parallel.forRange(10, BIG, (lo, hi) -> {
        for (int i = lo; i < hi; i++) {
          hits.incrementAndGet(i);
        }
      });
      assertEquals(1, hits.get(9));
    } finally {
      Parallel.setThreads(before);
    }
  }
}
