package dev.eqc.runtime;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The one thread pool every kernel and every generated fused loop shares.
 *
 * <p>By default it uses all cores ({@link Runtime#availableProcessors()}), or the number in the
 * system property {@code eqc.threads}; {@link #setThreads} changes it ({@code eqc bench
 * --threads}). Work is split into contiguous ranges, one or a few per thread, so that each range
 * streams over its own part of memory; a call made from inside a pool task runs on the calling
 * thread, so kernels may nest without deadlock or oversubscription.
 */
public final class Parallel {
  /** Ranges smaller than this many "element operations" are not worth a thread hand-off. */
  public static final long MIN_WORK_PER_TASK = 1 << 15;

  private static volatile int threads = initialThreads();
  private static volatile ForkJoinPool pool;
  /**
   * Set while the calling thread runs its own range of a split loop: a loop it starts from there
   * runs inline, as one started inside a pool task does.
   */
  private static final ThreadLocal<boolean[]> CALLER_RUNNING = ThreadLocal.withInitial(() -> new boolean[1]);

  private Parallel() {}

  /** A loop body over the half-open range {@code [lo, hi)}. */
  @FunctionalInterface
  public interface RangeBody {
    void run(int lo, int hi);
  }

  /** The number of threads kernels use. */
  public static int threads() {
    return threads;
  }

  /** Limits (or raises) the number of threads kernels use; 0 means all cores. */
  public static synchronized void setThreads(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("threads must not be negative, got " + n);
    }
    int wanted = n == 0 ? Runtime.getRuntime().availableProcessors() : n;
    if (wanted != threads) {
      ForkJoinPool old = pool;
      pool = null;
      threads = wanted;
      if (old != null) {
        old.shutdown();
      }
    }
  }

  /**
   * Runs {@code body} over {@code [0, n)} split into contiguous ranges, in parallel when the
   * total work ({@code n * costPerItem}, in rough element operations) is large enough. Each range
   * is a multiple of {@code align} long (except the last), so vector loops split cleanly.
   */
  public static void forRange(int n, long costPerItem, int align, RangeBody body) {
    int t = threads;
    long work = (long) n * Math.max(1, costPerItem);
    int tasks = (int) Math.min(t, Math.max(1, work / MIN_WORK_PER_TASK));
    tasks = Math.min(tasks, Math.max(1, n / Math.max(1, align)));
    if (tasks <= 1 || ForkJoinTask.inForkJoinPool() || CALLER_RUNNING.get()[0]) {
      if (n > 0) {
        body.run(0, n);
      }
      return;
    }
    int a = Math.max(1, align);
    int units = (n + a - 1) / a;
    // The calling thread runs the first range itself while the pool runs the others: one thread
    // hand-off fewer (with 2 threads, one worker wakes instead of two, and the caller does not sit
    // idle), measured ~4% on LayerNorm [4096, 1024], whose call takes ~1.3 ms.
    ForkJoinPool p = pool();
    ForkJoinTask<?>[] others = new ForkJoinTask<?>[tasks - 1];
    for (int k = 1; k < tasks; k++) {
      int lo = (int) Math.min(n, (long) units * k / tasks * a);
      int hi = (int) Math.min(n, (long) units * (k + 1) / tasks * a);
      others[k - 1] = p.submit(() -> {
        if (lo < hi) {
          body.run(lo, hi);
        }
      });
    }
    int firstHi = (int) Math.min(n, (long) units / tasks * a);
    boolean[] running = CALLER_RUNNING.get();
    Throwable failure = null;
    running[0] = true;
    try {
      if (firstHi > 0) {
        body.run(0, firstHi);
      }
    } catch (RuntimeException | Error e) {
      failure = e;
    } finally {
      running[0] = false;
    }
    for (ForkJoinTask<?> other : others) {
      try {
        other.join();
      } catch (RuntimeException | Error e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
  }

  /** {@link #forRange(int, long, int, RangeBody)} with no alignment. */
  public static void forRange(int n, long costPerItem, RangeBody body) {
    forRange(n, costPerItem, 1, body);
  }

  private static ForkJoinPool pool() {
    ForkJoinPool p = pool;
    if (p == null) {
      synchronized (Parallel.class) {
        p = pool;
        if (p == null) {
          // The thread that starts a split loop runs one of its ranges, so the pool needs one
          // worker fewer than the threads a loop uses.
          p = new ForkJoinPool(Math.max(1, threads - 1), Parallel::newWorker, null, false);
          pool = p;
        }
      }
    }
    return p;
  }

  private static java.util.concurrent.ForkJoinWorkerThread newWorker(ForkJoinPool p) {
    java.util.concurrent.ForkJoinWorkerThread w =
        ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
    w.setDaemon(true);
    w.setName("eqc-" + w.getPoolIndex());
    return w;
  }

  private static int initialThreads() {
    String prop = System.getProperty("eqc.threads");
    if (prop != null) {
      try {
        int n = Integer.parseInt(prop.trim());
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException ignored) {
        // fall through to all cores
      }
    }
    return Runtime.getRuntime().availableProcessors();
  }
}
