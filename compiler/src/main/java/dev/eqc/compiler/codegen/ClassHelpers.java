package dev.eqc.compiler.codegen;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The private static helper methods a generated class needs beyond the runtime's API, each written
 * once and only when some method calls it, under a name no definition's method takes.
 */
final class ClassHelpers {
    /** A helper: its preferred name. */
    enum Helper {
        /** {@code [..., h d]} back to the family {@code [h, ..., d]}: the adjoint of a family's concatenation. */
        SPLIT_MEMBERS("splitMembers");

        final String preferredName;

        Helper(String preferredName) {
            this.preferredName = preferredName;
        }
    }

    private final Set<String> taken;
    private final Map<Helper, String> used = new EnumMap<>(Helper.class);

    /** Helpers for a class whose other methods are named {@code methodNames}. */
    ClassHelpers(Collection<String> methodNames) {
        this.taken = new HashSet<>(methodNames);
    }

    /** The name to call {@code helper} by; the class gets the helper. */
    String use(Helper helper) {
        return used.computeIfAbsent(helper, h -> {
            String name = h.preferredName;
            for (int i = 2; taken.contains(name); i++) {
                name = h.preferredName + "_" + i;
            }
            taken.add(name);
            return name;
        });
    }

    /** The helpers some method used, in a fixed order. */
    List<MethodSpec> methods() {
        List<MethodSpec> out = new ArrayList<>();
        used.forEach((h, name) -> out.add(switch (h) {
            case SPLIT_MEMBERS -> splitMembers(name);
        }));
        return out;
    }

    private static MethodSpec splitMembers(String name) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(RuntimeTypes.TENSOR)
                .addJavadoc("The members of a family's concatenation split apart again, {@code [..., h d]} back to\n"
                        + "{@code [h, ..., d]} with the family axis {@code memberRank} axes before the end: the\n"
                        + "adjoint of {@code Strides.concatFamily}.\n")
                .addParameter(ParameterSpec.builder(RuntimeTypes.TENSOR, "joined").build())
                .addParameter(int.class, "members")
                .addParameter(int.class, "memberRank")
                .addStatement("int[] shape = joined.shape()")
                .addStatement("int[] split = $T.copyOf(shape, shape.length + 1)", java.util.Arrays.class)
                .addStatement("split[shape.length - 1] = members")
                .addStatement("split[shape.length] = members == 0 ? 0 : shape[shape.length - 1] / members")
                .addStatement("return $T.moveAxis(joined.reshape(split), -2, -(memberRank + 1))", RuntimeTypes.INDEX_OPS)
                .build();
    }
}
