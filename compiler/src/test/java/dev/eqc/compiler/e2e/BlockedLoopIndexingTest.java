package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.diag.Diagnostics;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A flat fused loop split into blocks (a {@code VecMath} kernel in its element expression) indexes
 * every array of its element loops alike, by the loop variable alone: each block of the loads is
 * copied into an array of its own and the results are copied out. C2's auto-vectoriser does not
 * vectorise a loop where {@code xs[start + e]} meets {@code scratch[e]}: GELU's element loops ran
 * scalar (27 ms per 16M on one core against 18 ms with block copies, JDK 17; docs/PERFORMANCE.md).
 */
class BlockedLoopIndexingTest {
    private static final Pattern ELEMENT_LOOP =
            Pattern.compile("for \\(int start = lo;.*?\\n(\\s*)\\}\\n", Pattern.DOTALL);

    static Stream<Path> examples() {
        return Examples.all().filter(p -> Stream.of("gelu.eq", "gelu_exact.eq", "swish.eq", "elu.eq", "softplus.eq")
                .anyMatch(n -> p.getFileName().toString().equals(n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyArrayOfABlockedLoopIsIndexedByTheLoopVariableAlone(Path example) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        String source = EqCompiler.translate(Examples.read(example), Options.forClass(Examples.className(example)),
                diagnostics).get(0).source();
        assertFalse(diagnostics.hasErrors(), () -> diagnostics.all().toString());
        Matcher blocks = ELEMENT_LOOP.matcher(source);
        int count = 0;
        while (blocks.find()) {
            count++;
            String block = blocks.group();
            assertFalse(block.contains("[start + e]"), () -> "an element loop reads or writes at start + e:\n" + block);
            assertTrue(block.contains("System.arraycopy"), () -> "no block copy:\n" + block);
        }
        assertTrue(count > 0, () -> "no blocked flat loop in " + example + ":\n" + source);
    }
}
