package dev.eqc.cli;

/**
 * Whether the Java heap has settled for {@code eqc bench}: it has not grown since the last check,
 * and since it last grew the calls have allocated at least as many bytes as it holds, so the
 * allocator has handed out its new memory at least once.
 *
 * <p>Why: memory the process has never written costs a page fault on first use, and on some
 * machines a slow one (a Firecracker VM here: 20-50 us per 4 KiB page, 150-300 ms for 16 MiB).
 * When G1 grows the heap during the warm-up, the following calls put their results into that fresh
 * memory: each call then pays its faults, the timings are steady at the slow level (LayerNorm with
 * a new 16 MiB result: ~50-200 ms instead of 2-3), and the warm-up's timing windows called that
 * settled. Once every region has been written once, the calls run at their real speed.
 */
final class HeapSettle {
    private long committed = -1;
    /** The bytes allocated when the heap last grew, or -1 while it has not grown. */
    private long allocatedAtGrowth = -1;

    /**
     * Records the heap's committed size and the bytes allocated so far (negative when the JVM
     * cannot tell, which makes the heap count as settled) and says whether the heap has settled:
     * it did not grow since the previous call, and if it ever grew, the bytes allocated since are
     * at least its size. A heap that never grew is settled (a call that allocates little never
     * walks into fresh memory).
     */
    boolean settled(long committedBytes, long allocatedBytes) {
        if (allocatedBytes < 0) {
            return true;
        }
        boolean grew = committed >= 0 && committedBytes > committed;
        committed = committedBytes;
        if (grew) {
            allocatedAtGrowth = allocatedBytes;
            return false;
        }
        return allocatedAtGrowth < 0 || allocatedBytes - allocatedAtGrowth >= committedBytes;
    }
}
