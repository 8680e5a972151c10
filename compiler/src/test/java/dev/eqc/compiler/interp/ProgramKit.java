package dev.eqc.compiler.interp;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Param;
import dev.eqc.compiler.resolve.ResolvedProgram;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.shape.ProductKind;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.shape.TypedProgramFixture;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds small typed programs by hand, standing in for the parser, resolver and shape inference. */
final class ProgramKit {
    static final Span AT = new Span(0, 0);

    private final TypedProgramFixture types = new TypedProgramFixture();
    private final List<Input> inputs = new ArrayList<>();
    private final List<Definition> definitions = new ArrayList<>();

    static Dim sym(String name) {
        return new Dim.Symbol(name, false);
    }

    static Shape shape(Dim... dims) {
        return new Shape(List.of(dims));
    }

    /** A declared input {@code key \in R^{dims}}. */
    Input input(String key, Dim... dims) {
        Input in = new Input(key, key, key, AT, List.of(dims), false, true, inputs.size());
        inputs.add(in);
        types.input(in, shape(dims));
        return in;
    }

    static Param param(String key) {
        return new Param(key, key, key, AT, null);
    }

    /** A value definition {@code key = body} of core shape {@code result}. */
    Definition value(String key, Term body, Shape result, Input... free) {
        return function(key, List.of(), List.of(), body, result, free);
    }

    /** A function definition {@code key(params) = body}. */
    Definition function(String key, List<Param> params, List<Shape> paramShapes, Term body, Shape result,
            Input... free) {
        Definition d = new Definition(key, key, key, AT, AT, !params.isEmpty(), params, Arrays.asList(free),
                List.of(), body, null, key);
        types.params(d, paramShapes);
        types.shape(body, result);
        definitions.add(d);
        return d;
    }

    Interpreter interpreter() {
        return new Interpreter(types.build(new ResolvedProgram(new SourceFile("test.eq", ""), inputs, List.of(),
                definitions, java.util.Map.of(), java.util.Set.of())));
    }

    Term.Product product(Term left, Term right, ProductKind kind) {
        return types.product(new Term.Product(AT, AT, left, right), kind, Shape.SCALAR);
    }

    static Term.InputRef ref(Input in) {
        return new Term.InputRef(AT, in);
    }

    static Term.ParamRef ref(Param p, int index) {
        return new Term.ParamRef(AT, p, index);
    }

    static Term.Literal lit(double v) {
        return new Term.Literal(AT, v);
    }

    static Term.DimValue dimValue(String name) {
        return new Term.DimValue(AT, name);
    }

    static Term.Arith arith(Term.ArithOp op, Term l, Term r) {
        return new Term.Arith(AT, AT, op, l, r);
    }

    static Term.Power pow(Term base, Term exponent) {
        return new Term.Power(AT, base, exponent);
    }

    static Term.Negate neg(Term t) {
        return new Term.Negate(AT, t);
    }

    static Term.Transpose transpose(Term t) {
        return new Term.Transpose(AT, t);
    }

    static Term.BuiltinCall builtin(Builtin b, Term... args) {
        return new Term.BuiltinCall(AT, b, List.of(args));
    }

    static Term.Call call(Definition fn, Term... args) {
        return new Term.Call(AT, fn, List.of(args));
    }

    static Term.ValueRef valueRef(Definition d) {
        return new Term.ValueRef(AT, d);
    }

    static NDArray arr(int[] shape, double... data) {
        return NDArray.of(data, shape);
    }

    static int[] dims(int... shape) {
        return shape;
    }
}
