package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Fixtures under src/test/resources/npy were written by NumPy; see make_fixtures.py there. */
class NpyTest {
  @TempDir Path dir;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(NpyTest.class.getResource("/npy/" + name).toURI());
  }

  @ParameterizedTest
  @EnumSource(DType.class)
  void roundTripsRanksZeroToFour(DType dtype) throws IOException {
    int[][] shapes = {{}, {5}, {2, 3}, {2, 1, 4}, {2, 3, 1, 2}, {0, 3}};
    for (int[] shape : shapes) {
      Tensor t = Tensor.random(dtype, shape.length, -10, 10, shape);
      Path file = dir.resolve("t.npy");
      Npy.write(file, t);
      assertEquals(0, (Files.size(file) - t.numel() * (dtype == DType.FLOAT32 ? 4 : 8)) % 64,
          "data starts at a multiple of 64 bytes");
      Tensor back = Npy.read(file);
      assertEquals(dtype, back.dtype());
      assertArrayEquals(shape, back.shape());
      assertArrayEquals(t.toDoubleArray(), back.toDoubleArray());
    }
  }

  @Test
  void roundTripKeepsSpecialValuesBitExact() throws IOException {
    double[] special = {Double.NaN, -0.0, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1e300};
    Path file = dir.resolve("special.npy");
    Npy.write(file, Tensor.of(special, 5));
    double[] back = Npy.read(file).toDoubleArray();
    for (int i = 0; i < special.length; i++) {
      assertEquals(Double.doubleToRawLongBits(special[i]), Double.doubleToRawLongBits(back[i]));
    }
  }

  @Test
  void writesTheSameBytesAsNumPy() throws Exception {
    Path f4 = dir.resolve("f4.npy");
    Npy.write(f4, Tensor.of(new float[] {1.5f, -2.25f, 3f, 4f, 0.1f, -6.5f}, 2, 3));
    assertArrayEquals(Files.readAllBytes(fixture("f4_2x3.npy")), Files.readAllBytes(f4));
    Path f8 = dir.resolve("f8.npy");
    Npy.write(f8, Tensor.scalar(DType.FLOAT64, 3.25));
    assertArrayEquals(Files.readAllBytes(fixture("f8_scalar.npy")), Files.readAllBytes(f8));
  }

  @Test
  void headerFormatsShapesLikeNumPy() {
    assertEquals("()", NpyHeader.tuple(new int[0]));
    assertEquals("(3,)", NpyHeader.tuple(new int[] {3}));
    assertEquals("(2, 3, 4)", NpyHeader.tuple(new int[] {2, 3, 4}));
  }

  @Test
  void readsNumPyFixtures() throws Exception {
    Tensor f4 = Npy.read(fixture("f4_2x3.npy"));
    assertEquals(DType.FLOAT32, f4.dtype());
    assertArrayEquals(new int[] {2, 3}, f4.shape());
    assertArrayEquals(new float[] {1.5f, -2.25f, 3f, 4f, 0.1f, -6.5f}, f4.toFloatArray());

    Tensor scalar = Npy.read(fixture("f8_scalar.npy"));
    assertEquals(0, scalar.rank());
    assertEquals(DType.FLOAT64, scalar.dtype());
    assertEquals(3.25, scalar.get());

    Tensor i8 = Npy.read(fixture("i8_vector.npy"));
    assertEquals(DType.FLOAT64, i8.dtype());
    assertArrayEquals(new double[] {1, -2, 3, 40000000000.0}, i8.toDoubleArray());

    Tensor i4 = Npy.read(fixture("i4_2x2.npy"));
    assertArrayEquals(new double[] {7, -8, Integer.MAX_VALUE, Integer.MIN_VALUE},
        i4.toDoubleArray());

    Tensor b1 = Npy.read(fixture("b1_vector.npy"));
    assertArrayEquals(new double[] {1, 0, 1}, b1.toDoubleArray());

    Tensor empty = Npy.read(fixture("f4_empty_0x3.npy"));
    assertArrayEquals(new int[] {0, 3}, empty.shape());
  }

  @Test
  void readsBigEndianFixtures() throws Exception {
    Tensor f8 = Npy.read(fixture("f8_big_endian.npy"));
    assertEquals(DType.FLOAT64, f8.dtype());
    assertArrayEquals(new double[] {1.5, -2.0, 3.25, 1e300}, f8.toDoubleArray());
    Tensor f4 = Npy.read(fixture("f4_big_endian.npy"));
    assertEquals(DType.FLOAT32, f4.dtype());
    assertArrayEquals(new float[] {0.5f, -1.25f, 3f}, f4.toFloatArray());
  }

  @Test
  void readsFormatVersionsTwoAndThree() throws Exception {
    for (String name : new String[] {"f8_v2.npy", "f8_v3.npy"}) {
      Tensor t = Npy.read(fixture(name));
      assertArrayEquals(new int[] {2, 2}, t.shape());
      assertArrayEquals(new double[] {-1.5, -0.5, 0.5, 1.5}, t.toDoubleArray());
    }
  }

  @Test
  void rejectsFortranOrderInsteadOfTransposing() throws Exception {
    IOException e = assertThrows(IOException.class, () -> Npy.read(fixture("fortran_order.npy")));
    assertTrue(e.getMessage().contains("Fortran-order"), e.getMessage());
  }

  @Test
  void acceptsPipeAndEqualsByteOrderPrefixes() throws IOException {
    byte[] data = {0, 0, (byte) 0xc0, 0x3f}; // 1.5f little-endian
    for (String descr : new String[] {"|f4", "=f4"}) {
      Tensor t = Npy.read(write(npy(1, "{'descr': '" + descr
          + "', 'fortran_order': False, 'shape': (1,), }", data)));
      assertArrayEquals(new float[] {1.5f}, t.toFloatArray());
    }
  }

  @Test
  void malformedFilesFailWithAnExplanation() throws IOException {
    String ok = "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }";
    assertMalformed("does not start with \\x93NUMPY", "hello world, not numpy".getBytes());
    assertMalformed("truncated .npy file", new byte[] {(byte) 0x93, 'N', 'U', 'M'});
    assertMalformed("format version 4.0", npy(4, ok, new byte[16]));
    assertMalformed("truncated .npy data", npy(1, ok, new byte[12]));
    assertMalformed("unsupported .npy dtype '<c8'",
        npy(1, "{'descr': '<c8', 'fortran_order': False, 'shape': (2,), }", new byte[32]));
    assertMalformed("structured dtypes",
        npy(1, "{'descr': [('x', '<f4')], 'fortran_order': False, 'shape': (2,), }", new byte[8]));
    assertMalformed("no 'shape' entry", npy(1, "{'descr': '<f8', 'fortran_order': False, }",
        new byte[0]));
    assertMalformed("bad dimension -2",
        npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (-2,), }", new byte[0]));
    assertMalformed("expected ':'", npy(1, "{'descr' '<f8'}", new byte[0]));
    assertMalformed("unterminated string", npy(1, "{'descr: <f8}", new byte[0]));
    byte[] hugeHeaderLength = npy(1, ok, new byte[16]);
    hugeHeaderLength[8] = (byte) 0xff;
    hugeHeaderLength[9] = (byte) 0xff;
    assertMalformed("truncated .npy file", hugeHeaderLength);
  }

  @Test
  void aHeaderClaimingMoreDataThanTheFileHoldsIsRefusedBeforeAllocating() throws IOException {
    // 2^30 doubles would be 8 GiB: reading must fail on the file size, not allocate and fail later.
    assertMalformed("needs 8589934669 bytes but the file has 93",
        npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1073741824,), }", new byte[16]));
    assertMalformed("truncated .npy data",
        npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (40000, 40000), }", new byte[0]));
  }

  @Test
  void aHeaderNestedThousandsDeepIsAnErrorNotAStackOverflow() throws IOException {
    String deep = "{'descr': '<f8', 'fortran_order': False, 'shape': " + "(".repeat(5000) + ")".repeat(5000)
        + ", }";
    assertMalformed("nested more than", npy(2, deep, new byte[0]));
  }

  @Test
  void writesToAStreamAsToAFile() throws IOException {
    Tensor t = Tensor.wrap(new float[] {1, 2, 3, 4, 5, 6}, new int[] {2, 3});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Npy.write(out, t);
    Path file = dir.resolve("stream.npy");
    Npy.write(file, t);
    assertArrayEquals(Files.readAllBytes(file), out.toByteArray());
  }

  @Test
  void missingFileKeepsItsExceptionType() {
    assertThrows(NoSuchFileException.class, () -> Npy.read(dir.resolve("absent.npy")));
  }

  private void assertMalformed(String expectedPart, byte[] bytes) throws IOException {
    Path file = write(bytes);
    IOException e = assertThrows(IOException.class, () -> Npy.read(file));
    assertTrue(e.getMessage().contains(expectedPart),
        "message should contain \"" + expectedPart + "\": " + e.getMessage());
    assertTrue(e.getMessage().startsWith(file.toString()), "message names the file");
  }

  private Path write(byte[] bytes) throws IOException {
    Path file = Files.createTempFile(dir, "case", ".npy");
    Files.write(file, bytes);
    return file;
  }

  /** A hand-made .npy file with the given major version, header text and data bytes. */
  private static byte[] npy(int major, String header, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
    byte[] h = (header + "\n").getBytes(StandardCharsets.ISO_8859_1);
    out.write(h.length & 0xff);
    out.write(h.length >>> 8);
    if (major != 1) {
      out.writeBytes(new byte[] {0, 0});
    }
    out.writeBytes(h);
    out.writeBytes(data);
    return out.toByteArray();
  }
}
