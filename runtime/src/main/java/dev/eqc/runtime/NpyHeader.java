package dev.eqc.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The preamble of a .npy file (magic string, version, header length and header dict): reading
 * versions 1.0 to 3.0 and writing version 1.0 byte-for-byte as NumPy does.
 */
final class NpyHeader {
  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final int ALIGN = 64;
  /** NumPy leaves room in the header to grow the first dimension to this many digits. */
  private static final int GROWTH_AXIS_MAX_DIGITS = 21;
  /** Guards against allocating for a corrupt length; NumPy itself refuses headers over 10000. */
  private static final long MAX_HEADER_LENGTH = 1 << 20;

  /** The stored element types this runtime reads; integers and booleans widen to FLOAT64. */
  enum ElementType {
    F4(4, DType.FLOAT32), F8(8, DType.FLOAT64), I4(4, DType.FLOAT64), I8(8, DType.FLOAT64),
    B1(1, DType.FLOAT64);

    final int bytes;
    final DType dtype;

    ElementType(int bytes, DType dtype) {
      this.bytes = bytes;
      this.dtype = dtype;
    }
  }

  final ElementType type;
  final ByteOrder order;
  final int[] shape;
  /** Bytes before the data: magic, version, length field and header. */
  final long dataOffset;

  private NpyHeader(ElementType type, ByteOrder order, int[] shape, long dataOffset) {
    this.type = type;
    this.order = order;
    this.shape = shape;
    this.dataOffset = dataOffset;
  }

  /** Reads the preamble, leaving {@code in} at the first data byte. */
  static NpyHeader read(InputStream in) throws IOException {
    byte[] magic = readExactly(in, MAGIC.length, "magic string");
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException("not a .npy file: it does not start with \\x93NUMPY");
    }
    byte[] version = readExactly(in, 2, "format version");
    int major = version[0] & 0xff;
    int minor = version[1] & 0xff;
    if (major < 1 || major > 3) {
      throw new IOException(
          "unsupported .npy format version " + major + "." + minor + " (supported: 1.0 to 3.0)");
    }
    long length = major == 1 ? littleEndian(readExactly(in, 2, "header length"))
        : littleEndian(readExactly(in, 4, "header length"));
    if (length > MAX_HEADER_LENGTH) {
      throw new IOException("implausible .npy header length " + length);
    }
    // Version 3.0 exists only to allow UTF-8 in the header (e.g. structured field names).
    Charset charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    String text = new String(readExactly(in, (int) length, "header"), charset);
    long offset = MAGIC.length + 2 + (major == 1 ? 2 : 4) + length;
    return fromDict(PythonLiteralParser.parseDict(text), offset);
  }

  private static NpyHeader fromDict(Map<String, Object> dict, long offset) throws IOException {
    Object descr = require(dict, "descr");
    if (!(descr instanceof String)) {
      throw new IOException("unsupported .npy dtype " + descr
          + ": structured dtypes cannot be read; expected one of <f4, <f8, <i4, <i8, |b1");
    }
    if (!Boolean.FALSE.equals(require(dict, "fortran_order"))) {
      throw new IOException("cannot read a Fortran-order .npy array (fortran_order is "
          + dict.get("fortran_order") + "); save it in C order, e.g. np.ascontiguousarray");
    }
    String d = (String) descr;
    return new NpyHeader(elementType(d), byteOrder(d), shape(require(dict, "shape")), offset);
  }

  private static Object require(Map<String, Object> dict, String key) throws IOException {
    if (!dict.containsKey(key)) {
      throw new IOException("malformed .npy header: no '" + key + "' entry");
    }
    return dict.get(key);
  }

  private static ElementType elementType(String descr) throws IOException {
    String code = descr.length() == 3 ? descr.substring(1) : "";
    for (ElementType t : ElementType.values()) {
      if (t.name().equalsIgnoreCase(code) && "<>|=".indexOf(descr.charAt(0)) >= 0) {
        return t;
      }
    }
    throw new IOException("unsupported .npy dtype '" + descr
        + "'; expected one of <f4, <f8, <i4, <i8, |b1 (any byte order)");
  }

  private static ByteOrder byteOrder(String descr) {
    // '|' (not applicable) and '=' (native) are read as little-endian, NumPy's native order on
    // every platform that writes them in practice.
    return descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
  }

  private static int[] shape(Object value) throws IOException {
    if (!(value instanceof List)) {
      throw new IOException("malformed .npy header: shape " + value + " is not a tuple");
    }
    List<?> dims = (List<?>) value;
    int[] shape = new int[dims.size()];
    for (int i = 0; i < shape.length; i++) {
      Object d = dims.get(i);
      if (!(d instanceof Long) || (Long) d < 0 || (Long) d > Integer.MAX_VALUE) {
        throw new IOException("malformed .npy header: bad dimension " + d + " in shape " + dims);
      }
      shape[i] = (int) (long) (Long) d;
    }
    try {
      Shapes.numel(shape);
    } catch (IllegalArgumentException e) {
      throw new IOException("cannot read .npy array: " + e.getMessage(), e);
    }
    return shape;
  }

  /** The version 1.0 preamble NumPy writes for a C-order little-endian array of this dtype. */
  static byte[] encode(DType dtype, int[] shape) throws IOException {
    StringBuilder dict = new StringBuilder("{'descr': '")
        .append(dtype == DType.FLOAT32 ? "<f4" : "<f8")
        .append("', 'fortran_order': False, 'shape': ").append(tuple(shape)).append(", }");
    if (shape.length > 0) {
      dict.append(" ".repeat(GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape[0]).length()));
    }
    int prefix = MAGIC.length + 2 + 2;
    int unpadded = prefix + dict.length() + 1; // +1 for the closing newline
    // NumPy pads with 1..64 spaces, a whole extra block when already aligned.
    int pad = ALIGN - unpadded % ALIGN;
    String header = dict + " ".repeat(pad) + "\n";
    byte[] headerBytes = header.getBytes(StandardCharsets.ISO_8859_1);
    if (headerBytes.length > 0xFFFF) {
      throw new IOException("shape " + tuple(shape) + " is too long for a .npy 1.0 header");
    }
    byte[] out = new byte[prefix + headerBytes.length];
    System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
    out[6] = 1;
    out[7] = 0;
    out[8] = (byte) headerBytes.length;
    out[9] = (byte) (headerBytes.length >>> 8);
    System.arraycopy(headerBytes, 0, out, prefix, headerBytes.length);
    return out;
  }

  /** A shape as Python prints a tuple: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
  static String tuple(int[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      sb.append(i > 0 ? ", " : "").append(shape[i]);
    }
    return sb.append(')').toString();
  }

  static byte[] readExactly(InputStream in, int n, String what) throws IOException {
    byte[] bytes = in.readNBytes(n);
    if (bytes.length != n) {
      throw new IOException("truncated .npy file: the " + what + " needs " + n
          + " bytes but only " + bytes.length + " remain");
    }
    return bytes;
  }

  private static long littleEndian(byte[] bytes) {
    long v = 0;
    for (int i = bytes.length - 1; i >= 0; i--) {
      v = (v << 8) | (bytes[i] & 0xff);
    }
    return v;
  }
}
