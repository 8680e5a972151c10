package dev.eqc.runtime;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A dense, contiguous, row-major array of numbers with a shape, stored as {@code float[]} for
 * {@link DType#FLOAT32} or {@code double[]} for {@link DType#FLOAT64}.
 *
 * <p>Rank 0 is a scalar with one element. Operations treat dimensions in front of the ones they
 * need as batch dimensions. Tensors are mutable only through {@link #setFlat}; every operation in
 * {@link Ops} returns a new tensor, and only {@link #reshape} (and methods documented to return
 * a view) share storage with their input.
 */
public final class Tensor {
  private static final int PREVIEW_ELEMENTS = 8;

  private final DType dtype;
  private final int[] shape;
  private final float[] floats; // the storage when dtype is FLOAT32, else null
  private final double[] doubles; // the storage when dtype is FLOAT64, else null

  private Tensor(DType dtype, int[] shape, float[] floats, double[] doubles) {
    this.dtype = dtype;
    this.shape = shape;
    this.floats = floats;
    this.doubles = doubles;
  }

  /** A tensor of zeros. */
  public static Tensor zeros(DType dtype, int... shape) {
    Objects.requireNonNull(dtype, "dtype");
    int[] s = Shapes.checked(shape);
    int n = Shapes.numel(s);
    return dtype == DType.FLOAT32 ? new Tensor(dtype, s, new float[n], null)
        : new Tensor(dtype, s, null, new double[n]);
  }

  /** A FLOAT32 tensor holding a copy of {@code data} in row-major order. */
  public static Tensor of(float[] data, int... shape) {
    int[] s = Shapes.checked(shape);
    requireLength(data.length, s);
    return new Tensor(DType.FLOAT32, s, data.clone(), null);
  }

  /** A FLOAT64 tensor holding a copy of {@code data} in row-major order. */
  public static Tensor of(double[] data, int... shape) {
    int[] s = Shapes.checked(shape);
    requireLength(data.length, s);
    return new Tensor(DType.FLOAT64, s, null, data.clone());
  }

  /** A FLOAT32 scalar (rank 0). */
  public static Tensor scalar(double v) {
    return scalar(DType.FLOAT32, v);
  }

  /** A scalar (rank 0) of the given dtype. */
  public static Tensor scalar(DType dtype, double v) {
    Tensor t = zeros(dtype);
    t.setFlat(0, v);
    return t;
  }

  /**
   * Uniform random numbers in {@code [lo, hi)}, reproducible from {@code seed}.
   *
   * <p>The formula is a contract and must never change, because the compiler reproduces it
   * independently to compute expected values: {@code SplittableRandom rng = new
   * SplittableRandom(seed);} then, for each element in row-major order, {@code lo + (hi - lo) *
   * rng.nextDouble()}, narrowed with a {@code (float)} cast for FLOAT32.
   */
  public static Tensor random(DType dtype, long seed, double lo, double hi, int... shape) {
    Tensor t = zeros(dtype, shape);
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < t.numel(); i++) {
      t.setFlat(i, lo + (hi - lo) * rng.nextDouble());
    }
    return t;
  }

  /**
   * Uniform random integers in {@code [lo, hiInclusive]}, reproducible from {@code seed}.
   *
   * <p>Also a contract the compiler reproduces: {@code SplittableRandom rng = new
   * SplittableRandom(seed);} then, for each element in row-major order, {@code lo +
   * rng.nextInt(hiInclusive - lo + 1)}.
   */
  public static Tensor randomInts(DType dtype, long seed, int lo, int hiInclusive, int... shape) {
    long bound = (long) hiInclusive - lo + 1;
    if (bound <= 0 || bound > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "randomInts: need lo <= hiInclusive with a range below 2^31, got [" + lo + ", "
              + hiInclusive + "]");
    }
    Tensor t = zeros(dtype, shape);
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < t.numel(); i++) {
      t.setFlat(i, lo + rng.nextInt(hiInclusive - lo + 1));
    }
    return t;
  }

  /** A copy of the shape. */
  public int[] shape() {
    return shape.clone();
  }

  public int rank() {
    return shape.length;
  }

  /** The size of {@code axis}; a negative axis counts from the end, so -1 is the last. */
  public int size(int axis) {
    int a = axis < 0 ? axis + shape.length : axis;
    if (a < 0 || a >= shape.length) {
      throw new IllegalArgumentException(
          "axis " + axis + " is out of range for shape " + Shapes.format(shape));
    }
    return shape[a];
  }

  public int numel() {
    return dtype == DType.FLOAT32 ? floats.length : doubles.length;
  }

  public DType dtype() {
    return dtype;
  }

  /** The element at a full multi-index (one index per axis; none for a scalar). */
  public double get(int... index) {
    if (index.length != shape.length) {
      throw new IllegalArgumentException("get: shape " + Shapes.format(shape) + " needs "
          + shape.length + " indices, got " + index.length);
    }
    int flat = 0;
    for (int d = 0; d < shape.length; d++) {
      if (index[d] < 0 || index[d] >= shape[d]) {
        throw new IndexOutOfBoundsException("index " + Arrays.toString(index)
            + " is out of bounds for shape " + Shapes.format(shape));
      }
      flat = flat * shape[d] + index[d];
    }
    return getFlat(flat);
  }

  /** The element at row-major position {@code i}. */
  public double getFlat(int i) {
    return dtype == DType.FLOAT32 ? floats[i] : doubles[i];
  }

  /** Stores {@code v} at row-major position {@code i}, narrowed to float for FLOAT32. */
  public void setFlat(int i, double v) {
    if (dtype == DType.FLOAT32) {
      floats[i] = (float) v;
    } else {
      doubles[i] = v;
    }
  }

  /** A copy of the elements as floats (narrowed when FLOAT64). */
  public float[] toFloatArray() {
    if (dtype == DType.FLOAT32) {
      return floats.clone();
    }
    float[] out = new float[doubles.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) doubles[i];
    }
    return out;
  }

  /** A copy of the elements as doubles. */
  public double[] toDoubleArray() {
    return dtype == DType.FLOAT64 ? doubles.clone() : widen(floats);
  }

  /**
   * A tensor with the same storage and a new shape of the same element count; writes through
   * either tensor are visible in both.
   */
  public Tensor reshape(int... newShape) {
    int[] s = Shapes.checked(newShape);
    if (Shapes.numel(s) != numel()) {
      throw new IllegalArgumentException("cannot reshape " + Shapes.format(shape) + " ("
          + numel() + " elements) to " + Shapes.format(s) + " (" + Shapes.numel(s) + " elements)");
    }
    return new Tensor(dtype, s, floats, doubles);
  }

  /** This tensor converted to {@code target}; returns this tensor itself when already of that type. */
  public Tensor toDType(DType target) {
    Objects.requireNonNull(target, "target");
    if (target == dtype) {
      return this;
    }
    return target == DType.FLOAT32 ? new Tensor(target, shape, toFloatArray(), null)
        : new Tensor(target, shape, null, toDoubleArray());
  }

  /** Shape, dtype and the first few elements, e.g. {@code Tensor(FLOAT32, [2, 3], [1.0, ...])}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Tensor(").append(dtype).append(", ")
        .append(Shapes.format(shape)).append(", [");
    int shown = Math.min(numel(), PREVIEW_ELEMENTS);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      // Float.toString keeps FLOAT32 values short instead of showing their double expansion.
      sb.append(dtype == DType.FLOAT32 ? Float.toString(floats[i]) : Double.toString(doubles[i]));
    }
    if (numel() > shown) {
      sb.append(", ... (").append(numel()).append(" elements)");
    }
    return sb.append("])").toString();
  }

  // Kernel access. The arrays below are the live storage or freshly owned arrays: callers must
  // not keep them beyond the current operation or mutate storage they did not allocate.

  /**
   * A FLOAT32 tensor over {@code data} itself, without a copy: the tensor takes ownership. For
   * generated fused loops, which fill a fresh array and hand it over.
   */
  public static Tensor ofOwned(float[] data, int... shape) {
    int[] s = Shapes.checked(shape);
    requireLength(data.length, s);
    return new Tensor(DType.FLOAT32, s, data, null);
  }

  /** A FLOAT64 tensor over {@code data} itself, without a copy: the tensor takes ownership. */
  public static Tensor ofOwned(double[] data, int... shape) {
    int[] s = Shapes.checked(shape);
    requireLength(data.length, s);
    return new Tensor(DType.FLOAT64, s, null, data);
  }

  /**
   * The live FLOAT32 storage, for generated fused loops and kernels to read without a copy; null
   * when this tensor is FLOAT64. Callers must not write to it.
   */
  public float[] floatsView() {
    return floats;
  }

  /** The live FLOAT64 storage, read-only by contract; null when this tensor is FLOAT32. */
  public double[] doublesView() {
    return doubles;
  }

  /** Wraps {@code data} without copying; the tensor takes ownership of the array. */
  static Tensor wrap(float[] data, int[] shape) {
    return new Tensor(DType.FLOAT32, shape, data, null);
  }

  /** Wraps {@code data} without copying; the tensor takes ownership of the array. */
  static Tensor wrap(double[] data, int[] shape) {
    return new Tensor(DType.FLOAT64, shape, null, data);
  }

  /** A tensor of {@code dtype} from kernel output; owns {@code data} when FLOAT64. */
  static Tensor fromDoubles(DType dtype, double[] data, int[] shape) {
    if (dtype == DType.FLOAT64) {
      return wrap(data, shape);
    }
    float[] out = new float[data.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) data[i];
    }
    return wrap(out, shape);
  }

  /**
   * The elements as doubles for a kernel to read: the live storage for FLOAT64 (which must not be
   * written), a widened copy for FLOAT32.
   */
  double[] readDoubles() {
    return dtype == DType.FLOAT64 ? doubles : widen(floats);
  }

  /** The live FLOAT32 storage, or null for FLOAT64. */
  float[] floatData() {
    return floats;
  }

  /** The live FLOAT64 storage, or null for FLOAT32. */
  double[] doubleData() {
    return doubles;
  }

  /** The shape array itself, for read-only use inside the package. */
  int[] shapeRef() {
    return shape;
  }

  private static double[] widen(float[] data) {
    double[] out = new double[data.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = data[i];
    }
    return out;
  }

  private static void requireLength(int length, int[] shape) {
    if (length != Shapes.numel(shape)) {
      throw new IllegalArgumentException("data has " + length + " elements but shape "
          + Shapes.format(shape) + " needs " + Shapes.numel(shape));
    }
  }
}
