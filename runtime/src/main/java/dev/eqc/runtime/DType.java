package dev.eqc.runtime;

/** The element type of a {@link Tensor}: 32-bit or 64-bit IEEE floating point. */
public enum DType {
  FLOAT32,
  FLOAT64;

  /** Returns FLOAT64 if either type is FLOAT64, else FLOAT32: the promotion rule of every binary op. */
  static DType promote(DType a, DType b) {
    return a == FLOAT64 || b == FLOAT64 ? FLOAT64 : FLOAT32;
  }
}
