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
        return t.accept(new Labels(), null);
    }

    /** The diagram's word for each kind of term: a visitor, so a new kind does not compile until it has one. */
    private final class Labels implements Term.Visitor<Void, String> {
        @Override
        public String literal(Term.Literal l, Void unused) {
            return l.value() == Math.rint(l.value()) && Math.abs(l.value()) < 1e15
                    ? String.valueOf((long) l.value()) : String.valueOf(l.value());
        }

        @Override
        public String dimValue(Term.DimValue v, Void unused) {
            return PlainLabels.of(v.dim());
        }

        @Override
        public String inputRef(Term.InputRef r, Void unused) {
            return PlainLabels.of(r.input().latex());
        }

        @Override
        public String paramRef(Term.ParamRef r, Void unused) {
            return PlainLabels.of(r.param().latex());
        }

        @Override
        public String constRef(Term.ConstRef r, Void unused) {
            return PlainLabels.of(r.constant().latex());
        }

        @Override
        public String valueRef(Term.ValueRef r, Void unused) {
            return PlainLabels.of(r.definition().latexName());
        }

        @Override
        public String call(Term.Call c, Void unused) {
            return PlainLabels.of(c.function().latexName()) + "(…)";
        }

        @Override
        public String builtinCall(Term.BuiltinCall b, Void unused) {
            return b.builtin().displayName();
        }

        @Override
        public String arith(Term.Arith a, Void unused) {
            return a.op() == Term.ArithOp.SUB ? "−" : a.op().symbol;
        }

        @Override
        public String product(Term.Product p, Void unused) {
            ProductKind kind = typed.productKind(p);
            return kind == null ? "×" : kind.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String power(Term.Power p, Void unused) {
            return "power";
        }

        @Override
        public String negate(Term.Negate n, Void unused) {
            return "negate";
        }

        @Override
        public String transpose(Term.Transpose t, Void unused) {
            return "transpose";
        }

        @Override
        public String index(Term.Index ix, Void unused) {
            return "index " + vars(ix.indices());
        }

        @Override
        public String indexValue(Term.IndexValue v, Void unused) {
            return v.var().name();
        }

        @Override
        public String reduce(Term.Reduce r, Void unused) {
            return r.op().name().toLowerCase(Locale.ROOT) + " over " + r.var().name();
        }

        @Override
        public String compare(Term.Compare c, Void unused) {
            return PlainLabels.of(c.op().symbol);
        }

        @Override
        public String where(Term.Where w, Void unused) {
            return "cases";
        }

        @Override
        public String alongAxis(Term.AlongAxis a, Void unused) {
            return a.builtin().displayName() + " along " + PlainLabels.of(a.dim());
        }

        @Override
        public String gradient(Term.Gradient g, Void unused) {
            return "∇ " + PlainLabels.of(g.wrt().latex());
        }

        @Override
        public String sumTo(Term.SumTo s, Void unused) {
            return "sum to shape";
        }

        @Override
        public String stack(Term.Stack st, Void unused) {
            return "stack " + vars(st.vars());
        }

        @Override
        public String sliceLast(Term.SliceLast s, Void unused) {
            return "slice";
        }

        @Override
        public String insertAxis(Term.InsertAxis i, Void unused) {
            return "insert axis";
        }

        @Override
        public String strided(Term.Strided s, Void unused) {
            return "every " + s.stride() + (s.offset() == 0 ? "" : " from " + s.offset());
        }

        @Override
        public String interleave(Term.Interleave i, Void unused) {
            return "interleave";
        }

        @Override
        public String familyConcat(Term.FamilyConcat f, Void unused) {
            return "Concat";
        }

        @Override
        public String unstride(Term.Unstride u, Void unused) {
            return "unstride";
        }

        @Override
        public String splitFamily(Term.SplitFamily s, Void unused) {
            return "split family";
        }

        @Override
        public String scan(Term.Scan s, Void unused) {
            return "scan " + (s.backward() ? "backward" : "forward") + " over " + s.step().name();
        }

        @Override
        public String scanState(Term.ScanState s, Void unused) {
            return "previous state";
        }
    }

    private static String vars(List<IndexVar> vars) {
        return vars.stream().map(IndexVar::name).collect(Collectors.joining(", ", "[", "]"));
    }
}
