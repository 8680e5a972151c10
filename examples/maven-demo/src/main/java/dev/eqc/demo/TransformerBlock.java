package dev.eqc.demo;

import dev.eqc.runtime.Npy;
import dev.eqc.runtime.Tensor;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One post-LN Transformer encoder block (Vaswani et al., 2017, §3.1), composed from the classes
 * eqc generates out of {@code src/main/eqc/dev/eqc/demo/*.eq}:
 * {@code H = AddNorm(X, SelfAttention(X))}, {@code Y = AddNorm(H, FFN(H))}.
 * Every tensor may carry leading batch dimensions.
 */
public record TransformerBlock(
        Tensor wQ, Tensor wK, Tensor wV, Tensor wO,
        Tensor gamma1, Tensor beta1,
        Tensor w1, Tensor b1, Tensor w2, Tensor b2,
        Tensor gamma2, Tensor beta2) {

    /** Reads the weights from {@code W_Q.npy}, {@code W_K.npy}, … {@code beta_2.npy} in {@code dir}. */
    public static TransformerBlock load(Path dir) throws IOException {
        return new TransformerBlock(
                read(dir, "W_Q"), read(dir, "W_K"), read(dir, "W_V"), read(dir, "W_O"),
                read(dir, "gamma_1"), read(dir, "beta_1"),
                read(dir, "W_1"), read(dir, "b_1"), read(dir, "W_2"), read(dir, "b_2"),
                read(dir, "gamma_2"), read(dir, "beta_2"));
    }

    private static Tensor read(Path dir, String name) throws IOException {
        return Npy.read(dir.resolve(name + ".npy"));
    }

    /** The block applied to a sequence {@code x} of shape {@code [..., n, d_model]}. */
    public Tensor apply(Tensor x) {
        Tensor attended = Attention.selfAttention(x, wQ, wK, wV, wO);
        Tensor h = AddNorm.addNorm(x, attended, gamma1, beta1);
        Tensor fed = Ffn.ffn(h, w1, b1, w2, b2);
        return AddNorm.addNorm(h, fed, gamma2, beta2);
    }
}
