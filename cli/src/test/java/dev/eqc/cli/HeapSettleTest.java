package dev.eqc.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The heap half of {@code eqc bench}'s settle rule: no timing is settled while the heap walks into fresh memory. */
class HeapSettleTest {
    private static final long MB = 1 << 20;

    @Test
    void aHeapThatNeverGrewIsSettled() {
        HeapSettle heap = new HeapSettle();
        assertTrue(heap.settled(380 * MB, 0));
        assertTrue(heap.settled(380 * MB, 1000));
    }

    @Test
    void afterGrowingItIsSettledOnlyOnceTheCallsHaveAllocatedItsSize() {
        HeapSettle heap = new HeapSettle();
        heap.settled(380 * MB, 0);
        assertFalse(heap.settled(700 * MB, 100 * MB), "the window in which it grew");
        assertFalse(heap.settled(700 * MB, 500 * MB), "400 MB handed out since, of 700");
        assertTrue(heap.settled(700 * MB, 800 * MB), "700 MB handed out since");
        assertFalse(heap.settled(1400 * MB, 900 * MB), "it grew again");
        assertFalse(heap.settled(1400 * MB, 2000 * MB));
        assertTrue(heap.settled(1400 * MB, 2300 * MB));
    }

    @Test
    void whereTheJvmCannotCountAllocationsTheHeapDoesNotHoldTheWarmUp() {
        HeapSettle heap = new HeapSettle();
        heap.settled(380 * MB, -1);
        assertTrue(heap.settled(700 * MB, -1));
    }
}
