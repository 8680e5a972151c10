package dev.eqc.compiler.term;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Walks over whole term trees, built on each kind's {@link Term#children}. */
public final class TermTrees {
    private TermTrees() {}

    /** Every term of a tree in reading (pre-)order; a sub-term shared by two parents is listed once per use. */
    public static List<Term> preorder(Term root) {
        List<Term> out = new ArrayList<>();
        ArrayDeque<Term> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Term t = stack.pop();
            out.add(t);
            List<Term> kids = t.children();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out;
    }

    /** Whether some term of the tree satisfies {@code test}. */
    public static boolean any(Term root, Predicate<Term> test) {
        ArrayDeque<Term> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Term t = stack.pop();
            if (test.test(t)) {
                return true;
            }
            t.children().forEach(stack::push);
        }
        return false;
    }
}
