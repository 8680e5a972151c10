package dev.eqc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {
    @TempDir
    Path base;

    private Path src() {
        return base.resolve("src/main/eqc");
    }

    private void file(String relative) throws IOException {
        Path p = src().resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "y = x\n");
    }

    private List<EqInput> scan(List<String> includes, List<String> excludes, String pkg) throws Exception {
        return new SourceScanner(base, src(), includes, excludes, pkg).scan();
    }

    @Test
    void packageComesFromTheFoldersAndClassFromTheFileName() throws Exception {
        file("com/acme/attention.eq");
        file("layer_norm.eq");
        List<EqInput> inputs = scan(null, null, null);
        assertEquals(List.of("com.acme.Attention", "LayerNorm"), inputs.stream().map(EqInput::qualifiedName).toList());
        assertEquals("src/main/eqc/com/acme/attention.eq", inputs.get(0).displayPath());
    }

    @Test
    void packageNameReplacesTheFolders() throws Exception {
        file("paper/section3/ffn.eq");
        assertEquals("com.example.Ffn", scan(null, null, "com.example").get(0).qualifiedName());
    }

    @Test
    void includesAndExcludesSelectFiles() throws Exception {
        file("a.eq");
        file("drafts/b.eq");
        file("notes.txt");
        assertEquals(List.of("A"), scan(null, List.of("drafts/**"), null).stream().map(EqInput::className).toList());
        assertEquals(List.of("notes.txt"),
                scan(List.of("*.txt"), null, null).stream().map(i -> i.file().getFileName().toString()).toList());
    }

    @Test
    void aFolderThatIsNoJavaPackageIsAnErrorNamingTheFile() throws Exception {
        file("my-models/attention.eq");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> scan(null, null, null));
        assertTrue(e.getMessage().startsWith("src/main/eqc/my-models/attention.eq: error:"), e.getMessage());
    }

    @Test
    void twoFilesForOneClassAreAnError() throws Exception {
        file("a/ffn.eq");
        file("b/ffn.eq");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> scan(null, null, "x"));
        assertTrue(e.getMessage().contains("generates class x.Ffn, as src/main/eqc/a/ffn.eq does"), e.getMessage());
    }

    @Test
    void fileNamesThatMakeOneClassNameAreAnErrorNamingBoth() throws Exception {
        file("my-eq.eq");
        file("my_eq.eq");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> scan(null, null, null));
        assertTrue(e.getMessage().contains("src/main/eqc/my_eq.eq: error: generates class MyEq, as src/main/eqc/my-eq.eq does"),
                e.getMessage());
    }

    @Test
    void packagesThatDifferOnlyInCaseAreAnError() throws Exception {
        file("com/Acme/x.eq");
        file("com/acme/x.eq");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> scan(null, null, null));
        assertTrue(e.getMessage().contains("differs only in case from com.Acme.X of src/main/eqc/com/Acme/x.eq"),
                e.getMessage());
    }

    @Test
    void aBadPackageNameIsAnError() {
        assertThrows(MojoFailureException.class, () -> scan(null, null, "com.acme.class"));
    }

    @Test
    void noSourceDirectoryMeansNoInputs() throws Exception {
        assertEquals(List.of(), scan(null, null, null));
    }
}
