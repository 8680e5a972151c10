package dev.eqc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogTextTest {
    @Test
    void controlCharactersCannotForgeLinesOrRepaintTheTerminal() {
        assertEquals("a?[INFO] BUILD SUCCESS", LogText.of("a\n[INFO] BUILD SUCCESS"));
        assertEquals("?[2J", LogText.of("\u001b[2J"));
        assertEquals("src/main/eqc/\u03b1.eq", LogText.of("src/main/eqc/\u03b1.eq"));
    }

    @Test
    void longTextIsCut() {
        String cut = LogText.of("x".repeat(10_000));
        assertTrue(cut.length() < 400, cut);
        assertTrue(cut.endsWith("\u2026"));
    }
}
