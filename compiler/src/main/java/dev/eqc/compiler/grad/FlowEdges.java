package dev.eqc.compiler.grad;

import dev.eqc.compiler.grad.Differentiator.Node;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The edges an adjoint flows along, per kind of term: from a forward term (read in its
 * environment, with its index variables in scope) to the terms that receive a part of its
 * adjoint. The differentiator orders the nodes by these edges before pushing any adjoint, so
 * each is the exact set of operands {@link AdjointRules} hands adjoints to.
 */
final class FlowEdges implements Term.Visitor<Node, List<Node>> {
    private final Differentiator d;

    FlowEdges(Differentiator d) {
        this.d = d;
    }

    /** Every sub-term, read where its parent is. */
    private static List<Node> operands(Term t, Node at) {
        List<Node> out = new ArrayList<>();
        List<Term> witnesses = t.shapeWitnesses();
        for (Term k : t.children()) {
            if (witnesses.stream().noneMatch(w -> w == k)) {
                out.add(new Node(k, at.env(), at.scope()));
            }
        }
        return out;
    }

    @Override
    public List<Node> literal(Term.Literal t, Node at) {
        return List.of();
    }

    @Override
    public List<Node> dimValue(Term.DimValue t, Node at) {
        return List.of();
    }

    @Override
    public List<Node> constRef(Term.ConstRef t, Node at) {
        return List.of();
    }

    @Override
    public List<Node> indexValue(Term.IndexValue t, Node at) {
        return List.of();
    }

    @Override
    public List<Node> inputRef(Term.InputRef in, Node at) {
        Env.Bound b = at.env().inputs.get(in.input().key());
        return b == null ? List.of() : List.of(new Node(b.term(), b.env(), List.of()));
    }

    @Override
    public List<Node> paramRef(Term.ParamRef p, Node at) {
        if (at.env().params == null) {
            return List.of();
        }
        Env.Bound b = at.env().params.get(p.index());
        return List.of(new Node(b.term(), b.env(), List.of()));
    }

    @Override
    public List<Node> valueRef(Term.ValueRef v, Node at) {
        Definition def = v.definition();
        return List.of(new Node(def.body(), at.env().value(v, d.top), def.indices()));
    }

    @Override
    public List<Node> call(Term.Call c, Node at) {
        Definition f = c.function();
        return List.of(new Node(f.body(), at.env().call(c), f.indices()));
    }

    @Override
    public List<Node> builtinCall(Term.BuiltinCall t, Node at) {
        return operands(t, at);
    }

    @Override
    public List<Node> arith(Term.Arith t, Node at) {
        return operands(t, at);
    }

    @Override
    public List<Node> product(Term.Product t, Node at) {
        return operands(t, at);
    }

    @Override
    public List<Node> power(Term.Power t, Node at) {
        return operands(t, at);
    }

    @Override
    public List<Node> negate(Term.Negate t, Node at) {
        return operands(t, at);
    }

    @Override
    public List<Node> transpose(Term.Transpose t, Node at) {
        return operands(t, at);
    }

    /** The base is read outside the index scope: its adjoint is the gathered one. */
    @Override
    public List<Node> index(Term.Index ix, Node at) {
        return List.of(new Node(ix.base(), at.env(), List.of()));
    }

    @Override
    public List<Node> reduce(Term.Reduce r, Node at) {
        return List.of(new Node(r.body(), at.env(), Differentiator.with(at.scope(), r.var())));
    }

    /** Piecewise constant: no gradient flows through a comparison. */
    @Override
    public List<Node> compare(Term.Compare t, Node at) {
        return List.of();
    }

    /** The condition selects; only the two values receive adjoints. */
    @Override
    public List<Node> where(Term.Where w, Node at) {
        return List.of(new Node(w.then(), at.env(), at.scope()), new Node(w.otherwise(), at.env(), at.scope()));
    }

    @Override
    public List<Node> alongAxis(Term.AlongAxis t, Node at) {
        return operands(t, at);
    }

    @Override
    public List<Node> gradient(Term.Gradient t, Node at) {
        return operands(t, at);
    }

    @Override
    public List<Node> sumTo(Term.SumTo t, Node at) {
        return operands(t, at);
    }

    @Override
    public List<Node> stack(Term.Stack t, Node at) {
        return operands(t, at);
    }

    @Override
    public List<Node> sliceLast(Term.SliceLast t, Node at) {
        return operands(t, at);
    }

    @Override
    public List<Node> insertAxis(Term.InsertAxis t, Node at) {
        return operands(t, at);
    }

    @Override
    public List<Node> unstride(Term.Unstride t, Node at) {
        return operands(t, at);
    }

    @Override
    public List<Node> splitFamily(Term.SplitFamily t, Node at) {
        return operands(t, at);
    }

    /** The initial state where the scan is read, the body with the step in scope. */
    @Override
    public List<Node> scan(Term.Scan s, Node at) {
        return List.of(new Node(s.initial(), at.env(), at.scope()),
                new Node(s.body(), at.env(), Differentiator.with(at.scope(), s.step())));
    }

    @Override
    public List<Node> scanState(Term.ScanState s, Node at) {
        return List.of();
    }

    /** A strided view is only ever the base of an index: read outside the index scope. */
    @Override
    public List<Node> strided(Term.Strided s, Node at) {
        return List.of(new Node(s.base(), at.env(), List.of()));
    }

    /** Each part's body is read over the part's own indices. */
    @Override
    public List<Node> interleave(Term.Interleave il, Node at) {
        List<Node> out = new ArrayList<>();
        for (Term.StridedPart part : il.parts()) {
            out.add(new Node(part.body(), at.env(), part.indices()));
        }
        return out;
    }

    @Override
    public List<Node> familyConcat(Term.FamilyConcat fc, Node at) {
        return List.of(new Node(fc.family(), at.env(), List.of()));
    }
}
