package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recurrences run over a declared sequence (docs/LANGUAGE.md, Recurrences): a definition whose right-hand side
 * reads the defined name one step back ({@code x_k = \bar{A} x_{k-1} + \bar{B} u_k}) or one step ahead
 * ({@code G_t = R_{t+1} + \gamma G_{t+1}}), while another operand is indexed by the same letter over a sequence
 * the file declares ({@code u \in \mathbb{R}^{L}}), is the whole scan over that sequence, not one step. A cell
 * whose inputs are one step's ({@code h_t = \tanh(W h_{t-1} + U x_t)} with {@code x_t \in \mathbb{R}^{d}}
 * declared, or {@code h_{t-1}} declared) stays one step. Found before any body is read, because the letter then
 * indexes the sequence and is no time step of the file.
 */
final class Recurrences {
    private Recurrences() {}

    /**
     * One recurrence: its step letter, its direction, the spans of its reads of itself, the sequence that gives
     * the steps (for the warning) and the key of its stated initial state, or null for a zero start.
     */
    record Recurrence(String own, String letter, boolean backward, Set<Span> selfReads, String sequence,
            String initialKey, String initialLatex) {}

    /**
     * Whether {@code s} reads the value of one of {@code found} one step away ({@code a_{t-1}} in RWKV's
     * {@code wkv_t = \frac{a_{t-1} + …}{…}} after {@code a_t = …}): a position of the scan's stacked states,
     * so its letter is no time step either.
     */
    static boolean readsScan(Expr.Sym s, java.util.Collection<Recurrence> found) {
        List<OffsetSubscript.Item> items = OffsetSubscript.of(s.sub());
        if (items == null || items.size() != 1 || items.get(0).letters().size() != 1) {
            return false;
        }
        String key = OffsetSubscript.baseKey(s);
        String letter = items.get(0).letter();
        return found.stream().anyMatch(r -> r.own().equals(key) && r.letter().equals(letter));
    }

    /** The recurrences of {@code program}, by the span of their right-hand side. */
    static java.util.Map<Span, Recurrence> find(Program program, FileScope file) {
        java.util.Map<Span, Recurrence> out = new java.util.HashMap<>();
        List<Statement.Definition> defs = new ArrayList<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                defs.add(d);
            } else if (s instanceof Statement.Condition c && c.of() instanceof Statement.Definition d) {
                defs.add(d);
            }
        }
        for (Statement.Definition d : defs) {
            Recurrence r = of(d, defs, file);
            if (r != null) {
                out.put(d.rhs().span(), r);
            }
        }
        return out;
    }

    private static Recurrence of(Statement.Definition d, List<Statement.Definition> defs, FileScope file) {
        if (!(d.lhs() instanceof Expr.Sym l) || l.sub() == null || !l.sub().isSingle()
                || !(l.sub().single() instanceof Expr.Sym letter) || !letter.bare() || letter.primes() != 0
                || letter.kind() != SymKind.LETTERS || letter.base().length() != 1) {
            return null;
        }
        String k = letter.base();
        String own = OffsetSubscript.baseKey(l);
        if (file.hasInput(NameKeys.full(l))) {
            return null;
        }
        Set<Span> selfReads = new HashSet<>();
        Set<Integer> offsets = new HashSet<>();
        boolean[] declaredStep = {false};
        String[] sequence = {null};
        SubscriptForms.walk(d.rhs(), e -> {
            if (!(e instanceof Expr.Sym s) || s.sub() == null || !s.sub().isSingle()) {
                return;
            }
            List<OffsetSubscript.Item> items = OffsetSubscript.of(s.sub());
            boolean shifted = items != null && items.size() == 1 && items.get(0).letters().equals(java.util.Map.of(k, 1));
            if (shifted && OffsetSubscript.baseKey(s).equals(own)) {
                // ChebNet's \bar{x}_k = 2\tilde{L}\bar{x}_{k-1} - \bar{x}_{k-2} reads two steps back: no scan of one state
                selfReads.add(s.span());
                offsets.add(items.get(0).offset());
                declaredStep[0] |= file.hasInput(NameKeys.full(s));
                return;
            }
            boolean plain = s.sub().single() instanceof Expr.Sym i && i.bare() && i.base().equals(k);
            if ((plain || shifted) && sequence[0] == null && !file.hasInput(NameKeys.full(s))) {
                String base = OffsetSubscript.baseKey(s);
                String bare = NameKeys.full(s.withScripts(s.span(), null, null, s.primes()));
                if (base.equals(own) || bare.equals(own)) {
                    return;
                }
                if (isSequence(base, file) || isSequence(bare, file) || definedOverLetter(base, defs)
                        || definedOverLetter(bare, defs)) {
                    sequence[0] = s.sup() != null && !isSequence(base, file) && !definedOverLetter(base, defs)
                            ? bare : base;
                }
            }
        });
        if (selfReads.isEmpty() || offsets.size() != 1 || Math.abs(offsets.iterator().next()) != 1 || declaredStep[0]
                || sequence[0] == null) {
            return null;
        }
        boolean backward = offsets.iterator().next() == 1;
        String[] initial = initialState(l, own, backward, defs, file);
        return new Recurrence(own, k, backward, Set.copyOf(selfReads), sequence[0], initial == null ? null : initial[0],
                initial == null ? null : initial[1]);
    }

    /** A declared input with at least one axis: a sequence a step letter can run over. */
    private static boolean isSequence(String key, FileScope file) {
        dev.eqc.compiler.term.Input in = file.input(key);
        return in != null && in.declared() && in.dims() != null && !in.dims().isEmpty();
    }

    /** A name another line defines element by element over one letter ({@code \delta_t = …}). */
    private static boolean definedOverLetter(String key, List<Statement.Definition> defs) {
        for (Statement.Definition d : defs) {
            if (d.lhs() instanceof Expr.Sym l && l.sub() != null && l.sub().isSingle()
                    && l.sub().single() instanceof Expr.Sym i && i.bare() && i.base().length() == 1
                    && OffsetSubscript.baseKey(l).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stated initial state: a line defining, or a declaration of, the name at {@code 0} or {@code -1} (forward)
     * or at a capital letter, a size (backward: {@code G_T = 0}); its key and its spelling, or null.
     */
    private static String[] initialState(Expr.Sym lhs, String own, boolean backward, List<Statement.Definition> defs,
            FileScope file) {
        for (Statement.Definition d : defs) {
            if (d.lhs() instanceof Expr.Sym m && m.sub() != null && m.sub().isSingle()
                    && OffsetSubscript.baseKey(m).equals(own) && startSubscript(m.sub().single(), backward)) {
                return new String[] {NameKeys.full(m), file.source.slice(m.span())};
            }
        }
        for (String key : file.inputKeys()) {
            dev.eqc.compiler.term.Input in = file.input(key);
            if (in != null && in.declared() && in.span() != null) {
                String printed = in.latex();
                // the declared spelling: base, then _0 / _{-1} / _T, then the superscript of the recurrence
                for (String sub : backward ? capitals() : List.of("0", "{-1}")) {
                    String candidate = NameKeys.full(lhs.withScripts(lhs.span(), null, null, 0)) + "_" + sub
                            + own.substring(NameKeys.full(lhs.withScripts(lhs.span(), null, null, 0)).length());
                    if (candidate.equals(key)) {
                        return new String[] {key, printed};
                    }
                }
            }
        }
        return null;
    }

    private static List<String> capitals() {
        List<String> out = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            out.add(String.valueOf(c));
        }
        return out;
    }

    private static boolean startSubscript(Expr sub, boolean backward) {
        if (!backward) {
            return sub instanceof Expr.Num n && n.value() == 0
                    || sub instanceof Expr.Unary u && u.op() == dev.eqc.compiler.ast.UnaryOp.NEG && u.operand() instanceof Expr.Num n1 && n1.value() == 1;
        }
        return sub instanceof Expr.Sym s && s.bare() && s.base().length() == 1 && Character.isUpperCase(s.base().charAt(0));
    }
}
