package dev.eqc.compiler.diag;

import dev.eqc.compiler.source.Span;

/** A secondary location of a diagnostic with a short message ("K declared here as [m, d_k]"). */
public record Label(Span span, String message) {}
