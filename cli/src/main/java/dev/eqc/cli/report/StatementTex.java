package dev.eqc.cli.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The LaTeX KaTeX renders for one statement: its source without {@code %} comments, and the same
 * with marked ranges (typed sub-expressions, diagnostics) wrapped in {@code \htmlData} so the
 * rendered elements carry {@code data-term} or {@code data-issue} attributes. Wrapped ranges must be
 * groups ({@link TexGroups}) and must nest; a range that crosses one already wrapped is left out.
 */
final class StatementTex {
    /** A range to wrap; {@code attributes} are the {@code \htmlData} pairs, such as {@code term=3}. */
    record Mark(SourceRange range, String attributes, int id, boolean issue) {}

    /** The annotated LaTeX, and which marks it wraps. */
    record Annotated(String tex, Set<Mark> wrapped) {}

    private StatementTex() {}

    /** The statement's LaTeX as written, comments removed. */
    static String plain(SourceText source, SourceRange statement) {
        return annotated(source, statement, List.of()).tex();
    }

    /** The statement's LaTeX with every mark that can be wrapped wrapped; issues go outside terms of the same range. */
    static Annotated annotated(SourceText source, SourceRange statement, List<Mark> marks) {
        String text = source.text();
        record Wrap(SourceRange range, Mark mark) {}
        List<Wrap> candidates = new ArrayList<>();
        for (Mark m : marks) {
            if (statement.contains(m.range())) {
                TexGroups.wrappable(text, m.range()).filter(statement::contains)
                        .ifPresent(r -> candidates.add(new Wrap(r, m)));
            }
        }
        candidates.sort(Comparator.comparingInt((Wrap w) -> w.range().start())
                .thenComparingInt(w -> -w.range().end())
                .thenComparing(w -> !w.mark().issue()));
        // Keep the ranges that nest: sweep by start; a range must end within the innermost open one.
        Deque<Wrap> open = new ArrayDeque<>();
        List<Wrap> kept = new ArrayList<>();
        for (Wrap w : candidates) {
            while (!open.isEmpty() && open.peek().range().end() <= w.range().start()) {
                open.pop();
            }
            if (open.isEmpty() || w.range().end() <= open.peek().range().end()) {
                open.push(w);
                kept.add(w);
            }
        }
        List<SourceRange> comments = source.comments(statement);
        StringBuilder tex = new StringBuilder();
        Deque<Wrap> stack = new ArrayDeque<>();
        int next = 0;
        for (int i = statement.start(); i <= statement.end(); i++) {
            while (!stack.isEmpty() && stack.peek().range().end() == i) {
                tex.append(TexGroups.inArgumentPosition(text, stack.pop().range().start()) ? "}}" : "}");
            }
            while (next < kept.size() && kept.get(next).range().start() == i) {
                Wrap w = kept.get(next++);
                tex.append(TexGroups.inArgumentPosition(text, i) ? "{" : "")
                        .append("\\htmlData{").append(w.mark().attributes()).append("}{");
                stack.push(w);
            }
            if (i < statement.end() && !inComment(comments, i)) {
                tex.append(text.charAt(i));
            }
        }
        Set<Mark> wrapped = new LinkedHashSet<>();
        kept.forEach(w -> wrapped.add(w.mark()));
        return new Annotated(tex.toString().strip(), wrapped);
    }

    private static boolean inComment(List<SourceRange> comments, int i) {
        for (SourceRange c : comments) {
            if (c.start() <= i && i < c.end()) {
                return true;
            }
        }
        return false;
    }
}
