package dev.eqc.compiler.run;

import dev.eqc.compiler.codegen.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in memory with the JDK's compiler and loads them, for
 * {@code eqc run}, {@code eqc bench} and the project's own differential tests.
 */
public final class InMemoryJavaCompiler {
    /** Thrown when the generated code does not compile: always a bug of eqc, never the user's. */
    public static final class CompilationFailed extends Exception {
        private static final long serialVersionUID = 1L;

        CompilationFailed(String message) {
            super(message);
        }
    }

    private InMemoryJavaCompiler() {}

    /**
     * Compiles the files against the runtime (and {@code extraClasspath}) and returns a loader
     * that defines them.
     */
    public static ClassLoader compile(List<GeneratedFile> files, List<Path> extraClasspath, ClassLoader parent)
            throws CompilationFailed {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new CompilationFailed("no Java compiler available: run eqc on a JDK, not a JRE");
        }
        List<String> cp = new ArrayList<>();
        cp.add(codeSource(dev.eqc.runtime.Tensor.class));
        extraClasspath.forEach(p -> cp.add(p.toString()));
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(null, null, null);
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        classes.put(className, out);
                        return out;
                    }
                };
            }
        };
        List<JavaFileObject> units = new ArrayList<>();
        for (GeneratedFile f : files) {
            units.add(new SimpleJavaFileObject(URI.create("mem:///" + f.relativePath()), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return f.source();
                }
            });
        }
        StringWriter errors = new StringWriter();
        List<String> options = List.of("-classpath", String.join(File.pathSeparator, cp), "-proc:none",
                "-Xlint:none", "-nowarn", "--release", "17");
        boolean ok = javac.getTask(errors, manager, null, options, null, units).call();
        try {
            manager.close();
        } catch (IOException ignored) {
            // nothing was written to disk
        }
        if (!ok) {
            throw new CompilationFailed("generated code did not compile (a bug in eqc):\n" + errors);
        }
        Map<String, byte[]> bytes = new HashMap<>();
        classes.forEach((k, v) -> bytes.put(k, v.toByteArray()));
        return new ClassLoader(parent) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] b = bytes.get(name);
                if (b == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, b, 0, b.length);
            }
        };
    }

    /** The jar or directory a class was loaded from. */
    public static String codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            return System.getProperty("java.class.path");
        }
    }
}
