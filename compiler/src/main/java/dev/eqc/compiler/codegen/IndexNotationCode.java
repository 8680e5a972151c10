package dev.eqc.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.eqc.compiler.codegen.BodyEmitter.Value;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import java.util.List;

/**
 * Index notation in the general path (SPEC 3.4; the layout is {@code dev.eqc.runtime.IndexOps}'s):
 * inside {@code S} index variables a value is {@code [batch..., slot_0 … slot_{S-1}, core...]}, one
 * axis per variable in scope; subscripts move axes into slots, reductions reduce a slot, a gathered
 * adjoint and a strided definition's parts expand the slots back into axes.
 */
final class IndexNotationCode {
    private final BodyEmitter e;

    IndexNotationCode(BodyEmitter e) {
        this.e = e;
    }

    /**
     * Strided definitions ({@code PE_{(pos, 2i)}}, {@code PE_{(pos, 2i+1)}}): each part is laid e.out
     * over its own indices as an element-wise definition is, then the parts are interleaved.
     */
    CodeBlock interleave(Term.Interleave il) {
        List<CodeBlock> parts = new java.util.ArrayList<>();
        int partRank = 0;
        for (Term.StridedPart part : il.parts()) {
            e.indexScope.clear();
            e.indexScope.addAll(part.indices());
            Value body = lift(e.asTensor(e.lower(part.body(), false)));
            CodeBlock extents = part.indices().stream().map(v -> e.sizes.apply(e.typed.extentOf(v)))
                    .collect(CodeBlock.joining(", "));
            String name = e.locals.allocate("part");
            e.out.add("// $L\n", Javadocs.text(e.typed.program().source().slice(part.span()).replaceAll("\\s+", " ").strip()));
            e.out.addStatement("$T $N = $T.expandSlots($L, $L, new int[] {$L})", RuntimeTypes.TENSOR, name,
                    RuntimeTypes.INDEX_OPS, body.code(), body.coreRank(), extents);
            parts.add(CodeBlock.of("$N", name));
            partRank = part.indices().size() + body.coreRank();
        }
        e.indexScope.clear();
        e.out.addStatement("return $T.interleave($L, $L)", RuntimeTypes.STRIDES, il.axis() - partRank,
                CodeBlock.join(parts, ", "));
        return e.out.build();
    }

    Value index(Term.Index ix) {
        String step = e.loopVars.get(ix.indices().get(0));
        if (step != null) {
            // u_k inside the loop of a recurrence over k: step k of u (the resolver allows k only as the sole index)
            Value base = e.asTensor(e.lower(ix.base(), false));
            if (ix.indices().size() != 1 || base.slots() != 0) {
                throw new IllegalStateException("a step of a recurrence read with other indices: " + ix.span());
            }
            return new Value(CodeBlock.of("$T.at($L, $L, $N)", RuntimeTypes.SCANS, base.code(), base.coreRank(), step),
                    true, e.rank(ix), 0);
        }
        Value base = e.asTensor(e.lower(ix.base(), false));
        boolean inOrder = base.slots() == 0 && ix.indices().size() == e.indexScope.size();
        for (int k = 0; inOrder && k < ix.indices().size(); k++) {
            inOrder = e.indexScope.lastIndexOf(ix.indices().get(k)) == k;
        }
        if (inOrder) {
            // x_i with i the only index in e.scope (or W_{ij} with i, j in order): the layout is x itself.
            return new Value(base.code(), true, e.rank(ix), e.indexScope.size());
        }
        CodeBlock slots = ix.indices().stream().map(v -> CodeBlock.of("$L", e.indexScope.lastIndexOf(v)))
                .collect(CodeBlock.joining(", "));
        return new Value(CodeBlock.of("$T.spread($L, $L, new int[] {$L}, $L, $L)", RuntimeTypes.INDEX_OPS, base.code(),
                base.coreRank(), slots, e.indexScope.size(), base.slots() > 0), true, e.rank(ix), e.indexScope.size());
    }

    Value iota(IndexVar v) {
        CodeBlock iota = CodeBlock.of("$T.iota($L, $L, $L, $L)", RuntimeTypes.INDEX_OPS, e.sizes.apply(e.typed.extentOf(v)),
                v.firstValue(), e.indexScope.lastIndexOf(v), e.indexScope.size());
        if (e.scalarType.equals("FLOAT64")) {
            // A body made only of index values and numbers (PE_{(pos, 2i)}) must still be double.
            iota = CodeBlock.of("$L.toDType($T.FLOAT64)", iota, RuntimeTypes.DTYPE);
        }
        return new Value(iota, true, 0, e.indexScope.size());
    }

    Value reduce(Term.Reduce red, boolean top) {
        IndexVar v = red.var();
        e.indexScope.add(v);
        Value body = lift(e.asTensor(e.lower(red.body(), false)));
        for (IndexVar other : v.excluded()) {
            // \sum_{j \ne i}: terms where the two indices are equal count as zero.
            CodeBlock mask = CodeBlock.of("$T.notEqual($L, $L)", RuntimeTypes.INDEX_OPS, iota(v).code(), iota(other).code());
            body = new Value(CodeBlock.of("$T.mul($L, $T.alignCore($L, 0, $L))", RuntimeTypes.OPS, body.code(),
                    RuntimeTypes.OPS, mask, body.coreRank()), true, body.coreRank(), e.indexScope.size());
        }
        e.indexScope.remove(e.indexScope.size() - 1);
        CodeBlock code = CodeBlock.of("$T.reduce($L, $L, $L, $T.Reduction.$L, $L)", RuntimeTypes.INDEX_OPS,
                body.code(), -(1 + body.coreRank()), e.sizes.apply(e.typed.extentOf(v)), RuntimeTypes.INDEX_OPS,
                red.op().name(), v.firstValue());
        return e.stepLocals.step(red, code, top, red.op().name().toLowerCase(java.util.Locale.ROOT), e.indexScope.size());
    }

    /** Tensors for every operand, with slot axes on all of them if any has them. */
    List<Value> sameLayout(List<Value> values) {
        List<Value> tensors = values.stream().map(e::asTensor).toList();
        if (tensors.stream().anyMatch(v -> v.slots() > 0)) {
            return tensors.stream().map(this::lift).toList();
        }
        return tensors;
    }

    /** Gives a slot-free tensor the e.scope's slot axes (all of size 1). */
    Value lift(Value v) {
        if (!v.tensor() || v.constant() || e.indexScope.isEmpty() || v.slots() == e.indexScope.size()) {
            return v;
        }
        return new Value(CodeBlock.of("$T.alignCore($L, $L, $L)", RuntimeTypes.OPS, v.code(), v.coreRank(),
                v.coreRank() + e.indexScope.size()), true, v.coreRank(), e.indexScope.size());
    }
}
