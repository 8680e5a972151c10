package dev.eqc.cli.report;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.shape.ProductKind;
import dev.eqc.compiler.term.TermTrees;
import dev.eqc.compiler.shape.TypedProgram;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds a definition's {@link Dataflow} from its term tree: one node per distinct term (by
 * identity, so a value a gradient body shares is drawn once), an edge from each sub-term to its
 * user labelled with the sub-term's shape, and a result node fed by the body. Walks without
 * recursion, so deeply nested bodies cannot overflow the stack. Uses compiler types, like
 * {@link EquationAnalysis}.
 */
final class DataflowBuilder {
    private final TypedProgram typed;
    private final Map<Term, Integer> ids = new IdentityHashMap<>();
    private final List<Dataflow.Node> nodes = new ArrayList<>();
    private final List<Dataflow.Edge> edges = new ArrayList<>();

    private DataflowBuilder(TypedProgram typed) {
        this.typed = typed;
    }

    static Dataflow build(TypedProgram typed, Definition d, String signature) {
        DataflowBuilder b = new DataflowBuilder(typed);
        int root = b.visit(d.body());
        int result = b.nodes.size();
        b.nodes.add(new Dataflow.Node(result, Dataflow.NodeKind.RESULT, "result", PlainLabels.of(d.latexName()),
                d.latexName() + " : " + typed.resultShape(d)));
        b.edges.add(new Dataflow.Edge(root, result, String.valueOf(typed.resultShape(d))));
        return new Dataflow(d.latexName(), signature, b.nodes, b.edges);
    }

    /** Numbers every term below {@code root} children first, so a node's id is above its inputs'. */
    private int visit(Term root) {
        Deque<Term> stack = new ArrayDeque<>();
        Deque<Boolean> expanded = new ArrayDeque<>();
        stack.push(root);
        expanded.push(false);
        while (!stack.isEmpty()) {
            Term t = stack.pop();
            boolean done = expanded.pop();
            if (ids.containsKey(t)) {
                continue;
            }
            List<Term> kids = t.children();
            if (!done && !kids.isEmpty()) {
                stack.push(t);
                expanded.push(true);
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(kids.get(i));
                    expanded.push(false);
                }
                continue;
            }
            int id = nodes.size();
            ids.put(t, id);
            String source = PlainLabels.shortened(typed.program().source().slice(t.span()).replaceAll("\\s+", " "), 80);
            nodes.add(new Dataflow.Node(id, kids.isEmpty() ? Dataflow.NodeKind.LEAF : Dataflow.NodeKind.OPERATION,
                    kind(t), label(t), source + " : " + typed.shapeOf(t)));
            for (Term k : kids) {
                edges.add(new Dataflow.Edge(ids.get(k), id, String.valueOf(typed.shapeOf(k))));
            }
        }
        return ids.get(root);
    }

    /** {@code Term.BuiltinCall} → {@code builtin-call}. */
    private static String kind(Term t) {
        return t.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private String label(Term t) {
        if (t instanceof Term.Literal l) {
            return l.value() == Math.rint(l.value()) && Math.abs(l.value()) < 1e15
                    ? String.valueOf((long) l.value()) : String.valueOf(l.value());
        } else if (t instanceof Term.DimValue v) {
            return PlainLabels.of(v.dim());
        } else if (t instanceof Term.InputRef r) {
            return PlainLabels.of(r.input().latex());
        } else if (t instanceof Term.ParamRef r) {
            return PlainLabels.of(r.param().latex());
        } else if (t instanceof Term.ConstRef r) {
            return PlainLabels.of(r.constant().latex());
        } else if (t instanceof Term.ValueRef r) {
            return PlainLabels.of(r.definition().latexName());
        } else if (t instanceof Term.IndexValue v) {
            return v.var().name();
        } else if (t instanceof Term.Call c) {
            return PlainLabels.of(c.function().latexName()) + "(…)";
        } else if (t instanceof Term.BuiltinCall b) {
            return b.builtin().displayName();
        } else if (t instanceof Term.Arith a) {
            return a.op() == Term.ArithOp.SUB ? "−" : a.op().symbol;
        } else if (t instanceof Term.Product p) {
            ProductKind kind = typed.productKind(p);
            return kind == null ? "×" : kind.name().toLowerCase(Locale.ROOT);
        } else if (t instanceof Term.Power) {
            return "power";
        } else if (t instanceof Term.Negate) {
            return "negate";
        } else if (t instanceof Term.Transpose) {
            return "transpose";
        } else if (t instanceof Term.Index ix) {
            return "index " + vars(ix.indices());
        } else if (t instanceof Term.Reduce r) {
            return r.op().name().toLowerCase(Locale.ROOT) + " over " + r.var().name();
        } else if (t instanceof Term.Compare c) {
            return PlainLabels.of(c.op().symbol);
        } else if (t instanceof Term.Where) {
            return "cases";
        } else if (t instanceof Term.AlongAxis a) {
            return a.builtin().displayName() + " along " + PlainLabels.of(a.dim());
        } else if (t instanceof Term.Gradient g) {
            return "∇ " + PlainLabels.of(g.wrt().latex());
        } else if (t instanceof Term.SumTo) {
            return "sum to shape";
        } else if (t instanceof Term.Stack st) {
            return "stack " + vars(st.vars());
        } else if (t instanceof Term.SliceLast) {
            return "slice";
        } else if (t instanceof Term.InsertAxis) {
            return "insert axis";
        } else if (t instanceof Term.Strided s) {
            return "every " + s.stride() + (s.offset() == 0 ? "" : " from " + s.offset());
        } else if (t instanceof Term.Interleave) {
            return "interleave";
        } else if (t instanceof Term.FamilyConcat) {
            return "Concat";
        } else if (t instanceof Term.Unstride) {
            return "unstride";
        } else if (t instanceof Term.SplitFamily) {
            return "split family";
        }
        throw new AssertionError("no diagram label for " + t.getClass());
    }

    private static String vars(List<IndexVar> vars) {
        return vars.stream().map(IndexVar::name).collect(Collectors.joining(", ", "[", "]"));
    }
}
