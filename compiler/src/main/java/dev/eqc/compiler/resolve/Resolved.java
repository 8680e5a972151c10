package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.Constant;
import dev.eqc.compiler.term.Definition;

/** What resolving one definition gave: a definition, a constant folded from it, or nothing after an error. */
sealed interface Resolved {
    /** A definition with a method of its own. */
    record Defined(Definition definition) implements Resolved {}

    /**
     * A function whose parameters take their shapes from each call, like a template: a parameter with no
     * declared shape used where a number and a vector differ ({@code \mathrm{dist}(p, q) = \|p - q\|_2}).
     * Each call is its body with the arguments in place. When every parameter has a namesake in the file
     * ({@code \mathrm{FL}(p_t)} beside a definition of {@code p_t}), {@code instance} is the function at
     * those values, a definition with a method; otherwise null.
     */
    record Generic(Definition definition, Definition instance) implements Resolved {}

    /** A definition made only of numbers ({@code \epsilon = 10^{-5}}), folded to a constant. */
    record Folded(Constant constant) implements Resolved {}

    /** Its errors were reported (or it is being resolved, and refers to itself). */
    record Failed() implements Resolved {}
}
