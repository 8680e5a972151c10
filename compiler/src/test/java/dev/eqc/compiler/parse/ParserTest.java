package dev.eqc.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.SExpressions;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser, checked through S-expressions (as Starlark tests compare prettyPrint output). */
class ParserTest {
    private static String parse(String text) {
        Diagnostics d = new Diagnostics();
        Program p = Parser.parse(new SourceFile("t.eq", text), d);
        assertFalse(d.hasErrors(), () -> d.all().toString());
        return p.statements().stream().map(SExpressions::print).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "y = xW + b | (define y (+ xW b))",
        "y = QK^T V | (define y (juxt QK^T V))",
        "\\mathrm{FFN}(x) = \\max(0, xW_1 + b_1)W_2 + b_2 | (define (call \\mathrm{FFN} x) (+ (juxt (call \\max 0 (+ xW_1 b_1)) W_2) b_2))",
        "y = \\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V | (define y (juxt (call \\mathrm{softmax} (frac QK^{\\top} (sqrt d_k))) V))",
        "softmax(QK^T/sqrt(d_k))V | (expr (juxt (call softmax (/ QK^T (call sqrt d_k))) V))",
        "m_t \\leftarrow \\beta_1 \\cdot m_{t-1} | (define m_t (cdot \\beta_1 m_{t-1}))",
        "\\hat{m}_t := m_t | (define \\hat{m}_t m_t)",
        "y = \\log \\sigma(x) | (define y (call \\log (call \\sigma x)))",
        "y = -\\sum_{j} W_{ij} x_j | (define y (neg (\\sum_j (juxt W_{ij} x_j))))",
        "L = \\exp(-d(x, p_y)) | (define L (call \\exp (neg (call d x p_y))))",
        "L = -f(x)^2 | (define L (neg (pow (call f x) 2)))",
        "y = a \\odot b / c | (define y (/ (odot a b) c))",
        "y = 0.5x(1 + x) | (define y (juxt 0.5 (call x (+ 1 x))))",
        "y = G^* + R^{T,+} | (define y (+ G^* R^{T,+}))",
        "r = p(o_{i,t}, o_{i,<t}) | (define r (call p o_{i,t} o_{i,<t}))",
        "r = p(y_{\\le t}) | (define r (call p y_{\\le t}))",
        "h = a \\Vert b | (define h (concat a b))",
        "\\psi(g_1, ..., g_t) | (expr (call \\psi g_1 \\dots g_t))",
        "\\rho_t >= 4 | (expr (\\ge \\rho_t 4))",
        "\\hat{x}_t = \\begin{pmatrix} h_{t-1} \\\\ x_t \\end{pmatrix} | (define \\hat{x}_t (matrix (h_{t-1}) (x_t)))",
        "i \\in N | (declare (i) (N))",
        "\\epsilon = 1\\mathrm{e}{-5} | (define \\epsilon 1e-5)",
        "\\epsilon = 1e-5 | (define \\epsilon 1e-5)",
        // PyTorch's TripletMarginLoss: plain TeX's font switches in braces (was E0102: unknown command `\\rm`)
        "d = {\\bf x}_i - {\\rm margin} | (define d (- x_i \\mathrm{margin}))",
        // The Annotated Transformer's \mathrm{head_i}: the subscript inside the braces prints, and is, \mathrm{head}_i
        "y = \\mathrm{head_1} + \\mathrm{head}_2 + \\operatorname{head_{12}} | (define y (+ (+ \\mathrm{head}_1 \\mathrm{head}_2) \\mathrm{head}_{12}))",
        // The Annotated Diffusion Model's \bar{\alpha}_t := \Pi_{s=1}^{t} \alpha_s: a capital letter with a range is the
        // operator it prints as (was an undeclared name \Pi_{s=1} times \alpha_s); without a range it stays a name
        "y = \\Pi_{s=1}^{n} a_s + \\Sigma_{i=1}^{n} a_i + \\Sigma_k^{-1} | (define y (+ (+ (\\prod_{s=1}^n a_s) (\\sum_{i=1}^n a_i)) \\Sigma_k^{-1}))",
    })
    void parsesPaperNotation(String input, String expected) {
        assertEquals(expected, parse(input));
    }

    @Test
    void pasteWrappersAndPresentationAreIgnored() {
        String pasted = "$$\\begin{equation}\\label{eq:attn} y = \\textcolor{red}{\\Big( a \\, + \\; b \\Big)} \\nonumber,"
                + " \\end{equation}$$";
        assertEquals("(define y (paren (+ a b)))", parse(pasted));
    }

    @Test
    void anArrayWithoutColumnsStacksEquationsAndACommaSuperscriptIsAStrut() {
        // Machine Learning Refined: \begin{array} with no column specification around rows of equations (was E0004),
        // and \mathbf{v}^{,}\mathbf{v}^T, a superscript of a lone comma that only aligns the factors' heights
        assertEquals("(define (call g_1 w_1 w_2) w_1^2)\n(define (call g_2 w_1 w_2) w_2^2)",
                parse("\\begin{equation} \\begin{array} \\ g_1(w_1,w_2) = w_1^2 \\\\ g_2(w_1,w_2) = w_2^2 \\\\"
                        + " \\end{array} \\end{equation}"));
        assertEquals("(define F (+ G (juxt v v^T)))", parse("F = G + v^{,}v^T"));
        // cells without a defining sign are no stack of equations: still E0004, not `A = 1 & 2` read as 12
        for (String cells : List.of("A = \\begin{array} 1 & 2 \\\\ 3 & 4 \\end{array}",
                "y = \\begin{array} x_1 \\\\ x_2 \\end{array}")) {
            Diagnostics d = new Diagnostics();
            Parser.parse(new SourceFile("t.eq", cells), d);
            assertTrue(d.all().stream().anyMatch(x -> x.code() == Code.E0004), () -> cells + ": " + d.all());
        }
        // with columns it stays a matrix
        assertEquals("(define A (bracket (matrix (1 2) (3 4))))",
                parse("A = \\left[\\begin{array}{cc} 1 & 2 \\\\ 3 & 4 \\end{array}\\right]"));
    }

    @Test
    void declarationsShareALineWithConstants() {
        assertEquals("(declare (x) (real m d))\n(declare (\\gamma \\beta) (real d))\n(define \\epsilon (pow 10 (neg 5)))",
                parse("x \\in \\mathbb{R}^{m \\times d}, \\gamma, \\beta \\in \\mathbb{R}^{d}, \\epsilon = 10^{-5}"));
    }

    @Test
    void newlinesInsideBracketsContinueTheStatement() {
        assertEquals("(define y (juxt (paren (+ a b)) c))", parse("y = (a\n + b)\n c".replace("\n c", " c")));
        assertEquals("(define y (+ a b))\n(define z a)", parse("y = a \\\\ + b ; z = a".replace("\\\\ +", "+")));
    }

    @Test
    void barsAreConditionsAbsoluteValuesAndNorms() {
        assertEquals("(expr (call q (| x_t x_0)))", parse("q(x_t | x_0)"));
        assertEquals("(define y (+ (abs x) (sub (norm x) 2)))", parse("y = |x| + \\|x\\|_2"));
    }

    @Test
    void derivationRowsContinueTheDefinition() {
        assertEquals("(define D_i (juxt P V))\n(continue = (juxt Q V))\n(continue = R)",
                parse("\\begin{align} D_i &= P V \\\\ &= Q V = R \\end{align}"));
        assertEquals("(define y (+ a b))", parse("y = a + \\\\ b"));
    }

    @Test
    void alignRowsAreStatements() {
        assertEquals("(define a b)\n(define c d)", parse("\\begin{align} a &= b \\\\ c &= d \\end{align}"));
    }

    @Test
    void insideADisplayBlockANewlineIsASpace() {
        assertEquals("(define y (+ a b))\n(define z c)",
                parse("$$\n\\begin{aligned}\ny &= a\n  + b \\\\\nz &= c\n\\end{aligned}\n$$"));
        assertEquals("(define y (+ a b))", parse("\\[\ny = a\n + b\n\\]"));
        assertEquals("(define y (+ a b))", parse("\\begin{equation}\ny = a\n + b\n\\end{equation}"));
        // the block ends the statement, and after it newlines separate statements again
        assertEquals("(define a b)\n(define c d)\n(define e f)", parse("$$ a = b $$ $$ c = d $$\ne = f"));
        assertEquals("(define a b)\n(define c d)", parse("$$ a = b $$\nc = d"));
    }

    @Test
    void aLineEndingInARelationOrOperatorGoesOnUnlessTheNextLineIsADefinition() {
        assertEquals("(define (call f x) (cases (1 (> x 0)) (0 otherwise)))",
                parse("f(x) =\n  \\begin{cases} 1 & x > 0 \\\\ 0 & \\textrm{otherwise} \\end{cases}"));
        assertEquals("(define A (matrix (1 2) (3 4)))", parse("A =\n\\begin{bmatrix}\n1 & 2 \\\\\n3 & 4 \\\\\n\\end{bmatrix},"));
        assertEquals("(expr (\\sim x (call \\mathcal{N} 0 1)))", parse("x \\sim\n\\mathcal{N}(0, 1)"));
        assertEquals("(define y (- a b))", parse("y = a -\n b"));
        assertEquals("(define y (+ a (juxt 2 b)))", parse("y = a +\n2 b"));
        // `z = b` is a statement of its own: `y = a +` stays unfinished (syntaxErrorSpoilsOnlyItsStatement)
        Diagnostics d = new Diagnostics();
        Program p = Parser.parse(new SourceFile("t.eq", "y =\nz = b\nw = a +\n\nv = c"), d);
        assertEquals(2, d.errorCount(), () -> d.all().toString());
        assertEquals(List.of("(define z b)", "(define v c)"), p.statements().stream().map(SExpressions::print).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        // half-open intervals
        "P(X \\in (a, b]) => (expr (call P (\\in X (interval-open-closed a b))))",
        "t \\in [0, T) => (declare (t) ((interval-closed-open 0 T)))",
        // an expression stated to lie in a set: parsed; name resolution rejects it (E0108)
        "\\frac{u^\\top v}{\\|u\\| \\|v\\|} \\in [-1, 1]. => (expr (\\in (frac (juxt u^{\\top} v) (juxt (norm u) (norm v))) (bracket (neg 1) 1)))",
        // \\> is a medium space; a question mark ends a sentence like `.`
        "\\hat{y} = \\mathrm{argmax}_y \\> p(y \\mid x). => (define \\hat{y} (\\argmax_y (call p (| y x))))",
        "A = \\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}? => (define A (matrix (1 0) (0 1)))",
        // `;` closing a row of cases, `: &=` split by the alignment mark, `\\ldots,` before a closer
        "y = \\begin{cases} 1 & x > 0; \\\\ 0 & \\textrm{otherwise.} \\end{cases} => (define y (cases (1 (> x 0)) (0 otherwise)))",
        "\\textrm{OPT} : &= \\ln p => (define \\mathrm{OPT} (call \\ln p))",
        "s = (a + b + \\ldots, \\right) => (define s (paren (+ (+ a b) \\ldots)))",
        "y = (a + b)。 => (define y (paren (+ a b)))",
        // a word joining two conditions of a cases row is their comma (both must hold); \\bmod a remainder
        // (Longformer's dilated window: were E0101 unknown function `\\text{ and }` and E0102 unknown `\\bmod`)
        "M = \\begin{cases} 0 & \\text{if } a \\le b \\text{ and } c \\bmod d = 0 \\\\ 1 & \\text{otherwise} \\end{cases} => (define M (cases (0 (odot (\\le a b) (= (mod c d) 0))) (1 otherwise)))",
        "M = \\begin{cases} 0 & a \\le b \\land c > 0 \\\\ 1 & \\text{otherwise} \\end{cases} => (define M (cases (0 (odot (\\le a b) (> c 0))) (1 otherwise)))",
        // outside a condition a union is an operator of its own
        "S = A \\cup \\{v\\} => (define S (cup A (set v)))",
    })
    void textbookPunctuationAndSets(String input, String expected) {
        assertEquals(expected, parse(input));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        // the bars between a divergence's two distributions, however sized, are the comma of its arguments
        "D_{KL}\\bigl[q||p\\bigr] => (expr (juxt D_{KL} (bracket q p)))",
        "\\mbox{D}_{KL}\\Bigl[q(z|x)\\Bigl|\\Bigr|p(z)\\Bigr] => (expr (juxt \\mathrm{D}_{KL} (bracket (call q (| z x)) (call p z))))",
        "D_{JS}\\Bigl[P\\left|\\left|\\right.\\right.Q\\Bigr] => (expr (juxt D_{JS} (bracket P Q)))",
        "\\mathrm{KL}(P \\Vert Q) => (expr (call \\mathrm{KL} P Q))",
        "D_{w}\\Bigl[Pr(x)||q(x)\\Bigr] => (expr (juxt D_w (bracket (call Pr x) (call q x))))",
        "D_{\\rm KL}\\left[p \\, || \\, q\\right] + {\\rm KL}(p || q) => (expr (+ (juxt D_{\\rm KL} (bracket p q)) (call \\mathrm{KL} p q)))",
        // elsewhere \\| is concatenation and ||x|| a norm; a norm right after the opening bar is no separator
        "h = [a \\| b] => (define h (bracket (concat a b)))",
        "D(||x|| \\| y) => (expr (call D (norm x) y))",
        // two pairs of bars: no single separator, the group is left as written
        "D(a ||x||) => (expr (call D (juxt a (norm x))))",
        // a wide space right after a sign spaces out its right side; it separates no definitions
        "g = \\quad a[x] = \\quad a[y] => (define g (juxt a (bracket x)))\\n(continue = (juxt a (bracket y)))",
        // eqnarray: a row ending in a relation goes on in the next row
        "\\begin{eqnarray} a & \\propto & \\\\ && \\hspace{-2cm} b \\end{eqnarray} => (expr (\\sim a b))",
        // a matrix row holding only a \\vspace is spacing, not a row
        "A = \\begin{bmatrix} a \\\\ \\vspace{-0.2cm} \\\\ b \\end{bmatrix} => (define A (matrix (a) (b)))",
        // \\begingroup, \\endgroup, \\rule struts: presentation
        "y = \\begingroup\\color{red} \\overbrace{\\color{black}\\rule[0cm]{0mm}{0.6cm} x + 1}^{\\mbox{term}} \\endgroup => (define y (paren (+ x 1)))",
        // \\\\[5pt] and \\\\* end a row like \\\\ (the [5pt] was a bracket times p t)
        "A = \\begin{bmatrix} a \\\\[5pt] b \\\\[-0.5ex] c \\end{bmatrix} => (define A (matrix (a) (b) (c)))",
        "\\begin{align} a &= b \\\\* c &= d \\end{align} => (define a b)\\n(define c d)",
        // \\phantom and its kin are space; \\mathsf T, \\mathrm d: a one-letter word without braces
        "a + \\phantom{=} b + \\vphantom{\\frac{1}{2}} c => (expr (+ (+ a b) c))",
        "y = x^{\\mathsf T} w + \\mathrm d x => (define y (+ (juxt x^T w) (juxt \\mathrm{d} x)))",
        // cases written before amsmath: \\left\\{ \\begin{array}{ll} … \\end{array} \\right.
        "g(x) = \\left\\{ \\begin{array}{cl} x & \\textrm{if } x > 0 \\\\ 0 & \\textrm{else} \\end{array} \\right. => (define (call g x) (cases (x (> x 0)) (0 otherwise)))",
    })
    void textbookDelimitersAndRows(String input, String expected) {
        assertEquals(expected.replace("\\n", "\n"), parse(input));
    }

    @Test
    void anEllipsisWithACommaInADerivationAndABookLabel() {
        assertEquals("(define v (+ a b))\n(continue = \\ldots)\n(continue = c)", parse("v = a + b = \\ldots, = c"));
        assertEquals("(define y (+ a b))", parse("y = a + b\n:eqlabel:`eq_sum`"));
    }

    @Test
    void syntaxErrorSpoilsOnlyItsStatement() {
        Diagnostics d = new Diagnostics();
        Program p = Parser.parse(new SourceFile("t.eq", "y = a +\nz = b\nw = )\nv = c\n"), d);
        assertEquals(2, d.errorCount(), () -> d.all().toString());
        assertEquals(2, p.statements().size());
        assertTrue(d.all().stream().allMatch(x -> x.code() == Code.E0001));
    }

    @Test
    void unclosedDelimiterIsReportedWhereItOpened() {
        Diagnostics d = new Diagnostics();
        Parser.parse(new SourceFile("t.eq", "y = (a + b\n"), d);
        assertEquals(Code.E0002, d.all().get(0).code());
        assertEquals(4, d.all().get(0).span().start());
    }

    @Test
    void anUnclosedBracketSpoilsOnlyItsOwnLine() {
        Diagnostics d = new Diagnostics();
        Program p = Parser.parse(new SourceFile("t.eq", "a = (x + y\nb = z\nc = w +\n"), d);
        assertEquals(List.of(Code.E0002, Code.E0001), d.sorted().stream().map(x -> x.code()).toList(), () -> d.all().toString());
        assertEquals(List.of("(define b z)"), p.statements().stream().map(SExpressions::print).toList());
    }

    @Test
    void deepNestingIsADiagnosticNotACrash() {
        Diagnostics d = new Diagnostics();
        String deep = "y = " + "(".repeat(5000) + "x" + ")".repeat(5000);
        Parser.parse(new SourceFile("t.eq", deep), d);
        assertEquals(Code.E0003, d.all().get(0).code());
    }
}
