package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.Constant;
import dev.eqc.compiler.term.Definition;

/** What resolving one definition gave: a definition, a constant folded from it, or nothing after an error. */
sealed interface Resolved {
    /** A definition with a method of its own. */
    record Defined(Definition definition) implements Resolved {}

    /** A definition made only of numbers ({@code \epsilon = 10^{-5}}), folded to a constant. */
    record Folded(Constant constant) implements Resolved {}

    /** Its errors were reported (or it is being resolved, and refers to itself). */
    record Failed() implements Resolved {}
}
