package dev.eqc.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Set;

/**
 * ONNX Runtime running {@code classifier.onnx} (a linear classifier, see model/make_model.py),
 * writing the logits into a buffer the caller owns.
 *
 * <p>No copy on the way: the inputs are direct buffers in native byte order, which ONNX Runtime
 * reads in place, and the logits are a <em>pinned output</em> — an {@link OnnxTensor} over the
 * caller's direct buffer that ONNX Runtime writes into. A {@code dev.eqc.runtime.Tensor} view
 * of that buffer then feeds the eqc-generated code, still without a copy.
 */
public final class OnnxClassifier implements AutoCloseable {
  /** Features per row and classes, as in model/make_model.py. */
  public static final int FEATURES = 6;
  public static final int CLASSES = 4;

  /** ONNX Runtime's own softmax and cross-entropy of the same logits, to compare against. */
  public record Reference(float[] probs, float[] loss) {}

  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession session;

  public OnnxClassifier() throws OrtException, IOException {
    try (InputStream in = OnnxClassifier.class.getResourceAsStream("classifier.onnx")) {
      if (in == null) {
        throw new IOException("classifier.onnx is not on the class path");
      }
      session = env.createSession(in.readAllBytes(), new OrtSession.SessionOptions());
    }
  }

  /** A direct buffer of {@code n} floats in native byte order, which ONNX Runtime uses in place. */
  public static FloatBuffer directFloats(int n) {
    return ByteBuffer.allocateDirect(n * Float.BYTES).order(ByteOrder.nativeOrder())
        .asFloatBuffer();
  }

  /**
   * Runs the model on {@code rows} rows of features {@code x} ({@code rows × FEATURES}) and target
   * distributions {@code y} ({@code rows × CLASSES}); ONNX Runtime writes the logits into
   * {@code logits} ({@code rows × CLASSES}, direct, native order) and returns its own softmax and
   * loss, copied out, as a reference.
   */
  public Reference run(FloatBuffer x, FloatBuffer y, FloatBuffer logits, int rows)
      throws OrtException {
    require(x, rows * FEATURES, "x");
    require(y, rows * CLASSES, "y");
    require(logits, rows * CLASSES, "logits");
    try (OnnxTensor xt = OnnxTensor.createTensor(env, x, new long[] {rows, FEATURES});
        OnnxTensor yt = OnnxTensor.createTensor(env, y, new long[] {rows, CLASSES});
        OnnxTensor out = OnnxTensor.createTensor(env, logits, new long[] {rows, CLASSES});
        OrtSession.Result result = session.run(Map.of("X", xt, "Y", yt),
            Set.of("probs", "loss"), Map.<String, OnnxValue>of("logits", out))) {
      // No logits in the result: ONNX Runtime wrote them into the pinned tensor's memory, which is
      // the caller's buffer (a direct, native-order buffer is used in place, not copied).
      float[] probs = ((OnnxTensor) result.get("probs").orElseThrow()).getFloatBuffer().array();
      float[] loss = ((OnnxTensor) result.get("loss").orElseThrow()).getFloatBuffer().array();
      return new Reference(probs, loss);
    }
  }

  private static void require(FloatBuffer b, int n, String name) {
    if (!b.isDirect() || b.order() != ByteOrder.nativeOrder() || b.remaining() != n) {
      throw new IllegalArgumentException(name + ": need a direct buffer in native order with " + n
          + " floats (see directFloats), got " + b);
    }
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}
