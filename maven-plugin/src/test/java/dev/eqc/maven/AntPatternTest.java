package dev.eqc.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AntPatternTest {
    @Test
    void doubleStarSlashAlsoMatchesTheTopFolder() {
        AntPattern p = new AntPattern("**/*.eq");
        assertTrue(p.matches("attention.eq"));
        assertTrue(p.matches("com/acme/attention.eq"));
        assertFalse(p.matches("attention.eq.bak"));
        assertFalse(p.matches("notes.txt"));
    }

    @Test
    void singleStarStaysInOneFolder() {
        AntPattern p = new AntPattern("*.eq");
        assertTrue(p.matches("a.eq"));
        assertFalse(p.matches("x/a.eq"));
    }

    @Test
    void trailingDoubleStarAndTrailingSlashMatchEverythingBelow() {
        assertTrue(new AntPattern("legacy/**").matches("legacy/a/b.eq"));
        assertTrue(new AntPattern("legacy/").matches("legacy/b.eq"));
        assertFalse(new AntPattern("legacy/**").matches("modern/b.eq"));
    }

    @Test
    void questionMarkIsOneCharacterAndDotsAreLiteral() {
        AntPattern p = new AntPattern("layer?.eq");
        assertTrue(p.matches("layer1.eq"));
        assertFalse(p.matches("layer12.eq"));
        assertFalse(new AntPattern("a.eq").matches("abeq"));
    }
}
