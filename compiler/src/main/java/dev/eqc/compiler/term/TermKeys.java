package dev.eqc.compiler.term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers terms so that two terms get the same number exactly when they are the same computation:
 * the same kind, the same fields other than sub-terms and spans, and sub-terms with the same
 * numbers. Definitions, inputs and index variables count by identity. A pass that computes each
 * value once (code generation's locals) looks values up by this number, so {@code \mathrm{mean}(x)}
 * written twice, or rebuilt by the gradient pass, is computed once.
 */
public final class TermKeys {
    private final Map<Term, Integer> keys = new IdentityHashMap<>();
    private final Map<List<Object>, Integer> interned = new HashMap<>();
    private final Fields fields = new Fields();

    /** The number of {@code t}. */
    public int of(Term t) {
        Integer known = keys.get(t);
        if (known != null) {
            return known;
        }
        List<Object> key = new ArrayList<>();
        key.add(t.getClass());
        key.addAll(t.accept(fields, null));
        for (Term k : t.children()) {
            key.add(of(k));
        }
        int id = interned.computeIfAbsent(key, k -> interned.size());
        keys.put(t, id);
        return id;
    }

    /** What identifies a term besides its kind and its sub-terms. */
    private static final class Fields implements Term.Visitor<Void, List<Object>> {
        /** Objects compared by identity inside a key. */
        private record Same(Object o) {
            @Override
            public boolean equals(Object other) {
                return other instanceof Same s && s.o == o;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(o);
            }
        }

        private static List<Object> same(Object... objects) {
            List<Object> out = new ArrayList<>();
            for (Object o : objects) {
                out.add(new Same(o));
            }
            return out;
        }

        @Override
        public List<Object> literal(Term.Literal t, Void a) {
            return List.of(Double.doubleToRawLongBits(t.value()));
        }

        @Override
        public List<Object> dimValue(Term.DimValue t, Void a) {
            return List.of(t.dim());
        }

        @Override
        public List<Object> inputRef(Term.InputRef t, Void a) {
            return same(t.input());
        }

        @Override
        public List<Object> paramRef(Term.ParamRef t, Void a) {
            return List.of(t.index());
        }

        @Override
        public List<Object> constRef(Term.ConstRef t, Void a) {
            return same(t.constant());
        }

        @Override
        public List<Object> valueRef(Term.ValueRef t, Void a) {
            return same(t.definition());
        }

        @Override
        public List<Object> call(Term.Call t, Void a) {
            return same(t.function());
        }

        @Override
        public List<Object> builtinCall(Term.BuiltinCall t, Void a) {
            return List.of(t.builtin());
        }

        @Override
        public List<Object> arith(Term.Arith t, Void a) {
            return List.of(t.op());
        }

        @Override
        public List<Object> product(Term.Product t, Void a) {
            return List.of(t.explicit());
        }

        @Override
        public List<Object> power(Term.Power t, Void a) {
            return List.of();
        }

        @Override
        public List<Object> negate(Term.Negate t, Void a) {
            return List.of();
        }

        @Override
        public List<Object> transpose(Term.Transpose t, Void a) {
            return List.of();
        }

        @Override
        public List<Object> index(Term.Index t, Void a) {
            return same(t.indices().toArray());
        }

        @Override
        public List<Object> indexValue(Term.IndexValue t, Void a) {
            return same(t.var());
        }

        @Override
        public List<Object> reduce(Term.Reduce t, Void a) {
            List<Object> out = new ArrayList<>(same(t.var()));
            out.add(t.op());
            return out;
        }

        @Override
        public List<Object> compare(Term.Compare t, Void a) {
            return List.of(t.op());
        }

        @Override
        public List<Object> where(Term.Where t, Void a) {
            return List.of();
        }

        @Override
        public List<Object> alongAxis(Term.AlongAxis t, Void a) {
            return List.of(t.builtin(), t.dim(), t.keep());
        }

        @Override
        public List<Object> gradient(Term.Gradient t, Void a) {
            return same(t.wrt());
        }

        @Override
        public List<Object> sumTo(Term.SumTo t, Void a) {
            return List.of();
        }

        @Override
        public List<Object> stack(Term.Stack t, Void a) {
            return same(t.vars().toArray());
        }

        @Override
        public List<Object> sliceLast(Term.SliceLast t, Void a) {
            return List.of(t.before().size());
        }

        @Override
        public List<Object> insertAxis(Term.InsertAxis t, Void a) {
            return List.of(t.axis());
        }

        @Override
        public List<Object> strided(Term.Strided t, Void a) {
            return List.of(t.axis(), t.stride(), t.offset());
        }

        @Override
        public List<Object> interleave(Term.Interleave t, Void a) {
            List<Object> out = new ArrayList<>();
            out.add(t.axis());
            t.parts().forEach(p -> out.addAll(same(p.indices().toArray())));
            return out;
        }

        @Override
        public List<Object> familyConcat(Term.FamilyConcat t, Void a) {
            return same(t.last());
        }

        @Override
        public List<Object> unstride(Term.Unstride t, Void a) {
            return List.of(t.axis(), t.stride(), t.offset());
        }

        @Override
        public List<Object> scan(Term.Scan t, Void a) {
            List<Object> out = new ArrayList<>(same(t.step()));
            out.add(t.backward());
            return out;
        }

        @Override
        public List<Object> scanState(Term.ScanState t, Void a) {
            return same(t.step());
        }

        @Override
        public List<Object> splitFamily(Term.SplitFamily t, Void a) {
            return List.of();
        }
    }
}
