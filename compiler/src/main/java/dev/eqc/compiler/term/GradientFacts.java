package dev.eqc.compiler.term;

import dev.eqc.compiler.source.Span;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the gradient pass made, for the passes after it: which definition is the gradient of which
 * loss and input (finite-difference tests), the bundles {@code --grad} asked for, which bodies it
 * wrote, and which of their terms are backward steps (for comments in generated code). Immutable;
 * keyed by identity. {@link #NONE} for a program without gradients.
 */
public final class GradientFacts {
    /** A program without gradients. */
    public static final GradientFacts NONE = new GradientFacts(Map.of(), List.of(), Set.of(), Map.of(), Set.of());

    /**
     * A definition that is the gradient of the scalar definition {@code loss} with respect to {@code wrt}.
     * For a function called on inputs ({@code \\nabla_{w} E(w)}), {@code arguments} are the inputs its
     * parameters were given, in order; empty for a value.
     */
    public record GradientOf(Definition loss, Input wrt, List<Input> arguments) {
        public GradientOf {
            arguments = List.copyOf(arguments);
        }

        public GradientOf(Definition loss, Input wrt) {
            this(loss, wrt, List.of());
        }

        /** Whether the loss reads {@code wrt} (else its gradient is zero). */
        public boolean lossUsesWrt() {
            return loss.freeInputs().contains(wrt) || arguments.contains(wrt);
        }
    }

    /** {@code eqc translate --grad L}: the loss and its gradient definitions, one per tensor input. */
    public record GradientBundle(Definition loss, List<Definition> gradients) {
        public GradientBundle {
            gradients = List.copyOf(gradients);
        }
    }

    private final Map<Definition, GradientOf> gradientOf;
    private final List<GradientBundle> bundles;
    private final Set<Definition> differentiated;
    private final Map<Term, Span> backwardSteps;
    private final Set<Term> backwardTerms;

    public GradientFacts(Map<Definition, GradientOf> gradientOf, List<GradientBundle> bundles,
            Set<Definition> differentiated, Map<Term, Span> backwardSteps, Set<Term> backwardTerms) {
        this.gradientOf = Collections.unmodifiableMap(new IdentityHashMap<>(gradientOf));
        this.bundles = List.copyOf(bundles);
        this.differentiated = identityCopy(differentiated);
        this.backwardSteps = Collections.unmodifiableMap(new IdentityHashMap<>(backwardSteps));
        this.backwardTerms = identityCopy(backwardTerms);
    }

    private static <T> Set<T> identityCopy(Set<T> s) {
        Set<T> copy = Collections.newSetFromMap(new IdentityHashMap<>());
        copy.addAll(s);
        return Collections.unmodifiableSet(copy);
    }

    /** The loss and input a definition is the gradient of ({@code g = \\nabla_{W} L}), if it is one. */
    public Optional<GradientOf> gradientOf(Definition d) {
        return Optional.ofNullable(gradientOf.get(d));
    }

    /** The bundles {@code --grad} asked for, in order. */
    public List<GradientBundle> bundles() {
        return bundles;
    }

    /** Whether the gradient pass wrote this definition's body (it shares forward terms, and computes each once). */
    public boolean differentiated(Definition d) {
        return differentiated.contains(d);
    }

    /**
     * For a term of a differentiated body that is the adjoint of a forward step: that step's span
     * (so generated code can say "gradient with respect to W x").
     */
    public Optional<Span> backwardStepOf(Term t) {
        return Optional.ofNullable(backwardSteps.get(t));
    }

    /** Whether the gradient pass built this term for a backward step (its span is the forward step's). */
    public boolean isBackward(Term t) {
        return backwardTerms.contains(t);
    }
}
