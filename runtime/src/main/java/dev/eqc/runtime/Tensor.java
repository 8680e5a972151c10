package dev.eqc.runtime;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.ReadOnlyBufferException;
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
 *
 * <p><b>Views over buffers.</b> {@link #view(FloatBuffer, int...)}, {@link #view(DoubleBuffer,
 * int...)} and {@link #view(ByteBuffer, DType, int...)} make a tensor over memory another library
 * owns (a direct buffer from ONNX Runtime, a memory-mapped {@code .npy} file from {@link
 * Npy#map}) without copying it: {@link #get}, {@link #getFlat} and {@link #setFlat} read and write
 * the buffer itself, so the tensor sees every later write to the buffer and the buffer sees
 * writes through the tensor. Generated methods take such a tensor as they take any other (their
 * entry checks read only its shape). One copy remains, and only where the layout forces it: the
 * kernels behind {@link Ops} and generated fused loops compute over Java arrays (that is what
 * the JIT and the Vector API vectorise on Java 17), so an operation that reads a buffer view
 * first copies its elements into an array, once per operation, as the float32 kernels that
 * compute in double already widen their input. A heap buffer that wraps a whole array from its
 * start is used as that array and never copied. Results are ordinary array-backed tensors.
 */
public final class Tensor {
  private static final int PREVIEW_ELEMENTS = 8;

  private final DType dtype;
  private final int[] shape;
  private final int numel;
  // Exactly one of the four is the storage: an array, or for a view a buffer of numel elements
  // from index 0 (views are slices, so their position is 0 and their limit numel).
  private final float[] floats; // FLOAT32 array storage, else null
  private final double[] doubles; // FLOAT64 array storage, else null
  private final FloatBuffer floatBuffer; // FLOAT32 view storage, else null
  private final DoubleBuffer doubleBuffer; // FLOAT64 view storage, else null

  private Tensor(DType dtype, int[] shape, float[] floats, double[] doubles) {
    this(dtype, shape, floats, doubles, null, null);
  }

  private Tensor(DType dtype, int[] shape, float[] floats, double[] doubles,
      FloatBuffer floatBuffer, DoubleBuffer doubleBuffer) {
    this.dtype = dtype;
    this.shape = shape;
    this.numel = floats != null ? floats.length : doubles != null ? doubles.length
        : floatBuffer != null ? floatBuffer.limit() : doubleBuffer.limit();
    this.floats = floats;
    this.doubles = doubles;
    this.floatBuffer = floatBuffer;
    this.doubleBuffer = doubleBuffer;
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

  /**
   * A FLOAT32 tensor over the elements of {@code data} from its position to its limit, without a
   * copy; they must be exactly the elements of {@code shape}, in row-major order. Reads and writes
   * go to the buffer (see the class comment); a read-only buffer gives a tensor whose {@link
   * #setFlat} throws. Later changes of the buffer's position or limit do not move the view. A
   * heap buffer over a whole array from index 0 is used as that array.
   */
  public static Tensor view(FloatBuffer data, int... shape) {
    Objects.requireNonNull(data, "data");
    int[] s = Shapes.checked(shape);
    requireLength(data.remaining(), s);
    if (data.hasArray() && data.arrayOffset() + data.position() == 0
        && data.array().length == data.remaining()) {
      return new Tensor(DType.FLOAT32, s, data.array(), null);
    }
    return new Tensor(DType.FLOAT32, s, null, null, data.slice(), null);
  }

  /** A FLOAT64 tensor over the elements of {@code data}, as {@link #view(FloatBuffer, int...)}. */
  public static Tensor view(DoubleBuffer data, int... shape) {
    Objects.requireNonNull(data, "data");
    int[] s = Shapes.checked(shape);
    requireLength(data.remaining(), s);
    if (data.hasArray() && data.arrayOffset() + data.position() == 0
        && data.array().length == data.remaining()) {
      return new Tensor(DType.FLOAT64, s, null, data.array());
    }
    return new Tensor(DType.FLOAT64, s, null, null, null, data.slice());
  }

  /**
   * A tensor over the bytes of {@code bytes} from its position to its limit, read as
   * <em>little-endian</em> {@code dtype} elements whatever the buffer's own {@link
   * ByteBuffer#order()} (Java's default is big-endian, which NumPy, PyTorch and ONNX Runtime data
   * never is on the machines they run on: an order read from the buffer would be a silent wrong
   * answer when someone forgets to set it). The bytes must be exactly the elements of {@code
   * shape}; no copy is made (see {@link #view(FloatBuffer, int...)}).
   */
  public static Tensor view(ByteBuffer bytes, DType dtype, int... shape) {
    return view(bytes, ByteOrder.LITTLE_ENDIAN, dtype, shape);
  }

  /**
   * A tensor over the bytes of {@code bytes} read in the given byte order, e.g. big-endian data
   * from a {@code >f4} file; otherwise as {@link #view(ByteBuffer, DType, int...)}. Elements in
   * the other order than the machine's are swapped on each read, not copied.
   */
  public static Tensor view(ByteBuffer bytes, ByteOrder order, DType dtype, int... shape) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(dtype, "dtype");
    int[] s = Shapes.checked(shape);
    int itemBytes = dtype == DType.FLOAT32 ? Float.BYTES : Double.BYTES;
    if ((long) Shapes.numel(s) * itemBytes != bytes.remaining()) {
      throw new IllegalArgumentException("the buffer has " + bytes.remaining() + " bytes but "
          + dtype + " shape " + Shapes.format(s) + " needs " + (long) Shapes.numel(s) * itemBytes
          + "; slice the buffer to the tensor's bytes");
    }
    ByteBuffer b = bytes.slice().order(order);
    return dtype == DType.FLOAT32 ? new Tensor(dtype, s, null, null, b.asFloatBuffer(), null)
        : new Tensor(dtype, s, null, null, null, b.asDoubleBuffer());
  }

  /**
   * Whether this tensor is a view over a buffer rather than over a Java array (see the class
   * comment: operations then copy its elements into an array once each).
   */
  public boolean isBufferView() {
    return floatBuffer != null || doubleBuffer != null;
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
    return numel;
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
    if (floats != null) {
      return floats[i];
    }
    if (doubles != null) {
      return doubles[i];
    }
    return floatBuffer != null ? floatBuffer.get(i) : doubleBuffer.get(i);
  }

  /** Stores {@code v} at row-major position {@code i}, narrowed to float for FLOAT32. */
  public void setFlat(int i, double v) {
    if (floats != null) {
      floats[i] = (float) v;
    } else if (doubles != null) {
      doubles[i] = v;
    } else {
      try {
        if (floatBuffer != null) {
          floatBuffer.put(i, (float) v);
        } else {
          doubleBuffer.put(i, v);
        }
      } catch (ReadOnlyBufferException e) {
        throw readOnly();
      }
    }
  }

  /** A copy of the elements as floats (narrowed when FLOAT64). */
  public float[] toFloatArray() {
    if (floats != null) {
      return floats.clone();
    }
    if (floatBuffer != null) {
      float[] out = new float[numel];
      floatBuffer.get(0, out);
      return out;
    }
    double[] src = doubleData();
    float[] out = new float[src.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) src[i];
    }
    return out;
  }

  /** A copy of the elements as doubles. */
  public double[] toDoubleArray() {
    if (doubles != null) {
      return doubles.clone();
    }
    if (doubleBuffer != null) {
      double[] out = new double[numel];
      doubleBuffer.get(0, out);
      return out;
    }
    return widenFloats();
  }

  /**
   * A tensor with the same storage (array or buffer) and a new shape of the same element count;
   * writes through either tensor are visible in both.
   */
  public Tensor reshape(int... newShape) {
    int[] s = Shapes.checked(newShape);
    if (Shapes.numel(s) != numel()) {
      throw new IllegalArgumentException("cannot reshape " + Shapes.format(shape) + " ("
          + numel() + " elements) to " + Shapes.format(s) + " (" + Shapes.numel(s) + " elements)");
    }
    return new Tensor(dtype, s, floats, doubles, floatBuffer, doubleBuffer);
  }

  /** A new array-backed tensor with this tensor's dtype, shape and elements (also of a view). */
  public Tensor copy() {
    return dtype == DType.FLOAT32 ? new Tensor(dtype, shape, toFloatArray(), null)
        : new Tensor(dtype, shape, null, toDoubleArray());
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
      sb.append(dtype == DType.FLOAT32 ? Float.toString((float) getFlat(i))
          : Double.toString(getFlat(i)));
    }
    if (numel() > shown) {
      sb.append(", ... (").append(numel()).append(" elements)");
    }
    return sb.append("])").toString();
  }

  // Kernel access. The arrays below are the live storage or freshly owned arrays: callers must
  // not keep them beyond the current operation or mutate storage they did not allocate. For a
  // buffer view they are a copy of the buffer taken at the call (the one copy a view costs).

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
   * when this tensor is FLOAT64. Callers must not write to it. For a {@linkplain #isBufferView()
   * buffer view}, a copy of the buffer's elements as they are now.
   */
  public float[] floatsView() {
    return floatData();
  }

  /**
   * The live FLOAT64 storage, read-only by contract; null when this tensor is FLOAT32. For a
   * buffer view, a copy of its elements as they are now.
   */
  public double[] doublesView() {
    return doubleData();
  }

  /**
   * Stores {@code data}, an array of {@link #numel()} elements holding this tensor's new
   * contents, into this tensor: nothing to do when {@code data} is its own array storage (a fused
   * loop wrote there directly), else a bulk copy into the buffer of a view. For results that
   * generated code computes into an {@code out} tensor.
   */
  void storeFrom(float[] data) {
    if (data == floats) {
      return;
    }
    if (floatBuffer == null || data.length != numel) {
      throw new IllegalArgumentException("storeFrom: " + data.length + " floats for " + this);
    }
    try {
      floatBuffer.put(0, data);
    } catch (ReadOnlyBufferException e) {
      throw readOnly();
    }
  }

  /** As {@link #storeFrom(float[])}, for FLOAT64. */
  void storeFrom(double[] data) {
    if (data == doubles) {
      return;
    }
    if (doubleBuffer == null || data.length != numel) {
      throw new IllegalArgumentException("storeFrom: " + data.length + " doubles for " + this);
    }
    try {
      doubleBuffer.put(0, data);
    } catch (ReadOnlyBufferException e) {
      throw readOnly();
    }
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
    return dtype == DType.FLOAT64 ? doubleData() : widenFloats();
  }

  /** The live FLOAT32 storage (a copy for a buffer view), or null for FLOAT64. */
  float[] floatData() {
    if (floatBuffer == null) {
      return floats;
    }
    float[] out = new float[numel];
    floatBuffer.get(0, out);
    return out;
  }

  /** The live FLOAT64 storage (a copy for a buffer view), or null for FLOAT32. */
  double[] doubleData() {
    if (doubleBuffer == null) {
      return doubles;
    }
    double[] out = new double[numel];
    doubleBuffer.get(0, out);
    return out;
  }

  /** The shape array itself, for read-only use inside the package. */
  int[] shapeRef() {
    return shape;
  }

  /** The FLOAT32 elements widened to doubles, read straight from the array or the buffer. */
  private double[] widenFloats() {
    double[] out = new double[numel];
    if (floats != null) {
      for (int i = 0; i < out.length; i++) {
        out[i] = floats[i];
      }
    } else {
      for (int i = 0; i < out.length; i++) {
        out[i] = floatBuffer.get(i);
      }
    }
    return out;
  }

  private UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("this tensor is a view of a read-only buffer (e.g. a"
        + " memory-mapped .npy file) and cannot be written; write into t.copy() instead");
  }

  private static void requireLength(int length, int[] shape) {
    if (length != Shapes.numel(shape)) {
      throw new IllegalArgumentException("data has " + length + " elements but shape "
          + Shapes.format(shape) + " needs " + Shapes.numel(shape));
    }
  }
}
