package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Domain;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.ShapeAxes;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.Input;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The declaration phase: inputs and their dimension symbols ({@code Q \in \mathbb{R}^{n \times d_k}}),
 * indexed families ({@code W_i^Q \in …, i = 1, \ldots, h}), and dimensions defined from others
 * ({@code d_{ff} = 4 d_{model}}), into the {@link FileScope}.
 *
 * <p>Reports: domains other than the reals and integer scalars (E0108), dimensions that are no
 * sizes (E0108), families not numbered from 1 (E0122), and names declared twice with different
 * shapes (E0109).
 */
final class Declarations {
    private final FileScope file;

    Declarations(FileScope file) {
        this.file = file;
    }

    void declare(Statement.Declaration d) {
        for (Expr.Sym name : d.names()) {
            file.markAttempted(NameKeys.full(name));
        }
        Input.Labels labels = null;
        List<Expr> labelDims = null;
        boolean binary = false;
        boolean signs = false;
        boolean interval = false;
        if (d.domain().field() == Domain.Field.OTHER && binaryDims(d.domain().set()) != null) {
            // \mathcal{N} \in \{0,1\}^{n \times n}: a 0/1 tensor (a membership matrix), computed with as a real one.
            labelDims = binaryDims(d.domain().set());
            binary = true;
        } else if (d.domain().field() == Domain.Field.OTHER && signDims(d.domain().set()) != null) {
            // t_n \in \{-1, 1\}, \epsilon \in \{-1, +1\}^d: signs (SVM targets, Rademacher noise), computed with as reals.
            labelDims = signDims(d.domain().set());
            signs = true;
        } else if (d.domain().field() == Domain.Field.OTHER && intervalDims(d.domain().set()) != null) {
            // mixup's \lambda \in [0, 1], \beta \in (0, 1), \mathbf{x} \in [0, 1]^{n}: real numbers in an interval
            // (W0476; was E0108). The range is not checked.
            labelDims = intervalDims(d.domain().set());
            interval = true;
            String names = String.join(", ", d.names().stream().map(n -> file.source.slice(n.span()).trim()).toList());
            Diagnostic.of(Code.W0476, file.source, d.domain().span(), "`" + names + "` "
                            + (d.names().size() == 1 ? "is" : "are") + " read as " + (!labelDims.isEmpty()
                            ? "real tensors" : d.names().size() == 1 ? "a real number" : "real numbers") + " with values in the interval `"
                            + file.source.slice((d.domain().set() instanceof Expr.Power pw ? pw.base()
                            : d.domain().set()).span()).trim() + "`, which eqc does not check")
                    .caret("real values")
                    .help("declare `" + names + " \\in \\mathbb{R}" + (labelDims.isEmpty() ? "" : "^{…}")
                            + "` to say so and silence this warning")
                    .report(file.diagnostics);
        } else if (d.domain().field() == Domain.Field.OTHER) {
            labelDims = new ArrayList<>();
            reportedLabels = false;
            labels = labelSet(d.domain().set(), labelDims, singleLabel(d));
            if (labels == null && reportedLabels) {
                return;
            }
        }
        if (d.domain().field() == Domain.Field.OTHER && labels == null && !binary && !signs && !interval) {
            Diagnostic.of(Code.E0108, file.source, d.domain().span(), "eqc computes with real tensors and integer"
                            + " scalars, not `" + file.source.slice(d.domain().span()) + "`")
                    .caret("not \\mathbb{R}, \\mathbb{N} or \\mathbb{Z}")
                    .help("declare inputs like `x \\in \\mathbb{R}^{n \\times d}`")
                    .report(file.diagnostics);
            return;
        }
        if (d.domain().field() != Domain.Field.REAL && labels == null && !binary && !signs && !interval
                && !d.domain().dims().isEmpty()) {
            // y \in \mathbb{N}^N: class labels, counted from 0 (W0140 where they select).
            labels = new Input.Labels(0, null);
        }
        List<Dim> dims = new ArrayList<>();
        for (Expr e : labelDims != null ? labelDims : d.domain().dims()) {
            Dim dim = DimConverter.convert(e, file);
            if (dim == null) {
                return;
            }
            dims.add(dim);
        }
        if (d.family() != null) {
            Dim size = familySize(d.family());
            if (size == null) {
                return;
            }
            dims.add(0, size);
        }
        List<Expr.Sym> names = new ArrayList<>(d.names());
        boolean dotted = false;
        Dim members = d.family() == null && d.applied().isEmpty() ? dottedMembers(names) : null;
        if (members != null) {
            // CS224n's \mathbf{h}_1, \ldots, \mathbf{h}_N \in \mathbb{R}^{d_1}: the members of one family, declared
            // as the family \mathbf{h} with the member number as its first axis, as `\mathbf{h}_i \in \mathbb{R}^{d_1},
            // i = 1, \ldots, N` is (W0481). Each was an input of its own and \mathbf{h}_i undeclared (W0101).
            Expr.Sym first = names.get(0);
            Expr.Sym last = names.get(names.size() - 1);
            Diagnostic.of(Code.W0481, file.source, first.span().to(last.span()), "`" + file.source.slice(
                            first.span().to(last.span())) + "` is read as the family `" + file.source.slice(first.span())
                            .replaceAll("_\\{?1\\}?$", "") + "` of " + members
                            + " members, numbered from 1: one input with the member number as its first axis")
                    .caret("one family")
                    .help("write `" + file.source.slice(first.span()).replaceAll("_\\{?1\\}?$", "_i") + " \\in …, i = 1,"
                            + " \\ldots, " + file.source.slice(last.sub().span()).replaceAll("[{}]", "") + "` to say so")
                    .report(file.diagnostics);
            dims.add(0, members);
            names = new ArrayList<>(List.of(first));
            dotted = true;
        }
        for (Expr.Apply value : d.applied()) {
            if (PendingDefinition.logOfName(value) instanceof Expr.Sym p) {
                // r, \log\pi \in \mathbb{R}^{B} (SAC): the log-probabilities declared as the name \log\pi.
                names.add(PendingDefinition.logName(value.span(), p));
                continue;
            }
            if (PendingDefinition.logOfName(value) instanceof Expr.Apply inner && inner.callee() instanceof Expr.Sym p) {
                // \log \pi_t(\mathbf{a}_t|\mathbf{s}_t) \in \mathbb{R}^{B} (SAC): the log-probabilities at the arguments
                // written, the value of the function \log\pi_t there (CallResolver reads `\log \pi_t(…)` as it).
                Expr.Sym named = PendingDefinition.logName(new dev.eqc.compiler.source.Span(value.span().start(),
                        p.span().end()), p);
                AppliedValues.declare(file, new Expr.Apply(value.span(), named, inner.args(), inner.argsSpan()), dims);
                continue;
            }
            AppliedValues.declare(file, value, dims);
        }
        for (Expr.Sym declared : names) {
            // A family member W_i^Q is declared as the family W^Q with the member number as its first axis.
            // A member labelled x^{(i)} names its family as written (a parameter x of a function stays apart).
            Expr.Sym name = d.family() == null && !dotted || declared.sub() == null ? declared
                    : declared.withScripts(declared.span(), null, declared.sup(), declared.primes());
            if (dotted && declared.sup() == null && file.source.slice(declared.span()).lastIndexOf('_') > 0) {
                // the family is named without the member's number: \mathbf{h}, not \mathbf{h}_1
                int cut = file.source.slice(declared.span()).lastIndexOf('_');
                name = name.withScripts(new dev.eqc.compiler.source.Span(declared.span().start(),
                        declared.span().start() + cut), null, null, declared.primes());
            }
            String key = NameKeys.full(name);
            Input existing = file.input(key);
            if (existing != null) {
                if (!existing.dims().equals(dims)) {
                    Diagnostic.of(Code.E0109, file.source, name.span(),
                                    "`" + key + "` is declared twice with different shapes")
                            .caret("declared here as " + dims)
                            .label(existing.span(), "first declared here as " + existing.dims())
                            .report(file.diagnostics);
                }
                continue;
            }
            file.markDeclared(key);
            String javaName = file.valueNames().allocate(JavaNames.of(name, true));
            boolean integer = d.domain().field() != Domain.Field.REAL && !binary && !signs && !interval;
            Input in = new Input(key, file.source.slice(name.span()), javaName, name.span(), dims, integer, true,
                    file.inputCount(), dims.isEmpty() && labels != null && labels.count() == null ? null : labels);
            file.declareInput(key, in);
            if (binary) {
                file.markBinary(key);
            }
            if (d.family() != null || dotted) {
                file.addFamily(key, in);
            }
        }
    }

    /**
     * The number of members of a declared list {@code x_1, \\ldots, x_N} (also {@code x_1, x_2, \\ldots, x_n}): names of
     * one family subscripted 1, 2, … up to dots and a last member whose subscript is the count; null for any other list.
     */
    private Dim dottedMembers(List<Expr.Sym> names) {
        if (names.size() < 3) {
            return null;
        }
        Expr.Sym first = names.get(0);
        Expr.Sym last = names.get(names.size() - 1);
        if (first.sub() == null || !first.sub().isSingle() || !(first.sub().single() instanceof Expr.Num one)
                || one.value() != 1.0 || last.sub() == null || !last.sub().isSingle()
                || !(last.sub().single() instanceof Expr.Sym || last.sub().single() instanceof Expr.Num)) {
            return null;
        }
        String family = NameKeys.full(first.withScripts(first.span(), null, first.sup(), first.primes()));
        boolean dots = false;
        int number = 1;
        for (int k = 1; k < names.size() - 1; k++) {
            Expr.Sym n = names.get(k);
            if (n.kind() == dev.eqc.compiler.ast.SymKind.COMMAND && n.bare() && (n.base().equals("\\ldots")
                    || n.base().equals("\\dots") || n.base().equals("\\cdots"))) {
                if (dots) {
                    return null;
                }
                dots = true;
                continue;
            }
            if (dots || n.sub() == null || !n.sub().isSingle() || !(n.sub().single() instanceof Expr.Num m)
                    || m.value() != ++number
                    || !NameKeys.full(n.withScripts(n.span(), null, n.sup(), n.primes())).equals(family)) {
                return null;
            }
        }
        if (!dots || !NameKeys.full(last.withScripts(last.span(), null, last.sup(), last.primes())).equals(family)
                || file.hasInput(family)) {
            return null;
        }
        return DimConverter.convert(last.sub().single(), file);
    }

    private boolean reportedLabels;

    /** The sizes of {@code \{0,1\}^{n \times n}} (or {@code \{0, 1\}^n}), or null for any other set. */
    private static List<Expr> binaryDims(Expr set) {
        return twoValueDims(set, 0, 1);
    }

    /** The sizes of {@code \{-1, 1\}^n}, {@code \{-1, +1\}} (a sign: no sizes), or null for any other set. */
    private static List<Expr> signDims(Expr set) {
        return twoValueDims(set, -1, 1);
    }

    /**
     * The sizes of the set {@code \{low, high\}} raised to a product of sizes, or of the set alone (one value: no
     * sizes, as stochastic depth's {@code b_\ell \in \{0, 1\}}); null for any other set.
     */
    private static List<Expr> twoValueDims(Expr set, int low, int high) {
        Expr base = set instanceof Expr.Power p ? p.base() : set;
        if (!(base instanceof Expr.Group g) || g.bracket() != dev.eqc.compiler.ast.Bracket.SET || g.items().size() != 2
                || !(isNumber(g.items().get(0), low) && isNumber(g.items().get(1), high)
                        || low < 0 && isNumber(g.items().get(0), high) && isNumber(g.items().get(1), low))) {
            return null;
        }
        List<Expr> dims = new ArrayList<>();
        if (set instanceof Expr.Power p) {
            for (Expr item : p.exponent().items()) {
                ShapeAxes.flatten(item, dims);
            }
        }
        return dims;
    }

    /**
     * The sizes of an interval of two numbers ({@code [0, 1]}, {@code (0, 1)}, {@code [0, 1)}, {@code (0, \infty)},
     * {@code [-1, 1]}), alone (no sizes) or raised to a product of sizes ({@code [0, 1]^{n \times m}}); null for any
     * other set.
     */
    private static List<Expr> intervalDims(Expr set) {
        Expr base = set instanceof Expr.Power p ? p.base() : set;
        if (!(base instanceof Expr.Group g) || g.items().size() != 2 || !(g.bracket() == dev.eqc.compiler.ast.Bracket.SQUARE
                || g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN || g.bracket() == dev.eqc.compiler.ast.Bracket.OPEN_CLOSED
                || g.bracket() == dev.eqc.compiler.ast.Bracket.CLOSED_OPEN)
                || !endpoint(g.items().get(0)) || !endpoint(g.items().get(1))) {
            return null;
        }
        List<Expr> dims = new ArrayList<>();
        if (set instanceof Expr.Power p) {
            if (p.exponent().isTranspose()) {
                return null;
            }
            for (Expr item : p.exponent().items()) {
                ShapeAxes.flatten(item, dims);
            }
        }
        return dims;
    }

    /** A number as an interval's end: {@code 0}, {@code -1}, {@code 0.5}, {@code \infty}, {@code -\infty}. */
    private static boolean endpoint(Expr e) {
        Expr x = e instanceof Expr.Unary u ? u.operand() : e;
        return x instanceof Expr.Num || x instanceof Expr.Sym s && s.bare() && s.base().equals("\\infty");
    }

    /** Whether {@code e} is the whole number {@code value} as written: {@code 1}, {@code +1}, {@code -1}. */
    private static boolean isNumber(Expr e, int value) {
        if (e instanceof Expr.Unary u && u.operand() instanceof Expr.Num n) {
            int sign = u.op() == dev.eqc.compiler.ast.UnaryOp.NEG ? -1 : 1;
            return n.text().equals(String.valueOf(Math.abs(value))) && sign * Math.abs(value) == value && value != 0;
        }
        return e instanceof Expr.Num n && (n.text().equals(String.valueOf(value)) || value > 0 && n.text().equals("+" + value));
    }

    /**
     * {@code \{1, \dots, K\}^N} or {@code \{0, \dots, K-1\}^{N \times T}}: class labels counted from
     * 1 or 0, K classes; the exponent's sizes go to {@code dims}. Null for any other set (reported
     * here when it looks like a label set but is not one).
     */
    private Input.Labels labelSet(Expr set, List<Expr> dims, boolean single) {
        // A tensor of labels, or one label (`y \in \{1, \dots, C\}`, `y_i \in \{1, \dots, c\}`) whose name
        // indexes nothing: `i \in \{1, \dots, n\}` with `y_i = …` or `\sum_i` is an index range pasted as a
        // declaration (E0108: ranges of indices are inferred or written as limits).
        if (!(set instanceof Expr.Power) && !single) {
            return null;
        }
        Expr base = set;
        if (set instanceof Expr.Power p) {
            base = p.base();
            for (Expr item : p.exponent().items()) {
                ShapeAxes.flatten(item, dims);
            }
        }
        if (base instanceof Expr.Group sq && sq.bracket() == dev.eqc.compiler.ast.Bracket.SQUARE && sq.items().size() == 1
                && (!(sq.items().get(0) instanceof Expr.Num num) || num.text().matches("[1-9]\\d*"))) {
            // y \in [M] (Blondel and Roulet, Mohri et al., Bach): the labels 1, ..., M, as \{1, \dots, M\}.
            Dim count = DimConverter.convert(sq.items().get(0), file);
            if (count == null) {
                reportedLabels = true;
                dims.clear();
                return null;
            }
            return new Input.Labels(1, count);
        }
        if (!(base instanceof Expr.Group g) || g.bracket() != dev.eqc.compiler.ast.Bracket.SET || g.items().size() != 3
                || !(g.items().get(1) instanceof Expr.Sym dots) || !(dots.base().equals("\\dots")
                || dots.base().equals("\\ldots") || dots.base().equals("\\cdots"))) {
            dims.clear();
            return null;
        }
        Expr first = g.items().get(0);
        Expr last = g.items().get(2);
        if (!(first instanceof Expr.Num n) || n.value() != 0.0 && n.value() != 1.0) {
            Diagnostic.of(Code.E0108, file.source, first.span(), "class labels count from 0 or 1")
                    .caret("not 0 or 1")
                    .help("declare labels like `y \\in \\{1, \\dots, K\\}^N` or `y \\in \\{0, \\dots, K-1\\}^N`")
                    .report(file.diagnostics);
            reportedLabels = true;
            dims.clear();
            return null;
        }
        Expr countExpr = last;
        if (n.value() == 0.0) {
            if (last instanceof Expr.Binary b && b.op() == dev.eqc.compiler.ast.BinaryOp.SUB
                    && b.right() instanceof Expr.Num one && one.value() == 1.0) {
                countExpr = b.left();
            } else {
                Diagnostic.of(Code.E0108, file.source, last.span(), "labels counted from 0 end at the number of classes"
                                + " minus 1")
                        .caret("expected `K-1`")
                        .help("declare labels like `y \\in \\{0, \\dots, K-1\\}^N`")
                        .report(file.diagnostics);
                reportedLabels = true;
                dims.clear();
                return null;
            }
        }
        Dim count = DimConverter.convert(countExpr, file);
        if (count == null) {
            reportedLabels = true;
            dims.clear();
            return null;
        }
        return new Input.Labels((int) n.value(), count);
    }

    /**
     * Whether a declaration over a set of classes without an exponent declares one class label: its one name
     * has a subscript ({@code y_i}), or is a letter that no left-hand side and no operator uses as an index.
     */
    private boolean singleLabel(Statement.Declaration d) {
        if (d.names().size() != 1 || d.family() != null) {
            return false;
        }
        Expr.Sym name = d.names().get(0);
        if (name.sub() != null) {
            return name.sup() == null;
        }
        if (!name.bare()) {
            return false;
        }
        String letter = java.util.regex.Pattern.quote(name.base());
        String text = file.source.text();
        // \sum_i, \max_{i}, \sum_{i=1}^{n}, \prod_{i \ne j}: an index of an operator (\sum_{y' \in [L]} beside a
        // label y runs over y', another letter: Menon et al.'s logit-adjusted loss).
        if (java.util.regex.Pattern.compile("\\\\(?:sum|prod|max|min|arg\\s*\\\\?max|arg\\s*\\\\?min|argmax|argmin|bigcup|mathbb\\{E\\})_(?:"
                + letter + "(?![A-Za-z'])|\\{\\s*" + letter + "(?![A-Za-z']))").matcher(text).find()) {
            return false;
        }
        // y_i = …, x_{ij} = …: a subscript letter of a left-hand side.
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (line.startsWith("%") || eq < 0) {
                continue;
            }
            String lhs = withoutArguments(line.substring(0, eq));
            if (java.util.regex.Pattern.compile("_(?:" + letter + "(?![A-Za-z])|\\{[^}]*(?<![A-Za-z\\\\])" + letter
                    + "(?![A-Za-z])[^}]*\\})").matcher(lhs).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A left-hand side without the arguments of the function it defines: {@code \mathcal{L}_q(f(\boldsymbol{x}),
     * \boldsymbol{e}_j)} (Zhang &amp; Sabuncu) is {@code \mathcal{L}_q}. A subscript inside the parameters is part of a
     * parameter's name (the one-hot {@code \boldsymbol{e}_j} of the label j), no index of the definition. Parentheses
     * inside braces ({@code x_{(i)}}) stay.
     */
    static String withoutArguments(String lhs) {
        StringBuilder out = new StringBuilder();
        int braces = 0;
        int parens = 0;
        for (int k = 0; k < lhs.length(); k++) {
            char c = lhs.charAt(k);
            if (parens == 0 && c == '(' && braces == 0) {
                parens = 1;
                continue;
            }
            if (parens > 0) {
                parens += c == '(' ? 1 : c == ')' ? -1 : 0;
                continue;
            }
            braces += c == '{' ? 1 : c == '}' ? -1 : 0;
            out.append(c);
        }
        return out.toString();
    }

    /** The number of members of a family range ({@code i = 1, \ldots, h}: h), or null after an error. */
    private Dim familySize(Statement.FamilyRange range) {
        if (!(range.first() instanceof Expr.Num one) || one.value() != 1.0) {
            Diagnostic.of(Code.E0122, file.source, range.first().span(), "family members are numbered from 1")
                    .caret("not 1")
                    .help("write the range as papers do, like `i = 1, \\ldots, h`")
                    .report(file.diagnostics);
            return null;
        }
        return DimConverter.convert(range.last(), file);
    }

    /**
     * {@code d_{ff} = 4 d_{model}}: a dimension defined from others (SPEC 2.1). Such statements
     * are not definitions; the symbol is replaced by its expression in every declared shape,
     * and as a value it is that expression. Returns the statements that define dimensions.
     */
    Set<Statement.Definition> defineDimensions(Program program) {
        Set<Statement.Definition> taken = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Sym sym && sym.sup() == null
                    && file.isDimension(NameKeys.withSub(sym)) && !file.hasInput(NameKeys.full(sym))) {
                // Read the right side on the side: only sizes made of known dimensions make a
                // dimension (`h = W x` is a definition, not a dimension).
                FileScope probe = new FileScope(file.source, new Diagnostics());
                file.dimensions().forEach(probe::addDimension);
                Dim value = DimConverter.convert(d.rhs(), probe);
                if (value != null && !probe.diagnostics.hasErrors() && file.dimensions().containsAll(probe.dimensions())) {
                    taken.add(d);
                    file.defineDimension(NameKeys.withSub(sym), value);
                }
            }
        }
        if (file.hasDefinedDimensions()) {
            file.rewriteInputs(in -> in.withDims(in.dims().stream().map(file::substitute).toList(), file::substitute));
        }
        return taken;
    }
}
