package dev.eqc.onnx;

import dev.eqc.runtime.Tensor;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;

/**
 * Runs the classifier with ONNX Runtime on a random batch, then the eqc-generated softmax and
 * cross-entropy ({@code ClassifierLoss}, from src/main/eqc) on a view of ONNX Runtime's output
 * buffer, and prints both with their largest difference.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    FloatBuffer x = OnnxClassifier.directFloats(rows * OnnxClassifier.FEATURES);
    FloatBuffer y = OnnxClassifier.directFloats(rows * OnnxClassifier.CLASSES);
    FloatBuffer logits = OnnxClassifier.directFloats(rows * OnnxClassifier.CLASSES);
    fillBatch(new SplittableRandom(1), x, y, rows);

    // Views, made before the model runs: the same memory ONNX Runtime reads and writes.
    Tensor z = Tensor.view(logits, rows, OnnxClassifier.CLASSES);
    Tensor target = Tensor.view(y, rows, OnnxClassifier.CLASSES);
    try (OnnxClassifier model = new OnnxClassifier()) {
      OnnxClassifier.Reference ort = model.run(x, y, logits, rows);
      Tensor p = ClassifierLoss.p(z);
      Tensor loss = ClassifierLoss.l(z, target);
      System.out.println("logits (ONNX Runtime, viewed by eqc without a copy): " + z);
      System.out.println("softmax       eqc: " + p);
      System.out.println("cross-entropy eqc: " + loss);
      System.out.printf("largest difference from ONNX Runtime: softmax %.3g, loss %.3g%n",
          maxAbsDiff(p.toFloatArray(), ort.probs()), maxAbsDiff(loss.toFloatArray(), ort.loss()));
    }
  }

  /** Features uniform in [-1, 1); one-hot targets. */
  static void fillBatch(SplittableRandom rng, FloatBuffer x, FloatBuffer y, int rows) {
    for (int i = 0; i < rows * OnnxClassifier.FEATURES; i++) {
      x.put(i, (float) (2 * rng.nextDouble() - 1));
    }
    for (int r = 0; r < rows; r++) {
      int label = rng.nextInt(OnnxClassifier.CLASSES);
      for (int c = 0; c < OnnxClassifier.CLASSES; c++) {
        y.put(r * OnnxClassifier.CLASSES + c, c == label ? 1f : 0f);
      }
    }
  }

  static double maxAbsDiff(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(a.length + " vs " + b.length + " elements");
    }
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs(a[i] - b[i]));
    }
    return m;
  }
}
