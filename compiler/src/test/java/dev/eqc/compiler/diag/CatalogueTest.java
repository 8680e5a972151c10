package dev.eqc.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogue behind `eqc explain` and docs/DIAGNOSTICS.md: complete, current, and its examples true. */
class CatalogueTest {
    @ParameterizedTest
    @EnumSource(Code.class)
    void everyCodeIsExplainedWithItsExamples(Code code) {
        String text = Catalogue.explain(code);
        assertTrue(text.startsWith(code + ": " + code.title()), text);
        assertTrue(text.contains("Wrong:") && text.contains("Right:"), text);
    }

    /** The examples are checked: the wrong one reports its code, the right one does not. */
    @ParameterizedTest
    @EnumSource(value = Code.class, names = {"E0001", "E0002", "E0004", "E0101", "E0102", "E0103", "E0104", "E0105",
        "E0106", "E0107", "E0108", "E0109", "E0110", "E0111", "E0120", "E0121", "E0122", "E0123", "E0140", "E0301", "E0302",
        "E0303", "E0304", "E0305", "E0501", "W0101", "W0102", "W0140", "W0141", "W0195", "W0196", "W0197"})
    void examplesShowTheirCode(Code code) {
        Catalogue.Entry e = Catalogue.entry(code);
        assertTrue(codes(e.wrong()).contains(code), "wrong example of " + code + " gives " + codes(e.wrong()));
        assertTrue(!codes(e.right()).contains(code), "right example of " + code + " gives " + codes(e.right()));
    }

    private static java.util.Set<Code> codes(String text) {
        Diagnostics d = new Diagnostics();
        EqCompiler.check(new SourceFile("example.eq", text + "\n"), Options.forClass("T"), d);
        java.util.Set<Code> out = java.util.EnumSet.noneOf(Code.class);
        d.all().forEach(x -> out.add(x.code()));
        return out;
    }

    @Test
    void diagnosticsDocIsGeneratedFromTheCatalogue() throws Exception {
        String root = System.getProperty("eqc.repo.root", "..");
        Path doc = Path.of(root, "docs", "DIAGNOSTICS.md");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(doc, Catalogue.markdown());
            return;
        }
        if (!Files.exists(doc)) {
            fail("missing " + doc + "; create it with -Dgolden.update=true");
        }
        assertEquals(Files.readString(doc), Catalogue.markdown(), "docs/DIAGNOSTICS.md is stale; rerun with -Dgolden.update=true");
    }
}
