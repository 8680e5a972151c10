package dev.eqc.compiler.fusion;

/** Thrown inside the planner when a term cannot be part of a fused loop; the definition keeps the general path. */
final class NotFusible extends RuntimeException {
    NotFusible() {
        super(null, null, false, false);
    }
}
