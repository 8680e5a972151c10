package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Param;

/** What a name means where a body uses it (SPEC 2.3), before it becomes a term. */
sealed interface Binding {
    /** The {@code index}-th listed parameter of the function being resolved. */
    record ParamName(Param param, int index) implements Binding {}

    /** Another definition of the file (or this one, which is an error unless it is an update). */
    record DefinitionName(PendingDefinition definition) implements Binding {}

    /** An input of the file, declared or inferred. */
    record InputName(Input input) implements Binding {}

    /** A dimension defined from others ({@code d_{ff} = 4 d_{model}}), with its value. */
    record DefinedDimension(Dim value) implements Binding {}

    /** A dimension symbol used as a value. */
    record DimensionName(String symbol) implements Binding {}
}
