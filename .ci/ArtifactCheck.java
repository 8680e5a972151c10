import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The artifact checks of .ci/artifacts.sh (issue 18), with nothing but the JDK:
 *
 * <pre>
 * java .ci/ArtifactCheck.java snapshot ROOT DEST   copy the build outputs of every module to DEST
 * java .ci/ArtifactCheck.java compare A B          the two snapshots must be byte-identical
 * java .ci/ArtifactCheck.java staged REPO [signed] a deployed repository holds what Central needs
 *                                                  (signed: and a .asc signature beside each file,
 *                                                  as mvn -Prelease deploy writes)
 * java .ci/ArtifactCheck.java selftest             each check above fails on a broken input
 * </pre>
 *
 * Exit status 0 when the check passes, 1 when it finds a problem (each one printed), 2 on
 * wrong usage.
 */
public final class ArtifactCheck {
    /** The published modules and the Automatic-Module-Name each main jar must carry. */
    static final Map<String, String> PUBLISHED = new LinkedHashMap<>();
    static {
        PUBLISHED.put("eqc-runtime", "dev.eqc.runtime");
        PUBLISHED.put("eqc-compiler", "dev.eqc.compiler");
        PUBLISHED.put("eqc-cli", "dev.eqc.cli");
        PUBLISHED.put("eqc-maven-plugin", "dev.eqc.maven");
    }
    static final String GROUP_PATH = "dev/eqc";
    static final String PARENT = "eqc-parent";
    /** Built, never deployed. */
    static final List<String> NOT_PUBLISHED = List.of("eqc-benchmarks");
    /** What every published jar module must have in the repository: classifier/extension. */
    static final List<String> JAR_FILES = List.of(".jar", "-sources.jar", "-javadoc.jar", ".pom",
            "-cyclonedx.json", "-cyclonedx.xml");
    static final List<String> PARENT_FILES = List.of(".pom", "-cyclonedx.json", "-cyclonedx.xml");

    private final List<String> problems = new ArrayList<>();
    /** Whether each deployed file must have its .asc signature (a release). */
    private boolean signed;

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        ArtifactCheck c = new ArtifactCheck();
        switch (args[0]) {
            case "snapshot" -> {
                if (args.length != 3) usage();
                int n = snapshot(Path.of(args[1]), Path.of(args[2]));
                System.out.println("artifacts: " + n + " build outputs copied to " + args[2]);
                if (n == 0) c.problem("no build outputs under " + args[1] + " (was it built?)");
            }
            case "compare" -> {
                if (args.length != 3) usage();
                c.compare(Path.of(args[1]), Path.of(args[2]));
            }
            case "staged" -> {
                if (args.length == 3 && args[2].equals("signed")) {
                    c.signed = true;
                } else if (args.length != 2) {
                    usage();
                }
                c.staged(Path.of(args[1]));
            }
            case "selftest" -> c.selftest();
            default -> usage();
        }
        c.exit(args[0]);
    }

    private static void usage() {
        System.err.println("usage: java ArtifactCheck.java snapshot ROOT DEST | compare A B | staged REPO [signed] | selftest");
        System.exit(2);
    }

    private void exit(String what) {
        if (problems.isEmpty()) {
            System.out.println("artifacts: " + what + ": OK");
            System.exit(0);
        }
        for (String p : problems) {
            System.out.println("artifacts: " + what + ": " + p);
        }
        System.out.println("artifacts: " + what + ": " + problems.size() + " problem(s)");
        System.exit(1);
    }

    void problem(String p) {
        problems.add(p);
    }

    // ---- snapshot ---------------------------------------------------------------------------

    /**
     * Copies each module's build outputs (ROOT/target and ROOT/{module}/target): every jar but
     * the shade plugin's original-*.jar leftovers, and the SBOMs. Returns how many.
     */
    static int snapshot(Path root, Path dest) throws IOException {
        List<Path> targets = new ArrayList<>();
        targets.add(root.resolve("target"));
        try (Stream<Path> s = Files.list(root)) {
            s.filter(d -> Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("target")))
                    .map(d -> d.resolve("target")).sorted().forEach(targets::add);
        }
        int n = 0;
        for (Path t : targets) {
            if (!Files.isDirectory(t)) continue;
            Path rel = root.relativize(t);
            try (Stream<Path> s = Files.list(t)) {
                for (Path f : s.sorted().toList()) {
                    String name = f.getFileName().toString();
                    boolean jar = name.endsWith(".jar") && !name.startsWith("original-");
                    boolean bom = name.equals("bom.json") || name.equals("bom.xml");
                    if (Files.isRegularFile(f) && (jar || bom)) {
                        Path to = dest.resolve(rel.toString()).resolve(name);
                        Files.createDirectories(to.getParent());
                        Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                        n++;
                    }
                }
            }
        }
        return n;
    }

    // ---- compare ----------------------------------------------------------------------------

    /** Every file of either snapshot must be in both, with the same bytes. */
    void compare(Path a, Path b) throws IOException {
        Set<String> names = new TreeSet<>();
        names.addAll(files(a));
        names.addAll(files(b));
        if (names.isEmpty()) {
            problem("nothing to compare in " + a + " and " + b);
        }
        int same = 0;
        for (String n : names) {
            Path fa = a.resolve(n);
            Path fb = b.resolve(n);
            if (!Files.exists(fa) || !Files.exists(fb)) {
                problem(n + ": only in " + (Files.exists(fa) ? a : b));
                continue;
            }
            byte[] x = Files.readAllBytes(fa);
            byte[] y = Files.readAllBytes(fb);
            if (Arrays.equals(x, y)) {
                same++;
                continue;
            }
            problem(n + ": differs (" + x.length + " vs " + y.length + " bytes; sha256 " + sha256(x).substring(0, 12)
                    + " vs " + sha256(y).substring(0, 12) + ")");
            if (n.endsWith(".jar")) {
                explainJar(fa, fb);
            } else {
                explainText(x, y);
            }
        }
        System.out.println("artifacts: " + same + " of " + names.size() + " files byte-identical");
    }

    private static List<String> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    /** Which entries of two jars differ, and how: the first few, for the log. */
    private void explainJar(Path a, Path b) {
        try (ZipFile za = new ZipFile(a.toFile()); ZipFile zb = new ZipFile(b.toFile())) {
            List<String> ea = za.stream().map(ZipEntry::getName).toList();
            List<String> eb = zb.stream().map(ZipEntry::getName).toList();
            List<String> notes = new ArrayList<>();
            for (String n : new TreeSet<>(ea)) {
                ZipEntry x = za.getEntry(n);
                ZipEntry y = zb.getEntry(n);
                if (y == null) {
                    notes.add(n + " only in the first");
                } else if (x.getCrc() != y.getCrc()) {
                    notes.add(n + " content");
                } else if (x.getTime() != y.getTime()) {
                    notes.add(n + " time " + x.getLastModifiedTime() + " vs " + y.getLastModifiedTime());
                } else if (!Arrays.equals(x.getExtra(), y.getExtra())) {
                    notes.add(n + " extra fields");
                }
            }
            for (String n : eb) {
                if (za.getEntry(n) == null) notes.add(n + " only in the second");
            }
            if (notes.isEmpty() && !ea.equals(eb)) {
                notes.add("same entries in another order");
            }
            if (notes.isEmpty()) {
                notes.add("same entries; the archive's own bytes (headers, permissions) differ");
            }
            notes.stream().limit(10).forEach(s -> problem("    " + s));
            if (notes.size() > 10) problem("    ... and " + (notes.size() - 10) + " more entries");
        } catch (IOException e) {
            problem("    cannot read as zip: " + e.getMessage());
        }
    }

    private void explainText(byte[] x, byte[] y) {
        String[] la = new String(x, StandardCharsets.UTF_8).split("\n", -1);
        String[] lb = new String(y, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(la.length, lb.length); i++) {
            String p = i < la.length ? la[i] : "<end>";
            String q = i < lb.length ? lb[i] : "<end>";
            if (!p.equals(q)) {
                problem("    line " + (i + 1) + ": " + abbreviate(p) + "  vs  " + abbreviate(q));
                return;
            }
        }
    }

    private static String abbreviate(String s) {
        s = s.strip();
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    // ---- staged -----------------------------------------------------------------------------

    /** The deployed repository REPO holds, for each published module, what Central asks for. */
    void staged(Path repo) throws Exception {
        Path group = repo.resolve(GROUP_PATH);
        if (!Files.isDirectory(group)) {
            problem("no " + GROUP_PATH + " in " + repo);
            return;
        }
        Map<String, Path> parentFiles = artifactFiles(group, PARENT, PARENT_FILES);
        Document parentPom = parentFiles.containsKey(".pom") ? xml(parentFiles.get(".pom")) : null;
        if (parentPom != null) {
            for (String path : List.of("url", "licenses/license/name", "licenses/license/url",
                    "developers/developer/name", "scm/url", "scm/connection", "scm/developerConnection",
                    "name", "description")) {
                if (text(parentPom.getDocumentElement(), path).isEmpty()) {
                    problem(PARENT + ".pom: no <" + path + "> (Central needs it; the modules inherit it)");
                }
            }
        }
        for (Map.Entry<String, String> m : PUBLISHED.entrySet()) {
            String id = m.getKey();
            Map<String, Path> f = artifactFiles(group, id, JAR_FILES);
            if (f.containsKey(".pom")) {
                Element pom = xml(f.get(".pom")).getDocumentElement();
                for (String path : List.of("name", "description", "parent/artifactId")) {
                    if (text(pom, path).isEmpty()) problem(id + ".pom: no <" + path + ">");
                }
                if (!text(pom, "parent/artifactId").isEmpty() && !text(pom, "parent/artifactId").equals(PARENT)) {
                    problem(id + ".pom: parent is " + text(pom, "parent/artifactId") + ", not " + PARENT);
                }
            }
            if (f.containsKey(".jar")) {
                checkMainJar(id, m.getValue(), f.get(".jar"));
            }
            if (f.containsKey("-sources.jar") && !hasEntry(f.get("-sources.jar"), e -> e.endsWith(".java"))) {
                problem(id + "-sources.jar: no .java file");
            }
            if (f.containsKey("-javadoc.jar") && !hasEntry(f.get("-javadoc.jar"), e -> e.equals("index.html"))) {
                problem(id + "-javadoc.jar: no index.html");
            }
            checkSbom(id, f.get("-cyclonedx.json"), f.get("-cyclonedx.xml"));
        }
        checkSbom(PARENT, parentFiles.get("-cyclonedx.json"), parentFiles.get("-cyclonedx.xml"));
        for (String id : NOT_PUBLISHED) {
            if (Files.exists(group.resolve(id))) problem(id + " was deployed; it must not be (maven.deploy.skip)");
        }
        try (Stream<Path> s = Files.list(group)) {
            Set<String> known = new TreeSet<>(PUBLISHED.keySet());
            known.add(PARENT);
            s.map(p -> p.getFileName().toString()).filter(n -> !known.contains(n) && !n.startsWith("maven-metadata"))
                    .forEach(n -> problem(n + " was deployed but is not in the list of published modules"));
        }
    }

    /**
     * The files of one artifact's newest deployed version, by classifier and extension
     * (".jar", "-sources.jar", ...); each must exist with matching .sha1 and .md5.
     */
    private Map<String, Path> artifactFiles(Path group, String artifactId, List<String> wanted) throws Exception {
        Map<String, Path> out = new TreeMap<>();
        Path dir = group.resolve(artifactId);
        List<Path> versions;
        try (Stream<Path> s = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            versions = s.filter(Files::isDirectory).sorted().toList();
        }
        if (versions.size() != 1) {
            problem(artifactId + ": expected one deployed version, found " + versions.size() + " in " + dir);
            if (versions.isEmpty()) return out;
        }
        Path vdir = versions.get(versions.size() - 1);
        String version = vdir.getFileName().toString();
        // A snapshot is deployed as name-BASE-yyyyMMdd.HHmmss-N; a release as name-VERSION.
        String versionPattern = version.endsWith("-SNAPSHOT")
                ? Pattern.quote(version.substring(0, version.length() - "-SNAPSHOT".length())) + "-\\d{8}\\.\\d{6}-(\\d+)"
                : Pattern.quote(version) + "()";
        Pattern p = Pattern.compile(Pattern.quote(artifactId) + "-" + versionPattern + "((?:-[A-Za-z0-9]+)?\\.[a-z]+)");
        Map<String, Integer> build = new TreeMap<>();
        try (Stream<Path> s = Files.list(vdir)) {
            for (Path f : s.sorted().toList()) {
                Matcher m = p.matcher(f.getFileName().toString());
                if (!m.matches()) continue;
                int n = m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1));
                String kind = m.group(2);
                if (!build.containsKey(kind) || build.get(kind) < n) {
                    build.put(kind, n);
                    out.put(kind, f);
                }
            }
        }
        for (String w : wanted) {
            Path f = out.get(w);
            if (f == null) {
                problem(artifactId + " " + version + ": no " + w + " in " + vdir);
                continue;
            }
            byte[] bytes = Files.readAllBytes(f);
            if (bytes.length == 0) problem(f.getFileName() + ": empty");
            if (signed && !Files.isRegularFile(f.resolveSibling(f.getFileName() + ".asc"))) {
                problem(f.getFileName() + ": no .asc signature");
            }
            for (String alg : List.of("SHA-1", "MD5")) {
                Path sum = f.resolveSibling(f.getFileName() + "." + alg.toLowerCase().replace("-", ""));
                if (!Files.isRegularFile(sum)) {
                    problem(f.getFileName() + ": no " + sum.getFileName());
                } else if (!Files.readString(sum).strip().startsWith(digest(alg, bytes))) {
                    problem(sum.getFileName() + ": does not match the file");
                }
            }
        }
        return out;
    }

    private void checkMainJar(String id, String moduleName, Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            Manifest mf = j.getManifest();
            String name = mf == null ? null : mf.getMainAttributes().getValue(new Attributes.Name("Automatic-Module-Name"));
            if (!moduleName.equals(name)) {
                problem(id + ".jar: Automatic-Module-Name is " + name + ", not " + moduleName);
            }
            for (String legal : List.of("META-INF/LICENSE", "META-INF/NOTICE")) {
                if (j.getEntry(legal) == null) problem(id + ".jar: no " + legal);
            }
            if (j.stream().noneMatch(e -> e.getName().endsWith(".class"))) {
                problem(id + ".jar: no classes");
            }
            if (id.equals("eqc-maven-plugin")) {
                checkPluginJar(j);
            }
        }
    }

    /** The plugin descriptor, and the m2e metadata that runs both goals in Eclipse builds. */
    private void checkPluginJar(JarFile j) throws IOException {
        ZipEntry descriptor = j.getEntry("META-INF/maven/plugin.xml");
        if (descriptor == null) {
            problem("eqc-maven-plugin.jar: no META-INF/maven/plugin.xml");
        }
        ZipEntry m2e = j.getEntry("META-INF/m2e/lifecycle-mapping-metadata.xml");
        if (m2e == null) {
            problem("eqc-maven-plugin.jar: no META-INF/m2e/lifecycle-mapping-metadata.xml");
            return;
        }
        try (InputStream in = j.getInputStream(m2e)) {
            Element root = parse(in.readAllBytes()).getDocumentElement();
            Set<String> goals = new TreeSet<>();
            boolean incremental = false;
            boolean configuration = false;
            for (Element pe : children((Element) first(root, "pluginExecutions"), "pluginExecution")) {
                Element filter = (Element) first(pe, "pluginExecutionFilter");
                Element execute = (Element) first((Element) first(pe, "action"), "execute");
                if (filter == null || execute == null) continue;
                for (Element g : children((Element) first(filter, "goals"), "goal")) {
                    goals.add(g.getTextContent().strip());
                }
                incremental |= "true".equals(text(execute, "runOnIncremental"));
                configuration |= "true".equals(text(execute, "runOnConfiguration"));
            }
            if (!goals.containsAll(List.of("check", "generate")) || !incremental || !configuration) {
                problem("m2e metadata: expected goals check and generate executed on incremental builds and on"
                        + " configuration; found goals " + goals + ", runOnIncremental " + incremental
                        + ", runOnConfiguration " + configuration);
            }
        } catch (Exception e) {
            problem("m2e metadata: not valid XML: " + e.getMessage());
        }
        if (descriptor != null) {
            try (InputStream in = j.getInputStream(descriptor)) {
                Element root = parse(in.readAllBytes()).getDocumentElement();
                Set<String> goals = new TreeSet<>();
                for (Element m : children((Element) first(root, "mojos"), "mojo")) {
                    goals.add(text(m, "goal"));
                }
                if (!goals.containsAll(List.of("check", "generate"))) {
                    problem("plugin.xml: goals " + goals + " lack check or generate");
                }
            } catch (Exception e) {
                problem("plugin.xml: not valid XML: " + e.getMessage());
            }
        }
    }

    private void checkSbom(String id, Path json, Path xmlFile) throws IOException {
        if (json != null) {
            String s = Files.readString(json);
            if (!s.matches("(?s)\\s*\\{.*\"bomFormat\"\\s*:\\s*\"CycloneDX\".*")) {
                problem(id + "-cyclonedx.json: not a CycloneDX document");
            } else if (!s.contains("\"name\" : \"" + id + "\"") && !s.contains("\"name\":\"" + id + "\"")) {
                problem(id + "-cyclonedx.json: does not describe " + id);
            }
        }
        if (xmlFile != null) {
            try {
                Element root = xml(xmlFile).getDocumentElement();
                if (!root.getLocalName().equals("bom") || !root.getNamespaceURI().startsWith("http://cyclonedx.org/schema/bom/")) {
                    problem(id + "-cyclonedx.xml: not a CycloneDX bom");
                } else if (!text(root, "metadata/component/name").equals(id)) {
                    problem(id + "-cyclonedx.xml: describes " + text(root, "metadata/component/name") + ", not " + id);
                }
            } catch (Exception e) {
                problem(id + "-cyclonedx.xml: not valid XML: " + e.getMessage());
            }
        }
    }

    // ---- selftest ---------------------------------------------------------------------------

    /**
     * Each check must be able to fail: a one-byte change in a jar entry, a jar entry's time, a
     * missing file, a missing javadoc jar, a wrong module name, a deployed benchmarks module.
     */
    void selftest() throws Exception {
        Path tmp = Files.createTempDirectory("artifact-check-selftest");
        Path a = tmp.resolve("a/runtime/target");
        Path b = tmp.resolve("b/runtime/target");
        Files.createDirectories(a);
        Files.createDirectories(b);
        writeJar(a.resolve("x.jar"), Map.of("A.class", "one"), 0L, null);
        writeJar(b.resolve("x.jar"), Map.of("A.class", "one"), 0L, null);
        expect("identical snapshots", true, c -> c.compare(a.getParent().getParent(), b.getParent().getParent()));
        writeJar(b.resolve("x.jar"), Map.of("A.class", "onf"), 0L, null);
        expect("a jar entry with one byte changed", false, c -> c.compare(tmp.resolve("a"), tmp.resolve("b")));
        writeJar(b.resolve("x.jar"), Map.of("A.class", "one"), 86_400_000L, null);
        expect("a jar entry with another time", false, c -> c.compare(tmp.resolve("a"), tmp.resolve("b")));
        writeJar(b.resolve("x.jar"), Map.of("A.class", "one"), 0L, null);
        Files.writeString(b.resolve("bom.json"), "{}");
        expect("a file only in one snapshot", false, c -> c.compare(tmp.resolve("a"), tmp.resolve("b")));

        Path repo = tmp.resolve("repo");
        fakeRepo(repo);
        expect("a complete staged repository", true, c -> c.staged(repo));
        Path javadoc = find(repo, "eqc-compiler", "-javadoc.jar");
        Files.delete(javadoc);
        expect("a module without its javadoc jar", false, c -> c.staged(repo));
        fakeRepo(repo);
        Path runtime = find(repo, "eqc-runtime", ".jar");
        writeJar(runtime, Map.of("A.class", "x", "META-INF/LICENSE", "l", "META-INF/NOTICE", "n"), 0L, "wrong.name");
        rehash(runtime);
        expect("a jar with the wrong Automatic-Module-Name", false, c -> c.staged(repo));
        fakeRepo(repo);
        Files.createDirectories(repo.resolve(GROUP_PATH).resolve("eqc-benchmarks/0.1.0"));
        expect("a deployed benchmarks module", false, c -> c.staged(repo));
        fakeRepo(repo);
        Files.writeString(find(repo, "eqc-cli", ".pom").resolveSibling(find(repo, "eqc-cli", ".pom").getFileName() + ".sha1"), "0");
        expect("a checksum that does not match", false, c -> c.staged(repo));
        fakeRepo(repo);
        expect("an unsigned repository checked as signed", false, c -> {
            c.signed = true;
            c.staged(repo);
        });
        deleteTree(tmp);
        if (problems.isEmpty()) {
            System.out.println("artifacts: selftest: every check failed where it should and passed where it should");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) Files.delete(p);
        }
    }

    interface Check {
        void run(ArtifactCheck c) throws Exception;
    }

    private void expect(String input, boolean pass, Check check) throws Exception {
        ArtifactCheck c = new ArtifactCheck();
        java.io.PrintStream out = System.out;
        System.setOut(new java.io.PrintStream(OutputStream.nullOutputStream()));
        try {
            check.run(c);
        } finally {
            System.setOut(out);
        }
        boolean passed = c.problems.isEmpty();
        if (passed != pass) {
            problem("selftest: " + input + ": the check " + (passed ? "passed" : "failed: " + c.problems));
        } else {
            System.out.println("artifacts: selftest: " + input + ": " + (pass ? "passes" : "caught (" + c.problems.get(0).strip() + ")"));
        }
    }

    private static void fakeRepo(Path repo) throws Exception {
        deleteTree(repo);
        Path group = repo.resolve(GROUP_PATH);
        String v = "0.1.0";
        String parentPom = "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><name>p</name><description>d</description>"
                + "<url>u</url><licenses><license><name>Apache-2.0</name><url>u</url></license></licenses>"
                + "<developers><developer><name>n</name></developer></developers>"
                + "<scm><connection>c</connection><developerConnection>c</developerConnection><url>u</url></scm></project>";
        write(group.resolve(PARENT + "/" + v + "/" + PARENT + "-" + v + ".pom"), parentPom.getBytes(StandardCharsets.UTF_8));
        sbom(group, PARENT, v);
        for (Map.Entry<String, String> m : PUBLISHED.entrySet()) {
            String id = m.getKey();
            Path d = group.resolve(id + "/" + v);
            String base = id + "-" + v;
            write(d.resolve(base + ".pom"), ("<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><parent><artifactId>" + PARENT
                    + "</artifactId></parent><name>n</name><description>d</description></project>").getBytes(StandardCharsets.UTF_8));
            Map<String, String> main = new TreeMap<>(Map.of("A.class", "x", "META-INF/LICENSE", "l", "META-INF/NOTICE", "n"));
            if (id.equals("eqc-maven-plugin")) {
                main.put("META-INF/maven/plugin.xml", "<plugin><mojos><mojo><goal>check</goal></mojo><mojo><goal>generate</goal></mojo></mojos></plugin>");
                main.put("META-INF/m2e/lifecycle-mapping-metadata.xml", "<lifecycleMappingMetadata><pluginExecutions><pluginExecution>"
                        + "<pluginExecutionFilter><goals><goal>check</goal><goal>generate</goal></goals></pluginExecutionFilter>"
                        + "<action><execute><runOnIncremental>true</runOnIncremental><runOnConfiguration>true</runOnConfiguration>"
                        + "</execute></action></pluginExecution></pluginExecutions></lifecycleMappingMetadata>");
            }
            writeJar(d.resolve(base + ".jar"), main, 0L, m.getValue());
            writeJar(d.resolve(base + "-sources.jar"), Map.of("A.java", "class A {}"), 0L, null);
            writeJar(d.resolve(base + "-javadoc.jar"), Map.of("index.html", "<html/>"), 0L, null);
            sbom(group, id, v);
        }
        try (Stream<Path> s = Files.walk(repo)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) rehash(f);
        }
    }

    private static void sbom(Path group, String id, String v) throws IOException {
        Path d = group.resolve(id + "/" + v);
        write(d.resolve(id + "-" + v + "-cyclonedx.json"), ("{\n  \"bomFormat\" : \"CycloneDX\",\n  \"metadata\" : { \"component\" : { \"name\" : \""
                + id + "\" } }\n}").getBytes(StandardCharsets.UTF_8));
        write(d.resolve(id + "-" + v + "-cyclonedx.xml"), ("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><metadata><component><name>"
                + id + "</name></component></metadata></bom>").getBytes(StandardCharsets.UTF_8));
    }

    private static Path find(Path repo, String id, String kind) {
        return repo.resolve(GROUP_PATH + "/" + id + "/0.1.0/" + id + "-0.1.0" + kind);
    }

    private static void rehash(Path f) throws Exception {
        byte[] b = Files.readAllBytes(f);
        Files.writeString(f.resolveSibling(f.getFileName() + ".sha1"), digest("SHA-1", b));
        Files.writeString(f.resolveSibling(f.getFileName() + ".md5"), digest("MD5", b));
    }

    private static void write(Path p, byte[] b) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, b);
    }

    private static void writeJar(Path p, Map<String, String> entries, long time, String moduleName) throws IOException {
        Files.createDirectories(p.getParent());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            if (moduleName != null) {
                ZipEntry e = new ZipEntry("META-INF/MANIFEST.MF");
                e.setTime(time + 315_532_800_000L);
                z.putNextEntry(e);
                z.write(("Manifest-Version: 1.0\r\nAutomatic-Module-Name: " + moduleName + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, String> en : new TreeMap<>(entries).entrySet()) {
                ZipEntry e = new ZipEntry(en.getKey());
                e.setTime(time + 315_532_800_000L);
                z.putNextEntry(e);
                z.write(en.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.write(p, bytes.toByteArray());
    }

    // ---- helpers ----------------------------------------------------------------------------

    interface EntryTest {
        boolean test(String name);
    }

    private static boolean hasEntry(Path jar, EntryTest t) {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            return z.stream().anyMatch(e -> t.test(e.getName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] b) {
        return digest("SHA-256", b);
    }

    private static String digest(String alg, byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(alg).digest(b));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document xml(Path p) throws Exception {
        return parse(Files.readAllBytes(p));
    }

    private static Document parse(byte[] b) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(b));
    }

    /** The first child element of that local name, or null. */
    private static Node first(Element parent, String name) {
        if (parent == null) return null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) return e;
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    /** The trimmed text at a slash-separated path of child elements, or "". */
    private static String text(Element root, String path) {
        Element e = root;
        for (String step : path.split("/")) {
            e = (Element) first(e, step);
            if (e == null) return "";
        }
        return e.getTextContent().strip();
    }
}
