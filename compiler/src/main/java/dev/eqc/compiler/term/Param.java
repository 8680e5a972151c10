package dev.eqc.compiler.term;

import dev.eqc.compiler.source.Span;

/**
 * A parameter listed by a function definition ({@code x} in {@code \mathrm{FFN}(x)}). Its
 * shape is the declaration of the same name ({@code declaration} non-null) or is inferred.
 */
public record Param(String key, String latex, String javaName, Span span, Input declaration) {}
