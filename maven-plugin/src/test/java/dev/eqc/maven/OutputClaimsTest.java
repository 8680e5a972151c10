package dev.eqc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutputClaimsTest {
    @Test
    void oneInputsOwnOutputsDoNotClash() {
        OutputClaims c = new OutputClaims();
        c.claim("a.eq", "main/A.java");
        c.claim("a.eq", "test/ATest.java");
        c.claim("b.eq", "main/B.java");
        assertEquals(List.of(), c.problems());
    }

    @Test
    void theSameFileFromTwoInputsIsAnErrorNamingBoth() {
        OutputClaims c = new OutputClaims();
        c.claim("src/main/eqc/a/attention.eq", "main/x/Attention.java");
        c.claim("src/main/eqc/b/attention.eq", "main/x/Attention.java");
        assertEquals(List.of("src/main/eqc/b/attention.eq: error: generates main/x/Attention.java, which"
                + " src/main/eqc/a/attention.eq generates too; rename one of the inputs"), c.problems());
        assertEquals(Set.of("src/main/eqc/a/attention.eq", "src/main/eqc/b/attention.eq"), c.clashing());
    }

    @Test
    void namesThatDifferOnlyInCaseClash() {
        OutputClaims c = new OutputClaims();
        c.claim("src/main/eqc/com/Acme/x.eq", "main/com/Acme/X.java");
        c.claim("src/main/eqc/com/acme/x.eq", "main/com/acme/X.java");
        assertEquals(1, c.problems().size());
        assertTrue(c.problems().get(0).contains("differs only in case"), c.problems().get(0));
    }

    @Test
    void aMainClassAndATestClassOfTheSameNameClash() {
        OutputClaims c = new OutputClaims();
        c.claim("src/main/eqc/attention.eq", "main/Attention.java");
        c.claim("src/main/eqc/attention.eq", "test/AttentionTest.java");
        c.claim("src/main/eqc/attention_test.eq", "main/AttentionTest.java");
        assertEquals(1, c.problems().size());
        assertTrue(c.problems().get(0).startsWith("src/main/eqc/attention_test.eq: error: generates main/AttentionTest.java,"
                + " the same class as src/main/eqc/attention.eq's test/AttentionTest.java"), c.problems().get(0));
    }
}
