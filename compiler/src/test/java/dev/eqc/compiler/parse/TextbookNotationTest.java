package dev.eqc.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Display equations in the notation of deep-learning textbooks ({@code textbook/notation.txt}, written
 * for these tests), as a textbook-parsing script hands them over: the block as written (over several
 * lines), joined into one line, and with its {@code $$} delimiters. Each parses without an error in
 * every form; checking it (which may reject an integral or an inequality with a diagnostic) never
 * throws. {@code scripts/textbook_parse.py} measures the same on a whole book.
 */
class TextbookNotationTest {
    static Stream<Arguments> equations() throws IOException {
        String text;
        try (InputStream in = TextbookNotationTest.class.getResourceAsStream("/textbook/notation.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        List<String> blocks = Arrays.stream(text.split("\n---\n")).skip(1).map(String::strip).toList();
        assertTrue(blocks.size() >= 40 && blocks.size() <= 80, "notation.txt holds " + blocks.size() + " equations");
        return blocks.stream().flatMap(b -> Stream.of(
                Arguments.of("as written", b),
                Arguments.of("one line", b.replaceAll("\\s+", " ")),
                Arguments.of("with $$", "$$\n" + b + "\n$$")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("equations")
    void parsesAndChecksWithoutACrash(String form, String equation) {
        Diagnostics diagnostics = new Diagnostics();
        Program program = Parser.parse(new SourceFile("t.eq", equation), diagnostics);
        assertFalse(diagnostics.hasErrors(), () -> diagnostics.all().toString());
        assertFalse(program.statements().isEmpty(), "no statement");
        assertDoesNotThrow(() -> EqCompiler.check(new SourceFile("t.eq", equation), Options.forClass("T"),
                new Diagnostics()));
    }
}
