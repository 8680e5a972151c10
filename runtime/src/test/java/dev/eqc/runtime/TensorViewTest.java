package dev.eqc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

/** Tensors over buffers: no copy on the way in, reads and writes through, kernels agree. */
class TensorViewTest {
  private static ByteBuffer direct(float... values) {
    ByteBuffer b = ByteBuffer.allocateDirect(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(values);
    return b;
  }

  @Test
  void aDirectBufferViewSeesLaterWritesToTheBufferAndWritesThrough() {
    ByteBuffer bytes = direct(1, 2, 3, 4, 5, 6);
    FloatBuffer floats = bytes.asFloatBuffer();
    Tensor t = Tensor.view(floats, 2, 3);
    assertTrue(t.isBufferView());
    assertEquals(DType.FLOAT32, t.dtype());
    assertEquals(6, t.get(1, 2));
    floats.put(4, 50f); // a write to the buffer after the view was made
    assertEquals(50, t.get(1, 1));
    t.setFlat(0, -7); // a write through the view
    assertEquals(-7f, floats.get(0));
    assertEquals(-7f, bytes.getFloat(0));
    // reshape shares the buffer, as it shares an array
    Tensor r = t.reshape(6);
    floats.put(5, 60f);
    assertEquals(60, r.getFlat(5));
    assertArrayEquals(new float[] {-7, 2, 3, 4, 50, 60}, t.toFloatArray());
  }

  @Test
  void operationsOnAViewSeeTheBufferAsItIsWhenTheyRun() {
    FloatBuffer floats = direct(1, 2, 3).asFloatBuffer();
    Tensor t = Tensor.view(floats, 3);
    assertArrayEquals(new float[] {2, 4, 6}, Ops.add(t, t).toFloatArray());
    floats.put(0, 10f);
    assertArrayEquals(new float[] {20, 4, 6}, Ops.add(t, t).toFloatArray());
    Tensor copied = Tensor.of(new float[] {10, 2, 3}, 3);
    assertArrayEquals(Ops.softmax(copied).toFloatArray(), Ops.softmax(t).toFloatArray());
    assertEquals(Ops.sumLast(copied).getFlat(0), Ops.sumLast(t).getFlat(0));
    assertFalse(Ops.add(t, t).isBufferView(), "results are ordinary tensors");
  }

  @Test
  void aByteBufferIsReadLittleEndianWhateverItsOrderFlag() {
    ByteBuffer bytes = direct(1.5f, -2.25f);
    bytes.order(ByteOrder.BIG_ENDIAN); // Java's default; must not change how elements are read
    Tensor t = Tensor.view(bytes, DType.FLOAT32, 2);
    assertArrayEquals(new float[] {1.5f, -2.25f}, t.toFloatArray());

    ByteBuffer big = ByteBuffer.allocateDirect(16).order(ByteOrder.BIG_ENDIAN);
    big.putDouble(0, 3.25).putDouble(8, -1e300);
    Tensor b = Tensor.view(big, ByteOrder.BIG_ENDIAN, DType.FLOAT64, 2);
    assertArrayEquals(new double[] {3.25, -1e300}, b.toDoubleArray());
    b.setFlat(1, 0.5);
    assertEquals(0.5, big.getDouble(8), "written back in the buffer's byte order");
  }

  @Test
  void aViewStartsAtTheBuffersPositionAndIgnoresLaterMoves() {
    ByteBuffer bytes = direct(9, 9, 1, 2, 3, 4);
    bytes.position(8);
    Tensor t = Tensor.view(bytes, DType.FLOAT32, 2, 2);
    bytes.position(0).limit(4);
    assertArrayEquals(new float[] {1, 2, 3, 4}, t.toFloatArray());
    assertArrayEquals(new float[] {1, 2, 3, 4}, Ops.mul(t, Tensor.scalar(1)).toFloatArray());
  }

  @Test
  void aHeapBufferOverAWholeArrayIsThatArray() {
    float[] data = {1, 2, 3, 4};
    Tensor t = Tensor.view(FloatBuffer.wrap(data), 4);
    assertFalse(t.isBufferView(), "no copy even inside kernels");
    assertSame(data, t.floatsView());
    data[0] = 5;
    assertEquals(5, t.getFlat(0));

    double[] ds = {1, 2, 3, 4, 5};
    Tensor part = Tensor.view(DoubleBuffer.wrap(ds, 1, 4), 2, 2); // a slice: viewed, not copied
    assertTrue(part.isBufferView());
    ds[4] = 50;
    assertEquals(50, part.get(1, 1));
  }

  @Test
  void theElementCountMustMatchTheShape() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Tensor.view(direct(1, 2, 3).asFloatBuffer(), 2, 2));
    assertTrue(e.getMessage().contains("3 elements but shape [2, 2] needs 4"), e.getMessage());
    IllegalArgumentException b = assertThrows(IllegalArgumentException.class,
        () -> Tensor.view(ByteBuffer.allocateDirect(10), DType.FLOAT32, 2));
    assertTrue(b.getMessage().contains("10 bytes but FLOAT32 shape [2] needs 8"), b.getMessage());
  }

  @Test
  void aReadOnlyViewRefusesWritesWithAnExplanation() {
    Tensor t = Tensor.view(direct(1, 2).asReadOnlyBuffer(), DType.FLOAT32, 2);
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
        () -> t.setFlat(0, 1));
    assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    Tensor c = t.copy();
    c.setFlat(0, 8);
    assertArrayEquals(new float[] {8, 2}, c.toFloatArray());
    assertEquals(1, t.getFlat(0));
  }

  @Test
  void aFusedLoopWritingIntoAViewStoresItsResultInTheBuffer() {
    FloatBuffer out = direct(0, 0, 0).asFloatBuffer();
    Tensor view = Tensor.view(out, 3);
    float[] scratch = Fused.floatsInto(view, new int[] {3});
    scratch[0] = 1;
    scratch[1] = 2;
    scratch[2] = 3;
    assertSame(view, Fused.result(scratch, new int[] {3}, view));
    assertArrayEquals(new float[] {1, 2, 3}, view.toFloatArray());
    assertEquals(3f, out.get(2));

    DoubleBuffer dout = ByteBuffer.allocateDirect(16).asDoubleBuffer();
    Tensor dview = Tensor.view(dout, 2);
    Fused.into(Tensor.of(new double[] {4, 5}, 2), dview);
    assertEquals(5.0, dout.get(1));
  }

  @Test
  void toStringAndDTypeConversionReadTheBuffer() {
    Tensor t = Tensor.view(direct(0.5f, 1.5f).asFloatBuffer(), 2);
    assertEquals("Tensor(FLOAT32, [2], [0.5, 1.5])", t.toString());
    assertArrayEquals(new double[] {0.5, 1.5}, t.toDType(DType.FLOAT64).toDoubleArray());
  }
}
