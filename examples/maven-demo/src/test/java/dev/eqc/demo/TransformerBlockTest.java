package dev.eqc.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eqc.runtime.DType;
import dev.eqc.runtime.Npy;
import dev.eqc.runtime.Tensor;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated classes, composed into a block, against NumPy (make_fixtures.py). */
class TransformerBlockTest {
    private static Path fixtures() throws URISyntaxException {
        return Path.of(TransformerBlockTest.class.getResource("/block/X.npy").toURI()).getParent();
    }

    @Test
    void mainWritesTheBlockOutputThatNumPyComputes(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("y.npy");
        int[] shape = Main.run(fixtures(), fixtures().resolve("X.npy"), out);

        Tensor actual = Npy.read(out);
        Tensor expected = Npy.read(fixtures().resolve("expected.npy"));
        assertArrayEquals(new int[] {5, 8}, shape);
        assertArrayEquals(expected.shape(), actual.shape());
        assertArrayEquals(expected.toDoubleArray(), actual.toDoubleArray(), 1e-4);
    }

    @Test
    void theBlockMapsOverABatchOfSequences() throws Exception {
        TransformerBlock block = TransformerBlock.load(fixtures());
        Tensor a = Tensor.random(DType.FLOAT32, 1L, -1.0, 1.0, 5, 8);
        Tensor b = Tensor.random(DType.FLOAT32, 2L, -1.0, 1.0, 5, 8);
        double[] both = new double[80];
        System.arraycopy(a.toDoubleArray(), 0, both, 0, 40);
        System.arraycopy(b.toDoubleArray(), 0, both, 40, 40);

        Tensor batched = block.apply(Tensor.of(both, 2, 5, 8).toDType(DType.FLOAT32));

        assertArrayEquals(new int[] {2, 5, 8}, batched.shape());
        double[] y = batched.toDoubleArray();
        double[] ya = block.apply(a).toDoubleArray();
        double[] yb = block.apply(b).toDoubleArray();
        for (int i = 0; i < 40; i++) {
            assertEquals(ya[i], y[i], 1e-5);
            assertEquals(yb[i], y[40 + i], 1e-5);
        }
    }

    @Test
    void everyOutputPositionIsLayerNormalized() throws Exception {
        // With gamma = 1 and beta = 0 the last Add & Norm leaves each position with mean 0, variance 1.
        TransformerBlock trained = TransformerBlock.load(fixtures());
        Tensor ones = Tensor.of(new float[] {1, 1, 1, 1, 1, 1, 1, 1}, 8);
        Tensor zeros = Tensor.zeros(DType.FLOAT32, 8);
        TransformerBlock plain = new TransformerBlock(trained.wQ(), trained.wK(), trained.wV(), trained.wO(),
                trained.gamma1(), trained.beta1(), trained.w1(), trained.b1(), trained.w2(), trained.b2(), ones, zeros);
        Tensor y = plain.apply(Npy.read(fixtures().resolve("X.npy")));
        for (int pos = 0; pos < 5; pos++) {
            double mean = 0;
            double square = 0;
            for (int j = 0; j < 8; j++) {
                mean += y.get(pos, j) / 8;
                square += y.get(pos, j) * y.get(pos, j) / 8;
            }
            assertEquals(0.0, mean, 1e-5);
            assertEquals(1.0, square - mean * mean, 1e-3);
        }
    }
}
