package dev.eqc.runtime;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes NumPy {@code .npy} files, so tensors can be exchanged with Python.
 *
 * <p>Reads format versions 1.0, 2.0 and 3.0 with dtypes {@code f4} (to FLOAT32), {@code f8}
 * (to FLOAT64) and {@code i4}, {@code i8}, {@code b1} (widened to FLOAT64), in any byte order
 * ({@code <}, {@code >}, {@code |}, {@code =}). Only C order is accepted: a Fortran-order file is
 * rejected rather than silently transposed. Writes version 1.0, C order, {@code <f4} or {@code <f8},
 * with the header NumPy writes, so the data starts at a multiple of 64 bytes. Malformed files
 * raise {@link IOException} saying what is wrong.
 */
public final class Npy {
  private static final int CHUNK_BYTES = 1 << 16;

  private Npy() {}

  /** Reads a tensor from a .npy file. */
  public static Tensor read(Path path) throws IOException {
    // Opened outside the try so a missing file keeps its NoSuchFileException type.
    InputStream raw = Files.newInputStream(path);
    try (InputStream in = new BufferedInputStream(raw)) {
      NpyHeader header = NpyHeader.read(in);
      int n = Shapes.numel(header.shape);
      int[] shape = header.shape;
      // A header may claim any shape: check the file holds that much before allocating for it.
      long needed = header.dataOffset + (long) n * header.type.bytes;
      long size = Files.isRegularFile(path) ? Files.size(path) : Long.MAX_VALUE;
      if (size < needed) {
        throw new IOException("truncated .npy data: shape " + NpyHeader.tuple(shape) + " needs "
            + needed + " bytes but the file has " + size);
      }
      if (header.type == NpyHeader.ElementType.F4) {
        float[] data = new float[n];
        readData(in, header, n, data, null);
        return Tensor.wrap(data, shape);
      }
      double[] data = new double[n];
      readData(in, header, n, null, data);
      return Tensor.wrap(data, shape);
    } catch (IOException e) {
      throw new IOException(path + ": " + e.getMessage(), e); // say which file is malformed
    }
  }

  /** Writes {@code tensor} as a version 1.0 .npy file, replacing any existing file. */
  public static void write(Path path, Tensor tensor) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
      write(out, tensor);
    }
  }

  /** Writes {@code tensor} in the version 1.0 .npy format to {@code out}, which stays open. */
  public static void write(OutputStream out, Tensor tensor) throws IOException {
    out.write(NpyHeader.encode(tensor.dtype(), tensor.shapeRef()));
    boolean f32 = tensor.dtype() == DType.FLOAT32;
    int itemBytes = f32 ? 4 : 8;
    ByteBuffer buf = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < tensor.numel(); i++) {
      if (buf.remaining() < itemBytes) {
        flush(buf, out);
      }
      if (f32) {
        buf.putFloat(tensor.floatData()[i]);
      } else {
        buf.putDouble(tensor.doubleData()[i]);
      }
    }
    flush(buf, out);
  }

  /**
   * Decodes {@code count} elements into {@code floats} (for f4) or {@code doubles}, a chunk at a
   * time so large files need no second full-size buffer. Trailing bytes are ignored, as by
   * {@code np.load}.
   */
  private static void readData(InputStream in, NpyHeader header, int count, float[] floats,
      double[] doubles) throws IOException {
    int itemBytes = header.type.bytes;
    byte[] chunk = new byte[CHUNK_BYTES];
    ByteBuffer buf = ByteBuffer.wrap(chunk).order(header.order);
    int done = 0;
    while (done < count) {
      int items = Math.min(count - done, CHUNK_BYTES / itemBytes);
      int got = in.readNBytes(chunk, 0, items * itemBytes);
      if (got < items * itemBytes) {
        throw new IOException("truncated .npy data: shape " + NpyHeader.tuple(header.shape)
            + " needs " + count + " elements but the file ends after "
            + (done + got / itemBytes));
      }
      buf.clear();
      for (int i = 0; i < items; i++, done++) {
        switch (header.type) {
          case F4 -> floats[done] = buf.getFloat();
          case F8 -> doubles[done] = buf.getDouble();
          case I4 -> doubles[done] = buf.getInt();
          case I8 -> doubles[done] = buf.getLong();
          case B1 -> doubles[done] = buf.get() != 0 ? 1.0 : 0.0;
          default -> throw new AssertionError(header.type);
        }
      }
    }
  }

  private static void flush(ByteBuffer buf, OutputStream out) throws IOException {
    out.write(buf.array(), 0, buf.position());
    buf.clear();
  }
}
