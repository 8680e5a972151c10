package dev.eqc.compiler.term;

import java.util.Map;

/**
 * One dimension of a core shape: a known size, a symbol ({@code d_k}), or an expression of
 * them ({@code h d_v}, {@code 2d}, {@code d/2}). Symbols are spelled as declared.
 */
public sealed interface Dim {
    /** A fixed size. */
    record Known(int value) implements Dim {
        @Override
        public String toString() {
            return Integer.toString(value);
        }
    }

    /** A named size; {@code flexible} symbols were invented for undeclared inputs and may be unified away. */
    record Symbol(String name, boolean flexible) implements Dim {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code left op right} with op one of + - * /. */
    record Compound(char op, Dim left, Dim right) implements Dim {
        @Override
        public String toString() {
            String l = left instanceof Compound ? "(" + left + ")" : left.toString();
            String r = right instanceof Compound ? "(" + right + ")" : right.toString();
            return switch (op) {
                case '*' -> left instanceof Known ? l + r : l + " " + r;
                default -> l + op + r;
            };
        }
    }

    /** This size as a value ({@code n} in {@code 1/n}): a number, the dimension, or arithmetic of them. */
    default Term asTerm(dev.eqc.compiler.source.Span at) {
        if (this instanceof Known k) {
            return new Term.Literal(at, k.value());
        }
        if (this instanceof Symbol s) {
            return new Term.DimValue(at, s.name());
        }
        Compound c = (Compound) this;
        Term.ArithOp op = switch (c.op()) {
            case '+' -> Term.ArithOp.ADD;
            case '-' -> Term.ArithOp.SUB;
            case '*' -> Term.ArithOp.MUL;
            default -> Term.ArithOp.DIV;
        };
        return new Term.Arith(at, at, op, c.left().asTerm(at), c.right().asTerm(at));
    }

    /** The value under {@code sizes}, or null if a symbol is unbound or a quotient is inexact. */
    /**
     * The one symbol this size can be solved for when every symbol in {@code bound} is known:
     * {@code K} in {@code K+1}, {@code d} in {@code 2d} or {@code d/h} with {@code h} bound; null when
     * none, or when two are unknown ({@code h d_v} with neither bound) or the symbol occurs twice.
     */
    default String solvableFor(java.util.Set<String> bound) {
        java.util.List<String> unknown = new java.util.ArrayList<>();
        java.util.ArrayDeque<Dim> stack = new java.util.ArrayDeque<>(java.util.List.of(this));
        while (!stack.isEmpty()) {
            Dim d = stack.pop();
            if (d instanceof Symbol s && !bound.contains(s.name())) {
                unknown.add(s.name());
            } else if (d instanceof Compound c) {
                stack.push(c.left());
                stack.push(c.right());
            }
        }
        return unknown.size() == 1 ? unknown.get(0) : null;
    }

    default Integer evaluate(Map<String, Integer> sizes) {
        if (this instanceof Known k) {
            return k.value();
        }
        if (this instanceof Symbol s) {
            return sizes.get(s.name());
        }
        Compound c = (Compound) this;
        Integer l = c.left().evaluate(sizes);
        Integer r = c.right().evaluate(sizes);
        if (l == null || r == null) {
            return null;
        }
        return switch (c.op()) {
            case '+' -> l + r;
            case '-' -> l - r;
            case '*' -> l * r;
            case '/' -> r != 0 && l % r == 0 ? l / r : null;
            default -> throw new AssertionError(c.op());
        };
    }
}
