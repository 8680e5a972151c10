package dev.eqc.maven;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutputNameTest {
    @ParameterizedTest
    @ValueSource(strings = {"Attention.java", "com/acme/Attention.java", "dev/eqc/it/LayerNormTest.java",
            "\u03b1lpha/\u0391ttention.java", "a_/$.java", "x/_y.java"})
    void generatedNamesPass(String name) {
        assertNull(OutputName.problem(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'';empty",
            "/etc/passwd;absolute",
            "/work/project/src/main/java/Hand.java;absolute",
            "C:/Users/x/Hand.java;absolute",
            "C:Hand.java;absolute",
            "com\\acme\\Attention.java;backslash",
            "../pom.xml;'..'",
            "../outside.txt;'..'",
            "com/../../Escape.java;'..'",
            "com/acme/../../../../Escape.java;'..'",
            "./Attention.java;'.'",
            "com//Attention.java;empty path segment",
            "com/acme/;empty path segment",
            "com/acme/Attention.java/;empty path segment",
            "pom.xml;not a .java file",
            "com/acme;not a .java file",
            "my-models/Attention.java;not a Java package name",
            "com.acme/Attention.java;not a Java package name",
            "class/Attention.java;not a Java package name",
            "com/a.b.java;not named after a Java class",
            "com/.java;not named after a Java class",
    })
    void everyEscapeAndNonSourceIsRefused(String name, String reason) {
        String problem = OutputName.problem(name);
        assertNotNull(problem, name);
        assertTrue(problem.contains(reason), name + ": " + problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"com/acme/A\u0000.java", "com/\u001b[31m/X.java", "com/acme/X\n.java", "a\u0001b/X.java"})
    void controlCharactersAreRefused(String name) {
        String problem = OutputName.problem(name);
        assertNotNull(problem, name);
        assertTrue(problem.contains("control character"), problem);
    }
}
