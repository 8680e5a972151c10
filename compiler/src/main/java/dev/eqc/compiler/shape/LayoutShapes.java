package dev.eqc.compiler.shape;

import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Shape rules of the terms that lay elements out anew (SPEC 3.6): strided views ({@code x_{2i+1}} reads {@code [d/2]} of a
 * {@code [d]} vector), strided definitions (the parts agree in shape; the result is k times
 * longer along the strided axis, and a declared result gives the parts their ranges), and the
 * concatenation of a family ({@code [h, n, d_v]} becomes {@code [n, h d_v]}), and the adjoint of
 * a strided view ({@code [d/2]} back to {@code [d]}).
 *
 * <p>Reports: parts of different shapes (E0123), a concatenation that does not end at the
 * family's size (E0122), strides of sizes that are not multiples of them, and ranks too low
 * (E0303, E0304).
 */
final class LayoutShapes {
    private final ShapeInference pass;
    private final Definition owner;
    private final TermShapes terms;

    LayoutShapes(ShapeInference pass, Definition owner, TermShapes terms) {
        this.pass = pass;
        this.owner = owner;
        this.terms = terms;
    }

    Shape strided(Term.Strided s) {
        Shape base = terms.shape(s.base());
        if (base == null) {
            return null;
        }
        if (base.rank() <= s.axis()) {
            terms.error(Code.E0303, s.span(), "`" + pass.source.slice(s.base().span()) + "` has shape "
                    + terms.resolved(base) + ", with no axis " + s.axis() + " for this subscript",
                    "a subscript position selects along one axis each", null);
            return null;
        }
        Dim d = terms.resolved(base.dim(s.axis()));
        if (d instanceof Dim.Known k && k.value() % s.stride() != 0) {
            terms.error(Code.E0304, s.span(), "axis " + s.axis() + " of `" + pass.source.slice(s.base().span())
                    + "` has size " + k.value() + ", which is not a multiple of the stride " + s.stride(), null, null);
            return null;
        }
        List<Dim> dims = new ArrayList<>(base.dims());
        dims.set(s.axis(), divide(d, s.stride()));
        return new Shape(dims);
    }

    Shape interleave(Term.Interleave il) {
        int stride = il.parts().size();
        Input declared = pass.program().outputDeclarations().get(owner);
        Shape first = null;
        Term.StridedPart firstPart = null;
        // The parts fill one tensor: their k-th indices range alike, whichever part says how far.
        List<IndexVar> lead = il.parts().get(0).indices();
        for (Term.StridedPart part : il.parts()) {
            for (int k = 0; k < Math.min(lead.size(), part.indices().size()); k++) {
                pass.unifier.unify(pass.extentOf(lead.get(k)), pass.extentOf(part.indices().get(k)));
            }
        }
        for (Term.StridedPart part : il.parts()) {
            List<Dim> dims = new ArrayList<>();
            for (int k = 0; k < part.indices().size(); k++) {
                IndexVar v = part.indices().get(k);
                Dim extent = pass.extentOf(v);
                if (declared != null && k < declared.dims().size()) {
                    Dim want = k == il.axis() ? divide(declared.dims().get(k), stride) : declared.dims().get(k);
                    if (!pass.unifier.unify(extent, want)) {
                        terms.error(Code.E0304, part.span(), "index `" + v.name() + "` ranges over "
                                + terms.resolved(extent) + " but the declaration of `" + owner.latexName()
                                + "` needs " + terms.resolved(want), "an index used on two dimensions forces them equal",
                                null);
                        return null;
                    }
                }
                dims.add(extent);
            }
            Shape body = terms.shape(part.body());
            if (body == null) {
                return null;
            }
            dims.addAll(body.dims());
            Shape shape = new Shape(dims);
            if (first == null) {
                first = shape;
                firstPart = part;
            } else if (!terms.unifyShapes(first, shape)) {
                Diagnostic.of(Code.E0123, pass.source, part.span(), "this part of `" + owner.latexName() + "` gives "
                                + terms.resolved(shape) + " but the first gives " + terms.resolved(first))
                        .caret("shape " + terms.resolved(shape))
                        .label(firstPart.span(), "shape " + terms.resolved(first))
                        .help("every part of a strided definition has the same shape")
                        .report(pass.diagnostics);
                return null;
            }
        }
        List<Dim> dims = new ArrayList<>(first.dims());
        dims.set(il.axis(), multiply(terms.resolved(first.dim(il.axis())), stride));
        return new Shape(dims);
    }

    Shape familyConcat(Term.FamilyConcat fc) {
        Shape family = terms.shape(fc.family());
        if (family == null) {
            return null;
        }
        if (family.rank() < 2) {
            terms.error(Code.E0303, fc.family().span(), "Concat joins members that are vectors or matrices; the members"
                    + " of `" + pass.source.slice(fc.family().span()) + "` have shape "
                    + terms.resolved(new Shape(family.dims().subList(Math.min(1, family.rank()), family.rank()))),
                    null, null);
            return null;
        }
        Dim members = family.dim(0);
        Dim last = sizeOf(fc.last());
        if (last == null || !pass.unifier.unify(members, last)) {
            terms.error(Code.E0122, fc.last().span(), "Concat runs to member `" + pass.source.slice(fc.last().span())
                    + "` but `" + pass.source.slice(fc.family().span()) + "` has " + terms.resolved(members) + " members",
                    "end at the family's last member, `" + terms.resolved(members) + "`", "not the last member");
            return null;
        }
        List<Dim> dims = new ArrayList<>(family.dims().subList(1, family.rank() - 1));
        dims.add(new Dim.Compound('*', terms.resolved(members), terms.resolved(family.fromEnd(1))));
        return new Shape(dims);
    }

    /** {@code operand}'s shape with axis {@code axis} {@code stride} times longer: the base a strided view came from. */
    Shape unstride(Term.Unstride u) {
        Shape operand = terms.shape(u.operand());
        if (operand == null) {
            return null;
        }
        List<Dim> dims = new ArrayList<>(operand.dims());
        dims.set(u.axis(), multiply(terms.resolved(operand.dim(u.axis())), u.stride()));
        return new Shape(dims);
    }

    private static Dim sizeOf(Term t) {
        if (t instanceof Term.DimValue d) {
            return new Dim.Symbol(d.dim(), false);
        }
        if (t instanceof Term.Literal l && l.value() == Math.rint(l.value()) && l.value() >= 1) {
            return new Dim.Known((int) l.value());
        }
        return null;
    }

    static Dim divide(Dim d, int by) {
        if (d instanceof Dim.Known k && k.value() % by == 0) {
            return new Dim.Known(k.value() / by);
        }
        if (d instanceof Dim.Compound c && c.op() == '*' && c.left() instanceof Dim.Known k && k.value() == by) {
            return c.right();
        }
        return new Dim.Compound('/', d, new Dim.Known(by));
    }

    static Dim multiply(Dim d, int by) {
        if (d instanceof Dim.Known k) {
            return new Dim.Known(k.value() * by);
        }
        if (d instanceof Dim.Compound c && c.op() == '/' && c.right() instanceof Dim.Known k && k.value() == by) {
            return c.left();
        }
        return new Dim.Compound('*', new Dim.Known(by), d);
    }
}
