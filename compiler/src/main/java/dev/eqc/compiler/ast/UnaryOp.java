package dev.eqc.compiler.ast;

/** Prefix operators. */
public enum UnaryOp { NEG, PLUS }
