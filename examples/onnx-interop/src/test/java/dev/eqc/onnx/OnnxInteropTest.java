package dev.eqc.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.runtime.Tensor;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ONNX Runtime's output buffer, viewed without a copy, gives eqc's code the numbers ORT gets. */
class OnnxInteropTest {
  private static final int C = OnnxClassifier.CLASSES;
  private static OnnxClassifier model;

  @BeforeAll
  static void load() throws Exception {
    model = new OnnxClassifier();
  }

  @AfterAll
  static void close() throws Exception {
    model.close();
  }

  @Test
  void eqcsSoftmaxAndCrossEntropyOfOrtsLogitsAgreeWithOrtsOwn() throws Exception {
    int rows = 16;
    FloatBuffer x = OnnxClassifier.directFloats(rows * OnnxClassifier.FEATURES);
    FloatBuffer y = OnnxClassifier.directFloats(rows * C);
    FloatBuffer logits = OnnxClassifier.directFloats(rows * C);
    Main.fillBatch(new SplittableRandom(7), x, y, rows);
    Tensor z = Tensor.view(logits, rows, C); // before the run: ORT's writes must show through
    Tensor target = Tensor.view(y, rows, C);
    assertTrue(z.isBufferView());

    OnnxClassifier.Reference ort = model.run(x, y, logits, rows);
    Tensor p = ClassifierLoss.p(z);
    Tensor loss = ClassifierLoss.l(z, target);

    assertArrayEquals(new int[] {rows, C}, p.shape());
    assertArrayEquals(new int[] {rows}, loss.shape());
    assertArrayEquals(ort.probs(), p.toFloatArray(), 1e-6f);
    assertArrayEquals(ort.loss(), loss.toFloatArray(), 1e-5f);
    assertTrue(Main.maxAbsDiff(ort.probs(), uniform(rows)) > 0.05,
        "the logits are not all equal: the view saw ORT's output, not the zeros it started with");
  }

  @Test
  void aSecondRunIntoTheSameBufferIsSeenByTheSameView() throws Exception {
    int rows = 3;
    FloatBuffer x = OnnxClassifier.directFloats(rows * OnnxClassifier.FEATURES);
    FloatBuffer y = OnnxClassifier.directFloats(rows * C);
    FloatBuffer logits = OnnxClassifier.directFloats(rows * C);
    Tensor z = Tensor.view(logits, rows, C);
    Tensor target = Tensor.view(y, rows, C);
    SplittableRandom rng = new SplittableRandom(3);
    for (int run = 0; run < 2; run++) {
      Main.fillBatch(rng, x, y, rows);
      OnnxClassifier.Reference ort = model.run(x, y, logits, rows);
      assertArrayEquals(ort.loss(), ClassifierLoss.l(z, target).toFloatArray(), 1e-5f,
          "run " + run);
    }
    assertEquals(logits.get(0), (float) z.get(0, 0), 0f);
  }

  private static float[] uniform(int rows) {
    float[] u = new float[rows * C];
    java.util.Arrays.fill(u, 1f / C);
    return u;
  }
}
