package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java identifiers for LaTeX names (SPEC 2.3): Greek letters by name, scripts joined with
 * {@code _}, accents as suffixes ({@code \hat{m}_t} → {@code m_hat_t}), invalid characters
 * dropped, and collisions resolved by numbering in order of first use.
 */
public final class JavaNames {
    private final Set<String> taken = new HashSet<>();

    /**
     * Simple names of the types generated code refers to (the runtime's, {@code java.lang}'s,
     * JUnit's). A local variable of the same name would obscure the type ({@code Tensor.zeros(…)}
     * would read the variable: JLS §6.4.2), so locals never take them.
     */
    private static final Set<String> TYPES_IN_GENERATED_CODE = Set.of("Tensor", "Ops", "Attention", "IndexOps",
            "Strides", "Conditions", "ShapeCheck", "DType", "TensorAssert", "Fused", "Parallel", "VecMath", "Math",
            "Double", "Float", "String", "Integer", "Object", "System", "Test", "Assertions", "java", "javax", "dev",
            "org");

    /** Names for the locals and parameters of generated code in a class that refers to {@code types} too. */
    public static JavaNames forLocals(String... types) {
        JavaNames names = new JavaNames();
        names.taken.addAll(TYPES_IN_GENERATED_CODE);
        names.taken.addAll(List.of(types));
        return names;
    }

    /** Reserves a name so that allocated names avoid it. */
    public void reserve(String name) {
        taken.add(name);
    }

    /** Names that a definition spells exactly; only that definition may take one. */
    private final Set<String> preferred = new HashSet<>();

    /**
     * Marks {@code name} as the name of a definition that spells it exactly ({@code \mathrm{foo}}
     * for {@code foo}), so that another whose name only derives to it ({@code \mathrm{Foo}}) never
     * takes it, whichever comes first: adding {@code Foo} to a file must not rename {@code foo}.
     */
    public void prefer(String name) {
        preferred.add(sanitize(name));
    }

    /**
     * A fresh identifier for a definition that wants {@code wanted} and is spelled {@code spelled}
     * ({@code foo} for {@code \mathrm{Foo}}); when another definition spells {@code wanted}
     * exactly, this one falls back to its spelling ({@code Foo}), then to numbered forms.
     */
    public String allocate(String wanted, String spelled) {
        String w = sanitize(wanted);
        String s = sanitize(spelled);
        boolean exact = w.equals(s);
        String base = !exact && preferred.contains(w) ? s : w;
        String name = base;
        for (int i = 2; taken.contains(name) || SourceVersion.isKeyword(name)
                || (preferred.contains(name) && !(exact && name.equals(w))); i++) {
            name = base + "_" + i;
        }
        taken.add(name);
        return name;
    }

    /** A fresh identifier derived from {@code wanted}. */
    public String allocate(String wanted) {
        String base = sanitize(wanted);
        String name = base;
        for (int i = 2; taken.contains(name) || SourceVersion.isKeyword(name); i++) {
            name = base + "_" + i;
        }
        taken.add(name);
        return name;
    }

    static String of(Expr.Sym s, boolean withSup) {
        StringBuilder b = new StringBuilder(words(baseText(s)));
        if (s.kind() == dev.eqc.compiler.ast.SymKind.CAL) {
            b.append("_cal");
        }
        if (s.accent() != null) {
            b.append('_').append(s.accent());
        }
        if (s.sub() != null) {
            b.append('_').append(words(s.sub().key()));
        }
        if (withSup && s.sup() != null) {
            b.append('_').append(words(s.sup().key()));
        }
        if (s.primes() > 0) {
            b.append("_prime".repeat(s.primes()));
        }
        return sanitize(b.toString());
    }

    private static String baseText(Expr.Sym s) {
        return s.base();
    }

    /** {@code \mathrm{FFN}} → {@code ffn}; {@code \mathrm{LayerNorm}} → {@code layerNorm}. */
    public static String methodName(String javaName) {
        int end = javaName.indexOf('_') < 0 ? javaName.length() : javaName.indexOf('_');
        String head = javaName.substring(0, end);
        if (head.length() > 1 && head.equals(head.toUpperCase(Locale.ROOT))) {
            // An acronym (FFN, GELU_erf): all of it lower case.
            return head.toLowerCase(Locale.ROOT) + javaName.substring(end);
        }
        return Character.toLowerCase(javaName.charAt(0)) + javaName.substring(1);
    }

    /** {@code attention} → {@code Attention}, {@code lstm_cell} → {@code LstmCell}. */
    public static String className(String fileStem) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char c : fileStem.toCharArray()) {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return typeName(b.toString());
    }

    /**
     * A legal Java class name for any requested one: the requested name itself when it is one,
     * else its letters, digits and underscores (ASCII), prefixed when it would start with a digit,
     * and with a trailing underscore when it is a keyword ({@code class} → {@code class_}).
     */
    public static String typeName(String requested) {
        String t = requested == null ? "" : requested.replaceAll("[^A-Za-z0-9_$]", "");
        if (t.isEmpty() || t.chars().allMatch(c -> c == '_')) {
            return "Equations";
        }
        if (!Character.isJavaIdentifierStart(t.charAt(0))) {
            t = "Eq" + t;
        }
        return SourceVersion.isKeyword(t) || RESTRICTED_TYPE_NAMES.contains(t) ? t + "_" : t;
    }

    /** Identifiers that may not name a type (JLS 17 §3.9, TypeIdentifier). */
    private static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

    /** Commands become their names, other non-identifier characters are dropped. */
    private static String words(String latex) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
                    b.append('_');
                }
                continue;
            }
            if (Character.isLetterOrDigit(c) && c < 128) {
                b.append(c);
            } else if (c == ',' || c == ' ') {
                b.append('_');
            }
        }
        return b.toString();
    }

    static String sanitize(String s) {
        String t = s.replaceAll("[^A-Za-z0-9_]", "").replaceAll("_+", "_").replaceAll("^_|_$", "");
        if (t.isEmpty()) {
            t = "v";
        }
        if (!Character.isJavaIdentifierStart(t.charAt(0))) {
            t = "v" + t;
        }
        return t;
    }
}
