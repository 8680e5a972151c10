package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in docs/LANGUAGE.md (each fenced block) compiles without an error and its generated
 * Java compiles: the language reference users read cannot drift from what eqc accepts.
 */
class LanguageDocExamplesTest {
    record Example(int line, String text) {
        @Override
        public String toString() {
            return "LANGUAGE.md:" + line;
        }
    }

    static Stream<Example> examples() throws Exception {
        Path doc = Examples.root().resolve("docs").resolve("LANGUAGE.md");
        List<String> lines = Files.readAllLines(doc);
        List<Example> out = new ArrayList<>();
        StringBuilder block = null;
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                if (block == null) {
                    block = new StringBuilder();
                    start = i + 2;
                } else {
                    out.add(new Example(start, block.toString()));
                    block = null;
                }
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        assertFalse(out.isEmpty(), "no examples found in " + doc);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleCompilesAndItsJavaCompiles(Example e) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Options options = new Options("DocExample", "", Precision.DOUBLE, false);
        TypedProgram typed = EqCompiler.check(new SourceFile("LANGUAGE.md", e.text()), options, diagnostics)
                .orElseThrow(() -> new AssertionError(e.text() + diagnostics.all()));
        assertTrue(!diagnostics.hasErrors(), () -> diagnostics.all().toString());
        EquationRunner.compile(typed, options);
    }
}
