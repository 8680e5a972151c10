package dev.eqc.compiler.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.source.Span;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one traversal of {@link Term}, for every permitted kind, found by reflection (so a new kind
 * is covered the moment it exists): {@code children} lists every sub-term field, {@code
 * withChildren} puts new sub-terms exactly there and keeps every other field, returns the term
 * itself when nothing changed, and {@code accept} calls the visitor method of the term's own kind.
 */
class TermTraversalTest {
    private static final Span AT = new Span(0, 1);
    private static final Input INPUT = new Input("x", "x", "x", AT, List.of(new Dim.Symbol("d", false)), false, true, 0);
    private static final IndexVar VAR = new IndexVar("i", AT, null, null, List.of());
    private static int next;

    static Stream<Class<?>> kinds() {
        return Arrays.stream(Term.class.getPermittedSubclasses());
    }

    @Test
    void everyKindIsARecordWithAVisitorMethod() {
        List<String> visitorMethods = Arrays.stream(Term.Visitor.class.getDeclaredMethods()).map(m -> m.getName()).toList();
        assertEquals(Term.class.getPermittedSubclasses().length, visitorMethods.size(),
                "one visitor method per kind of term");
        for (Class<?> kind : Term.class.getPermittedSubclasses()) {
            assertTrue(kind.isRecord(), kind + " is a record");
            assertTrue(visitorMethods.contains(visitorMethodOf(kind)), "Visitor has " + visitorMethodOf(kind));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void childrenAreTheSubTermFieldsAndRebuildPutsThemBack(Class<?> kind) throws Exception {
        Term t = sample(kind);
        List<Term> kids = t.children();
        assertSame(t, t.withChildren(new ArrayList<>(kids)), "rebuilding with the same sub-terms gives the term itself");
        // Every sub-term field (a Term, a list of Terms, a part's body) is listed, each once.
        assertEquals(subTermFields(t).size(), kids.size(), () -> "children of " + t);
        for (Term field : subTermFields(t)) {
            assertTrue(kids.stream().anyMatch(k -> k == field), () -> kind.getSimpleName() + " lists " + field);
        }
        if (kids.isEmpty()) {
            return;
        }
        List<Term> fresh = kids.stream().map(k -> (Term) literal()).toList();
        Term rebuilt = t.withChildren(fresh);
        assertNotSame(t, rebuilt);
        assertEquals(kind, rebuilt.getClass());
        List<Term> after = rebuilt.children();
        assertEquals(fresh.size(), after.size());
        for (int i = 0; i < fresh.size(); i++) {
            assertSame(fresh.get(i), after.get(i), "sub-term " + i + " of " + kind.getSimpleName());
        }
        // Everything that is not a sub-term is kept: rebuilding back gives an equal term.
        assertEquals(t, rebuilt.withChildren(kids));
        assertThrows(IllegalArgumentException.class, () -> t.withChildren(List.of(literal(), literal(), literal(),
                literal(), literal(), literal(), literal())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void acceptCallsTheMethodOfItsOwnKind(Class<?> kind) throws Exception {
        Term t = sample(kind);
        InvocationHandler handler = (proxy, method, args) -> method.getName();
        @SuppressWarnings("unchecked")
        Term.Visitor<Void, String> names = (Term.Visitor<Void, String>) Proxy.newProxyInstance(
                Term.Visitor.class.getClassLoader(), new Class<?>[] {Term.Visitor.class}, handler);
        assertEquals(visitorMethodOf(kind), t.accept(names, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shapeWitnessesAreChildren(Class<?> kind) throws Exception {
        Term t = sample(kind);
        for (Term w : t.shapeWitnesses()) {
            assertTrue(t.children().stream().anyMatch(k -> k == w), kind.getSimpleName());
        }
        assertFalse(t.shapeWitnesses().size() > t.children().size());
    }

    @Test
    void preorderVisitsEveryTermOfATree() {
        Term a = literal();
        Term b = literal();
        Term sum = new Term.Arith(AT, AT, Term.ArithOp.ADD, a, b);
        Term root = new Term.Negate(AT, sum);
        List<Term> order = TermTrees.preorder(root);
        assertEquals(4, order.size());
        assertSame(root, order.get(0));
        assertSame(sum, order.get(1));
        assertSame(a, order.get(2));
        assertSame(b, order.get(3));
        assertTrue(TermTrees.any(root, t -> t == b));
    }

    private static String visitorMethodOf(Class<?> kind) {
        String n = kind.getSimpleName();
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    private static Term.Literal literal() {
        return new Term.Literal(AT, next++);
    }

    /** The Term-valued fields of a record term: its Term components, the Terms of its lists, the bodies of parts. */
    private static List<Term> subTermFields(Term t) throws Exception {
        List<Term> out = new ArrayList<>();
        for (RecordComponent c : t.getClass().getRecordComponents()) {
            Object v = c.getAccessor().invoke(t);
            if (v instanceof Term term && !(t instanceof Term.FamilyConcat && c.getName().equals("last"))) {
                out.add(term);
            } else if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Term term) {
                        out.add(term);
                    } else if (o instanceof Term.StridedPart part) {
                        out.add(part.body());
                    }
                }
            }
        }
        return out;
    }

    /** An instance of {@code kind} whose every field has a distinct value. */
    private static Term sample(Class<?> kind) throws Exception {
        RecordComponent[] components = kind.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = value(components[i].getType(), components[i].getGenericType());
        }
        return (Term) kind.getDeclaredConstructor(types).newInstance(args);
    }

    private static final Map<Class<?>, Object> FIXED = new IdentityHashMap<>(Map.of(
            Span.class, AT,
            Input.class, INPUT,
            IndexVar.class, VAR,
            Builtin.class, Builtin.EXP,
            String.class, "d",
            Param.class, new Param("x", "x", "x", AT, null),
            Constant.class, new Constant("c", "c", "c", AT, 2.0),
            Definition.class, new Definition("f", "f", "f", AT, AT, false, List.of(), List.of(), List.of(), literal(),
                    null, "f = 0")));

    private static Object value(Class<?> type, Type generic) {
        if (FIXED.containsKey(type)) {
            return FIXED.get(type);
        }
        if (type == Term.class) {
            return literal();
        }
        if (type == int.class) {
            return 1;
        }
        if (type == double.class) {
            return 0.5;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            if (element == Term.class) {
                return List.of(literal(), literal());
            }
            if (element == IndexVar.class) {
                return List.of(VAR);
            }
            if (element == Term.StridedPart.class) {
                return List.of(new Term.StridedPart(AT, List.of(VAR), literal()),
                        new Term.StridedPart(AT, List.of(VAR), literal()));
            }
        }
        throw new IllegalStateException("no sample value of " + generic + ": add one to TermTraversalTest");
    }
}
