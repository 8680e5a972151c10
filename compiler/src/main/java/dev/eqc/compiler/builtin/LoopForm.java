package dev.eqc.compiler.builtin;

/** How a fused element loop computes an element-wise built-in. */
public enum LoopForm {
    /**
     * The runtime's {@code VecMath} transforms a block of elements at once ({@link Builtin#blockKernel}),
     * so the loop is split there: {@code exp}, {@code log}, {@code tanh}, {@code sigmoid}, {@code erf}.
     */
    BLOCK,
    /** Its {@link Builtin#scalarForm} per element. */
    SCALAR,
    /** A form written out per element ({@link Builtin#inlineForm}). */
    INLINE,
    /** Replaced by its {@link Builtin#expansion} in simpler operations before the loop is planned. */
    EXPANDED;

    /** The runtime's block kernels ({@code dev.eqc.runtime.VecMath}). */
    public enum BlockKernel {
        EXP("exp"), LOG("log"), TANH("tanh"), SIGMOID("sigmoid"), ERF("erf");

        /** The {@code VecMath} method. */
        public final String method;

        BlockKernel(String method) {
            this.method = method;
        }
    }

    /** Element forms written out in the loop. */
    public enum InlineForm {
        /** {@code max(x, 0)}. */
        RELU,
        /** {@code x > 0 ? x : 0.01 x}. */
        LEAKY_RELU,
        /** {@code log1p(exp(-|x|)) + max(x, 0)}: never overflows. */
        SOFTPLUS,
        /** {@code log(x) / log(2)}. */
        LOG2
    }
}
