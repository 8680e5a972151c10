package dev.eqc.compiler.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the shape pass found that a second reading of the file changes (EqCompiler reads the file again with it when
 * the first reading failed): functions whose parameters take their shapes from each call rather than from a declared
 * input of the same name, and softmax calls of one number per element of an element-wise definition, which normalise
 * over the definition's last index ({@code \alpha_{ij} = \mathrm{softmax}(e_{ij})}, W0380… see CallResolver).
 */
public final class Rereadings {
    /** Keys of functions whose parameters are local in the second reading. */
    public final Set<String> localParameters = new HashSet<>();
    /**
     * Of those, the functions whose own body did not check with a parameter at its namesake's declared shape (CS229's
     * {@code h_\theta(x) = \theta^T x} with {@code x \in \mathbb{R}^{n \times d}}, called on the rows {@code x^{(i)}}).
     */
    public final Set<String> localBodies = new HashSet<>();
    /**
     * Start offsets of {@code \mathrm{softmax}(…)} calls whose argument is one number per element, each with the index
     * of the definition it normalises over (the last one the argument reads).
     */
    public final Map<Integer, String> scalarSoftmaxCalls = new HashMap<>();

    public boolean isEmpty() {
        return localParameters.isEmpty() && scalarSoftmaxCalls.isEmpty();
    }
}
