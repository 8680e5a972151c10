package dev.eqc.compiler.codegen;

import dev.eqc.compiler.term.GradientFacts;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.shape.TypedProgram;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code eqc translate --grad L}: a nested record holding L and its gradient with respect to each
 * tensor input (a component named after the input), and a method returning it. The method
 * computes the loss and every gradient itself, in one body: the gradient pass differentiated the
 * gradients of the loss together, so the forward pass and the shared backward steps run once.
 */
final class GradientBundleEmitter {
    private GradientBundleEmitter() {}

    /** The record's simple name for a loss method name ({@code l} → {@code LWithGradients}). */
    static String recordName(Definition loss) {
        String n = loss.javaName();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1) + "WithGradients";
    }

    static String methodName(Definition loss) {
        return loss.javaName() + "WithGradients";
    }

    /** Component names: {@code value}, then each input's Java name. */
    static List<String> components(GradientFacts.GradientBundle bundle, TypedProgram typed) {
        JavaNames names = new JavaNames();
        List<String> out = new ArrayList<>();
        out.add(names.allocate("value"));
        for (Definition g : bundle.gradients()) {
            out.add(names.allocate(typed.gradients().gradientOf(g).orElseThrow().wrt().javaName()));
        }
        return out;
    }

    static void emit(TypedProgram typed, GradientFacts.GradientBundle bundle, ClassName owner, TypeSpec.Builder type,
            dev.eqc.compiler.Precision precision, ClassHelpers helpers) {
        Definition loss = bundle.loss();
        ClassName record = owner.nestedClass(recordName(loss));
        List<String> components = components(bundle, typed);
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
        for (String c : components) {
            ctor.addParameter(RuntimeTypes.TENSOR, c);
        }
        StringBuilder doc = new StringBuilder("{@code " + Javadocs.latex(loss.latexName())
                + "} and its gradients, each of the shape of its input.\n\n");
        doc.append("@param value {@code ").append(Javadocs.latex(loss.latexName())).append("}\n");
        for (int i = 0; i < bundle.gradients().size(); i++) {
            Input wrt = typed.gradients().gradientOf(bundle.gradients().get(i)).orElseThrow().wrt();
            doc.append("@param ").append(components.get(i + 1)).append(" {@code \\nabla_{")
                    .append(Javadocs.latex(wrt.latex())).append("} ").append(Javadocs.latex(loss.latexName()))
                    .append("}\n");
        }
        type.addType(TypeSpec.recordBuilder(record)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .recordConstructor(ctor.build())
                .addJavadoc("$L", doc.toString())
                .build());

        MethodSpec.Builder m = new MethodEmitter(typed, loss, precision, helpers, owner.simpleName(), record.simpleName())
                .bundle(methodName(loss), bundle.gradients(), record)
                .addJavadoc("$L", "{@code " + Javadocs.latex(loss.latexName()) + "} with its gradient with respect to every"
                        + " tensor input, computed by reverse-mode differentiation at compile time: one forward pass"
                        + " and one backward pass, shared by all the gradients.\n\n"
                        + "<p>Arguments as for {@link #" + loss.javaName() + "}; with batch dimensions, every batch"
                        + " element is its own problem and each gradient keeps the batch dimensions.\n");
        type.addMethod(m.build());
    }
}
