package dev.eqc.demo;

import dev.eqc.runtime.Npy;
import dev.eqc.runtime.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs the Transformer block on NumPy files:
 * {@code java -jar target/maven-demo.jar WEIGHTS_DIR X.npy Y.npy}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java -jar maven-demo.jar WEIGHTS_DIR X.npy Y.npy");
            System.exit(2);
        }
        run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    }

    /** Loads the weights and the input, runs the block, writes the output; returns its shape. */
    public static int[] run(Path weights, Path input, Path output) throws IOException {
        TransformerBlock block = TransformerBlock.load(weights);
        Tensor x = Npy.read(input);
        Tensor y = block.apply(x);
        Npy.write(output, y);
        System.out.println("Transformer block: " + Arrays.toString(x.shape()) + " -> " + Arrays.toString(y.shape())
                + ", written to " + output);
        return y.shape();
    }
}
