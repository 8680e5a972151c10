package dev.eqc.compiler.term;

import dev.eqc.compiler.source.Span;

/** A named number ({@code \epsilon = 10^{-5}}), folded at compile time. */
public record Constant(String key, String latex, String javaName, Span span, double value) {}
