package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Strided element-wise definitions (SPEC 3.6): {@code PE_{(pos, 2i)} = …} and
 * {@code PE_{(pos, 2i+1)} = …} define one tensor together. The statements are gathered into one
 * definition whose body is a {@link Term.Interleave} of the parts, each resolved over its own
 * left-hand indices.
 *
 * <p>Reports: two parts that define the same elements (E0120), parts that leave elements
 * undefined (E0121), and parts whose subscripts disagree in length, in the strided position or
 * in the stride (E0123).
 */
final class StridedDefinitions {
    /** One strided statement: its subscript items and which one is strided. */
    record Part(Statement.Definition statement, List<StridedSubscript.Item> items, int axis, Span indexSpan,
            boolean fromOne) {}

    private StridedDefinitions() {}

    /** Whether a statement defines part of a tensor by a strided left-hand side. */
    static boolean isStrided(Statement.Definition d) {
        return d.lhs() instanceof Expr.Sym s && s.sup() == null && !d.update() && StridedSubscript.of(s.sub()) != null;
    }

    static Expr.Sym baseOf(Statement.Definition d) {
        Expr.Sym s = (Expr.Sym) d.lhs();
        return s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null, s.primes());
    }

    /**
     * The definition made of {@code first} and every later strided statement of the same name in
     * {@code statements}; null after an error. The statements it takes are added to {@code taken}.
     */
    static PendingDefinition group(FileScope r, Statement.Definition first, List<Statement> statements,
            Set<Statement> taken) {
        Expr.Sym base = baseOf(first);
        String key = NameKeys.full(base);
        List<Part> parts = new ArrayList<>();
        for (Statement s : statements) {
            if (s instanceof Statement.Definition d && isStrided(d) && NameKeys.full(baseOf(d)).equals(key)) {
                taken.add(d);
                Expr.Sym lhs = (Expr.Sym) d.lhs();
                List<StridedSubscript.Item> items = StridedSubscript.of(lhs.sub());
                parts.add(new Part(d, items, StridedSubscript.stridedAxis(items), lhs.sub().span(), false));
            }
        }
        parts = countedFromZero(r, parts);
        if (parts == null || !check(r, parts)) {
            return null;
        }
        PendingDefinition p = new PendingDefinition(key, r.source.slice(base.span()), base, base.span(),
                spanOf(parts), false, List.of(), first.rhs(), first.comment(), null, List.of(), null, false);
        r.addStridedGroup(p, parts);
        return p;
    }

    /**
     * {@code y_{2i-1}}, {@code y_{2i}}: a group written from 1 (some part has a negative offset)
     * has its offsets moved to count from 0, and its strided letter counts from 1 as a number
     * (W0140). A group that mixes {@code 2i+1} with {@code 2i-1} is an error (E0123).
     */
    private static List<Part> countedFromZero(FileScope r, List<Part> parts) {
        boolean fromOne = parts.stream().anyMatch(p -> p.axis() >= 0 && p.items().get(p.axis()).offset() < 0);
        if (!fromOne) {
            return parts;
        }
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (p.axis() < 0) {
                return parts; // check() reports it
            }
            StridedSubscript.Item item = p.items().get(p.axis());
            int offset = StridedSubscript.zeroBasedOffset(item, 1);
            if (offset < 0 || offset >= item.stride()) {
                Diagnostic.of(Code.E0123, r.source, item.span(), "`" + r.source.slice(item.span()) + "` counts from 0"
                                + " while another part counts from 1")
                        .caret("counted from 0")
                        .help("count every part the same way: `2i-1`, `2i` (from 1) or `2i`, `2i+1` (from 0)")
                        .report(r.diagnostics);
                return null;
            }
            List<StridedSubscript.Item> items = new ArrayList<>(p.items());
            items.set(p.axis(), new StridedSubscript.Item(item.letter(), item.stride(), offset, item.span()));
            out.add(new Part(p.statement(), items, p.axis(), p.indexSpan(), true));
        }
        Part first = out.get(0);
        String letter = first.items().get(first.axis()).letter();
        if (PatternColumns.isPatternColumn(baseOf(first.statement()))) {
            return out; // its W0411 says the column counts from 1
        }
        Diagnostic.of(Code.W0140, r.source, first.indexSpan(), "`" + letter + "` counts from 1 in `"
                        + r.source.slice(baseOf(first.statement()).span()) + "`: its parts are written from 1 (`2" + letter
                        + "-1`), so `2" + letter + "-1` is the first element")
                .caret("read as " + letter + " = 1, 2, …")
                .help("write `2" + letter + "` and `2" + letter + "+1` to count from 0")
                .report(r.diagnostics);
        return out;
    }

    private static Span spanOf(List<Part> parts) {
        Span s = parts.get(0).statement().span();
        for (Part p : parts) {
            s = new Span(Math.min(s.start(), p.statement().span().start()), Math.max(s.end(), p.statement().span().end()));
        }
        return s;
    }

    /** The parts must agree on length, strided position and stride, and cover each offset once. */
    private static boolean check(FileScope r, List<Part> parts) {
        Part first = parts.get(0);
        for (Part p : parts) {
            if (p.axis() < 0) {
                Diagnostic.of(Code.E0123, r.source, p.indexSpan(), "only one position of a strided subscript may"
                                + " have a stride")
                        .caret("several strided positions")
                        .help("write one strided index, like `y_{(pos, 2i)}` and `y_{(pos, 2i+1)}`")
                        .report(r.diagnostics);
                return false;
            }
            if (p.items().size() != first.items().size() || p.axis() != first.axis()
                    || p.items().get(p.axis()).stride() != first.items().get(first.axis()).stride()) {
                Diagnostic.of(Code.E0123, r.source, p.indexSpan(), "`" + r.source.slice(p.statement().lhs().span())
                                + "` does not match `" + r.source.slice(first.statement().lhs().span()) + "`")
                        .caret("different subscript pattern")
                        .label(first.indexSpan(), "first part")
                        .help("every part has the same indices in the same places and one stride, like `y_{2i}`"
                                + " and `y_{2i+1}`")
                        .report(r.diagnostics);
                return false;
            }
        }
        int stride = first.items().get(first.axis()).stride();
        Part[] byOffset = new Part[stride];
        for (Part p : parts) {
            StridedSubscript.Item item = p.items().get(p.axis());
            Part earlier = byOffset[item.offset()];
            if (earlier != null) {
                Diagnostic.of(Code.E0120, r.source, item.span(), "`" + r.source.slice(p.statement().lhs().span())
                                + "` defines the same elements as an earlier part")
                        .caret("defined again here")
                        .label(earlier.items().get(earlier.axis()).span(), "first defined here")
                        .help("each offset of the stride is defined once: `" + stride + item.letter() + "`, `"
                                + stride + item.letter() + "+1`, …")
                        .report(r.diagnostics);
                return false;
            }
            byOffset[item.offset()] = p;
        }
        List<String> missing = new ArrayList<>();
        StridedSubscript.Item model = first.items().get(first.axis());
        for (int o = 0; o < stride; o++) {
            if (byOffset[o] == null) {
                missing.add(stride + model.letter() + (o == 0 ? "" : "+" + o));
            }
        }
        if (!missing.isEmpty()) {
            Part lastPart = parts.get(parts.size() - 1);
            Diagnostic.of(Code.E0121, r.source, lastPart.indexSpan(), "the elements at `" + String.join("`, `", missing)
                            + "` of `" + r.source.slice(baseOf(first.statement()).span()) + "` are never defined")
                    .caret("covers only part of the tensor")
                    .help("add the missing part" + (missing.size() == 1 ? "" : "s") + ", like `"
                            + lhsWith(r, first, missing.get(0)) + " = …`")
                    .report(r.diagnostics);
            return false;
        }
        return true;
    }

    /** The left-hand side of {@code part} as written, with its strided item replaced by {@code item}. */
    private static String lhsWith(FileScope r, Part part, String item) {
        Span lhs = part.statement().lhs().span();
        Span strided = part.items().get(part.axis()).span();
        return r.source.slice(new Span(lhs.start(), strided.start())) + item
                + r.source.slice(new Span(strided.end(), lhs.end()));
    }

    /** The definition of a group: each part over its own indices, interleaved along the strided axis. */
    static Resolved resolve(FileScope r, Definitions definitions, PendingDefinition group, List<Part> parts) {
        List<Term.StridedPart> resolvedParts = new ArrayList<>();
        Set<Input> inputs = new LinkedHashSet<>();
        Part[] ordered = new Part[parts.size()];
        for (Part p : parts) {
            ordered[p.items().get(p.axis()).offset()] = p;
        }
        boolean failed = false;
        for (Part p : ordered) {
            List<String> letters = p.items().stream().map(StridedSubscript.Item::letter).toList();
            if (letters.size() != new java.util.HashSet<>(letters).size()) {
                Diagnostic.of(Code.E0107, r.source, p.indexSpan(), "an index letter appears twice in `"
                        + r.source.slice(p.statement().lhs().span()) + "`").report(r.diagnostics);
                failed = true;
                continue;
            }
            PendingDefinition one = new PendingDefinition(group.key(), group.latexName(), group.nameSym(),
                    group.nameSpan(), p.statement().span(), false, List.of(), p.statement().rhs(), group.comment(), null,
                    letters, p.indexSpan(), false);
            BodyResolver body = new BodyResolver(r, definitions, one);
            body.countFromOne(p.fromOne() ? Set.of(p.items().get(p.axis()).letter()) : Set.of());
            Term.StridedPart part = body.resolvePart(p.statement().span());
            if (part == null) {
                failed = true;
                continue;
            }
            resolvedParts.add(part);
            inputs.addAll(body.usedInputs());
        }
        if (failed) {
            return new Resolved.Failed();
        }
        List<Input> free = new ArrayList<>(inputs);
        free.sort(Comparator.comparingInt(Input::order));
        String spelled = JavaNames.of(group.nameSym(), true);
        String javaName = r.methodNames().allocate(JavaNames.methodName(spelled), spelled);
        Term body = new Term.Interleave(group.span(), parts.get(0).axis(), resolvedParts);
        return new Resolved.Defined(new Definition(group.key(), group.latexName(), javaName, group.span(),
                group.nameSpan(), false, List.of(), free, List.of(), body, group.comment(), r.source.slice(group.span())));
    }
}
