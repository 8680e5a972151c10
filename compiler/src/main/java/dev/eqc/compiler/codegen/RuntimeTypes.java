package dev.eqc.compiler.codegen;

import com.palantir.javapoet.ClassName;

/** The runtime classes generated code refers to. */
final class RuntimeTypes {
    static final String PACKAGE = "dev.eqc.runtime";
    static final ClassName TENSOR = ClassName.get(PACKAGE, "Tensor");
    static final ClassName OPS = ClassName.get(PACKAGE, "Ops");
    static final ClassName ATTENTION = ClassName.get(PACKAGE, "Attention");
    static final ClassName INDEX_OPS = ClassName.get(PACKAGE, "IndexOps");
    static final ClassName STRIDES = ClassName.get(PACKAGE, "Strides");
    static final ClassName SCANS = ClassName.get(PACKAGE, "Scans");
    static final ClassName CONDITIONS = ClassName.get(PACKAGE, "Conditions");
    static final ClassName SHAPE_CHECK = ClassName.get(PACKAGE, "ShapeCheck");
    static final ClassName DTYPE = ClassName.get(PACKAGE, "DType");
    static final ClassName TENSOR_ASSERT = ClassName.get(PACKAGE, "TensorAssert");

    /**
     * {@code java.lang} classes are written through {@code $T} like any other, so a generated class
     * named {@code Math} or {@code String} (from {@code math.eq}) makes JavaPoet qualify them.
     */
    static final ClassName MATH = ClassName.get(Math.class);
    static final ClassName DOUBLE = ClassName.get(Double.class);
    static final ClassName STRING = ClassName.get(String.class);

    private RuntimeTypes() {}
}
