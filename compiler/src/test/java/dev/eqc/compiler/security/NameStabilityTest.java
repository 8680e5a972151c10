package dev.eqc.compiler.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Generated names do not depend on the order of the statements: a caller's code that calls
 * {@code foo} keeps working when a definition {@code \mathrm{Foo}} is added above it.
 */
class NameStabilityTest {
    private static final List<String> DEFINITIONS = List.of(
            "\\mathrm{foo} = x + 1",
            "\\mathrm{Foo} = x + 2",
            "\\mathrm{FOO}(v) = v + 3",
            "\\mathrm{ffn} = x + 4",
            "\\mathrm{FFN} = x + 5");

    private static Map<String, String> javaNames(List<String> definitions) {
        String text = "x \\in \\mathbb{R}^{d}\n" + String.join("\n", definitions) + "\n";
        Diagnostics diagnostics = new Diagnostics();
        TypedProgram typed = EqCompiler.check(new SourceFile("names.eq", text), Options.forClass("Names"), diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all()));
        Map<String, String> out = new TreeMap<>();
        for (Definition d : typed.program().definitions()) {
            out.put(d.latexName(), d.javaName());
        }
        return out;
    }

    @Test
    void namesAreTheSameInEveryOrder() {
        Map<String, String> first = javaNames(DEFINITIONS);
        assertEquals("foo", first.get("\\mathrm{foo}"));
        assertEquals("ffn", first.get("\\mathrm{ffn}"));
        List<String> order = new ArrayList<>(DEFINITIONS);
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(order, random);
            assertEquals(first, javaNames(order), "order " + order);
        }
    }

    @Test
    void addingADefinitionDoesNotRenameAnother() {
        assertEquals("foo", javaNames(List.of("\\mathrm{foo} = x + 1")).get("\\mathrm{foo}"));
        for (String added : List.of("\\mathrm{Foo} = x", "\\mathrm{FOO} = x", "\\mathrm{Foo}(v) = v")) {
            Map<String, String> before = javaNames(List.of(added, "\\mathrm{foo} = x + 1"));
            Map<String, String> after = javaNames(List.of("\\mathrm{foo} = x + 1", added));
            assertEquals("foo", before.get("\\mathrm{foo}"), added);
            assertEquals(before, after);
            assertFalse(before.containsValue("foo_2"), before::toString);
        }
    }
}
