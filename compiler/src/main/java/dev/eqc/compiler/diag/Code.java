package dev.eqc.compiler.diag;

/**
 * The catalogue of diagnostics. Codes are stable: tools and users search for them, so a
 * code is never reused for a different problem. The first digit after the letter is the
 * pass that reports it: 0 syntax, 1 names, 2 declarations, 3 shapes, 4 evaluation, 5 gradients.
 */
public enum Code {
    E0001("syntax error"),
    E0002("unclosed delimiter"),
    E0003("expression nested too deeply"),
    E0004("unsupported environment"),
    E0005("unreadable input"),
    E0006("double superscript or subscript"),
    E0101("unknown function"),
    E0102("unknown command"),
    E0103("not supported yet"),
    E0104("wrong number of arguments"),
    E0105("recursive definition"),
    E0106("duplicate definition"),
    E0107("invalid left-hand side"),
    E0108("invalid declaration"),
    E0109("conflicting declarations"),
    E0110("undefined name in a dimension"),
    E0111("gradient with respect to something that is not an input"),
    E0120("strided parts overlap"),
    E0121("strided parts leave elements undefined"),
    E0122("family member outside its range"),
    E0123("strided parts do not match"),
    E0140("strided position outside the tensor"),
    E0150("named power of a square matrix"),
    E0154("superscript index whose axis cannot be told"),
    E0155("name before a parenthesised number"),
    E0156("1- or infinity-norm of a matrix"),
    E0180("matrix rows of different lengths"),
    E0181("matrix notation not read as a tensor"),
    E0182("list with dots that is not an arithmetic sequence"),
    E0183("list whose length changes with an index"),
    E0190("value of an undefined function that cannot be read"),
    E0191("function whose body applies an undefined function to its parameter, called with another argument"),
    E0192("value of an undefined function whose shape nothing tells"),
    E0255("a definition guarded by a condition, with no value where it fails"),
    E0270("the matrix exponential of a matrix the file inverts"),
    E0301("matrix product dimensions differ"),
    E0302("shapes do not broadcast"),
    E0303("wrong rank"),
    E0304("dimension conflict"),
    E0305("gradient of a non-scalar"),
    E0501("not differentiable"),
    W0101("undeclared input assumed"),
    W0102("ambiguous notation"),
    W0103("function parameter without a declared shape"),
    W0104("dimension bound from an argument"),
    W0130("condition read as prose"),
    W0131("shape annotation not checked"),
    W0132("reading of a paper operator"),
    W0133("bracket list read as concatenation"),
    W0135("name defined again from its own value"),
    W0136("call on the name being defined read as a value"),
    W0137("function of a tensor's element read element-wise"),
    W0140("index counting chosen"),
    W0141("limit known only at run time"),
    W0142("value read before its update"),
    W0143("limit read as the size of the axis it runs over"),
    W0144("vectors written as rows"),
    W0145("gradient defined by its closed form"),
    W0146("gradient with respect to a function's argument"),
    W0147("sum over a set the file does not give"),
    W0148("sum over named coordinates"),
    W0149("tensor written as the set of its elements"),
    W0150("diagonal matrix defined by its diagonal"),
    W0151("index set read as a membership matrix"),
    W0152("weight normalised over a set is 0 outside it"),
    W0153("index read with its upper-case size"),
    W0154("superscript index read as an axis"),
    W0155("approximation read as a definition"),
    W0160("reading of function notation"),
    W0161("tensor written as a function of its indices"),
    W0170("read at a shifted position"),
    W0171("limit that depends on another index"),
    W0172("sum to infinity read to the end"),
    W0180("list with dots read as an arithmetic sequence"),
    W0181("one line defining several names by a label list"),
    W0182("set written as a definition"),
    W0195("size no input gives, taken as a size parameter"),
    W0196("left-hand index with no range, given a size parameter"),
    W0197("index range read from a fraction of a size"),
    W0190("value of a function the file does not define"),
    W0191("unused parameter read as notation"),
    W0192("size of an undefined set read as a declared size"),
    W0220("function of an index read element-wise"),
    W0230("a value per element and its total under one name"),
    W0240("parenthesised superscript index read as a component"),
    W0250("middle name of a chain read as another name for the value"),
    W0251("middle form of undefined names read as an intermediate step"),
    W0252("unused parameter of a function nothing calls read as notation"),
    W0255("an index over the shorter of two axes, the longer read at its positions"),
    W0256("a declared table of conditional values read with the condition first"),
    W0257("a name declared by its element over the capital of its index read as that element"),
    W0258("a left-hand argument that is no name read as notation"),
    W0260("union with a node's own value read as the set with the node counted once"),
    W0261("vectors of different lengths side by side read as an outer product"),
    W0265("a function parameter read as local, not as the declared input of its name"),
    W0270("an input defined from its own value read as an update"),
    W0271("an exclusion between two free letters read as a sum over pairs"),
    W0285("the bars around a row of a declared 0/1 matrix read as the size of that set"),
    W0286("a left-hand letter that only declared names carry read as a step label, part of the name");

    private final String title;

    Code(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public Severity severity() {
        return name().startsWith("W") ? Severity.WARNING : Severity.ERROR;
    }
}
