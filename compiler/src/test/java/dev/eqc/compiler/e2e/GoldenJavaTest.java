package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated Java of every example, compared with its golden file under
 * {@code compiler/src/test/golden/}. Review changes through the git diff; regenerate with
 * {@code mvn test -Dgolden.update=true}.
 */
class GoldenJavaTest {
    static Stream<Path> examples() {
        return Examples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void generatedJavaMatchesGolden(Path example) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Options options = Options.forClass(Examples.className(example));
        List<GeneratedFile> files = EqCompiler.translate(Examples.read(example), options, diagnostics);
        assertFalse(diagnostics.hasErrors(), () -> diagnostics.all().toString());
        String actual = files.get(0).source();
        String name = example.getFileName().toString().replace(".eq", ".java.golden");
        Path golden = Examples.root().resolve("compiler/src/test/golden").resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
            return;
        }
        if (!Files.exists(golden)) {
            fail("missing golden file " + golden + "; create it with -Dgolden.update=true and review it");
        }
        assertEquals(Files.readString(golden), actual, "generated Java changed; if intended, rerun with -Dgolden.update=true");
    }
}
