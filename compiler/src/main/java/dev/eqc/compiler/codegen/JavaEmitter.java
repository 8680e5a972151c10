package dev.eqc.compiler.codegen;

import dev.eqc.compiler.term.GradientFacts;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.term.Constant;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.shape.TypedProgram;
import javax.lang.model.element.Modifier;

/**
 * The code-generation pass: {@code TypedProgram → GeneratedFile}. One final class per
 * {@code .eq} file, one public static method per definition (in source order), constants as
 * {@code static final double} fields. Generated only through JavaPoet.
 */
public final class JavaEmitter {
    private JavaEmitter() {}

    public static GeneratedFile emit(TypedProgram typed, Options options) {
        String fileName = typed.program().source().name();
        TypeSpec.Builder type = TypeSpec.classBuilder(options.className())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", "Equations of {@code " + Javadocs.text(baseName(fileName)) + "}, compiled by eqc.\n\n"
                        + "<p>Generated code: do not edit; change the equations and run {@code eqc translate} again.\n"
                        + "Methods take {@code dev.eqc.runtime.Tensor}s in " + precisionText(options)
                        + "; their shapes are checked on entry.\n");
        for (Constant c : typed.program().constants()) {
            type.addField(FieldSpec.builder(TypeName.DOUBLE, c.javaName(), Modifier.PUBLIC, Modifier.STATIC,
                            Modifier.FINAL)
                    .initializer("$L", Double.toString(c.value()))
                    .addJavadoc("$L", "{@code " + Javadocs.latex(typed.program().source().slice(c.span())) + "} = "
                            + c.value() + ".\n")
                    .build());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        ClassHelpers helpers = new ClassHelpers(typed.program().definitions().stream().map(Definition::javaName).toList());
        for (Definition d : typed.program().definitions()) {
            type.addMethods(new MethodEmitter(typed, d, options.precision(), helpers).emit());
        }
        UpdateRule.of(typed).ifPresent(rule -> type.addMethod(
                new MethodEmitter(typed, rule.last(), options.precision(), helpers).step(rule)));
        for (GradientFacts.GradientBundle bundle : typed.gradients().bundles()) {
            GradientBundleEmitter.emit(typed, bundle, com.palantir.javapoet.ClassName.get(options.packageName(),
                    options.className()), type, options.precision(), helpers);
        }
        type.addMethods(helpers.methods());
        JavaFile file = JavaFile.builder(options.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        return new GeneratedFile(options.packageName(), options.className(), file.toString(), false);
    }

    private static String precisionText(Options options) {
        return switch (options.precision()) {
            case FLOAT -> "float32 (double works too)";
            case DOUBLE -> "float64";
        };
    }

    static String baseName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
