package dev.eqc.compiler.diag;

import java.util.EnumMap;
import java.util.Map;

/**
 * The long explanation of every diagnostic code, with a wrong and a right example: the one
 * source of {@code eqc explain CODE} and of docs/DIAGNOSTICS.md.
 */
public final class Catalogue {
    /** What {@code eqc explain} prints for one code. */
    public record Entry(Code code, String explanation, String wrong, String right) {}

    private static final Map<Code, Entry> ENTRIES = new EnumMap<>(Code.class);

    private static void add(Code code, String explanation, String wrong, String right) {
        ENTRIES.put(code, new Entry(code, explanation, wrong, right));
    }

    static {
        add(Code.E0001, "The statement is not well-formed LaTeX math: a token appears where eqc expects something else."
                + " Only the broken statement is skipped; the others are still read.",
                "y = (a + ) b", "y = (a + c) b");
        add(Code.E0002, "A bracket, brace or environment was opened and never closed. A newline inside an open bracket"
                + " continues the statement, so the error is reported where the bracket was opened.",
                "y = \\frac{a}{b", "y = \\frac{a}{b}");
        add(Code.E0003, "The statement nests brackets more than 100 deep or has more than 5,000 tokens. eqc bounds both"
                + " so that no pass can run out of stack; split the expression into named parts.",
                "y = ((((((…))))))  % 101 levels", "h = …\ny = f(h)");
        add(Code.E0004, "An environment eqc does not read. Paste wrappers (equation, align, gather, split), cases and"
                + " the matrix environments are understood.",
                "\\begin{tabular}{cc} a & b \\end{tabular}", "\\begin{align} y &= a + b \\end{align}");
        add(Code.E0005, "The input could not be read: the file does not exist or is not UTF-8 text.",
                "eqc check missing.eq", "eqc check attention.eq");
        add(Code.E0006, "Two superscripts (or two subscripts) in a row on the same base, which LaTeX itself rejects"
                + " (\"Double superscript\"): whether x^2^3 means (x^2)^3 = x^6 or x^(2^3) = x^8 is a guess eqc will"
                + " not make. Braces say which one is meant.",
                "y = x^2^3", "y = {x^2}^3   % or x^{2^3}");
        add(Code.E0101, "A multi-letter name followed by an argument list is a call, but no built-in or definition has"
                + " that name. The help suggests the nearest known name.",
                "y = \\mathrm{sofmax}(x)", "y = \\mathrm{softmax}(x)");
        add(Code.E0102, "A LaTeX command eqc does not know and that is not a letter (Greek letters are names).",
                "y = \\foo x", "y = \\phi x");
        add(Code.E0103, "The construct is valid notation but eqc cannot compute it yet (for example probability"
                + " notation, matrices written cell by cell, sums over sets).",
                "x \\in \\mathbb{R}^{n}\ny = \\{x, 2 x\\}", "x \\in \\mathbb{R}^{n}\ny = \\mathrm{softmax}(x)");
        add(Code.E0104, "A function is called with the wrong number of arguments, or used without arguments.",
                "x \\in \\mathbb{R}^{n}\ny = \\mathrm{softmax} \\cdot x", "x \\in \\mathbb{R}^{n}\ny = \\mathrm{softmax}(x)");
        add(Code.E0105, "A definition uses itself. eqc compiles closed-form equations; an update written with"
                + " \\leftarrow reads the old value instead.",
                "\\theta = \\theta - \\eta g", "\\theta \\leftarrow \\theta - \\eta g");
        add(Code.E0106, "The same name is defined twice. Papers usually distinguish the two with a subscript or a"
                + " prime. (A second definition that reads the name is an update of the first: W0135.)",
                "h = W x\nh = \\tanh(W)", "a = W x\nh = \\tanh(W)");
        add(Code.E0107, "The left-hand side is not a name, a function with its parameters, or an element-wise form"
                + " such as y_i.", "a + b = c", "y = c - b");
        add(Code.E0108, "A declaration eqc cannot use: inputs are declared over \\mathbb{R} (tensors and scalars),"
                + " \\mathbb{N} and \\mathbb{Z} (integer scalars, or class labels as tensors), or as class labels"
                + " \\{1, \\dots, K\\}^N or \\{0, \\dots, K-1\\}^N, with dimensions that are symbols, positive"
                + " integers or products, sums and quotients of them. docs/LANGUAGE.md, Class labels.",
                "x \\in \\mathbb{C}^{d}", "x \\in \\mathbb{R}^{d}");
        add(Code.E0109, "The same input is declared twice with different shapes.",
                "x \\in \\mathbb{R}^{n}\nx \\in \\mathbb{R}^{m}", "x \\in \\mathbb{R}^{n}");
        add(Code.E0110, "A size the generated code needs (a dimension used as a value, the range of an index, a"
                + " factor of a compound size) is not the size of any axis of the definition's inputs, so it"
                + " cannot be measured at run time, and it cannot be a size parameter (W0195): it is an axis of"
                + " another input of the file that this definition does not use (use that input, or write the"
                + " size another input has), or only a factor of a compound size (`h d_v`), or a range ends at a"
                + " real number given at run time (`m = 1, \\dots, L` with `L \\in \\mathbb{R}` declared; a declared"
                + " integer `L \\in \\mathbb{N}` sizes the result by its value). docs/LANGUAGE.md,"
                + " Sizes no input gives.",
                "x \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{h \\times d}\na = W x\n\\mu = \\frac{1}{h} x",
                "x \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{h \\times d}\na = W x\n\\mu = \\frac{1}{h} W x");
        add(Code.E0111, "A gradient (\\nabla_{W} L, \\frac{\\partial L}{\\partial W}) is taken with respect to an input of the"
                + " file: a declared (or inferred) tensor or scalar. Definitions, constants, dimensions and"
                + " expressions are not variables to differentiate by.",
                "x \\in \\mathbb{R}^{d}\nh = \\tanh(x)\nL = \\mathrm{sum}(h)\ng = \\nabla_{h} L",
                "x \\in \\mathbb{R}^{d}\nh = \\tanh(x)\nL = \\mathrm{sum}(h)\ng = \\nabla_{x} L");
        add(Code.E0120, "Two strided definitions of one tensor define the same elements: each offset of the stride"
                + " (`2i`, `2i+1`, …) is defined by exactly one statement.",
                "x \\in \\mathbb{R}^{d}\ny_{2i} = x_{2i}\ny_{2i} = x_{2i+1}",
                "x \\in \\mathbb{R}^{d}\ny_{2i} = x_{2i+1}\ny_{2i+1} = x_{2i}");
        add(Code.E0121, "Strided definitions of one tensor leave some of its elements undefined: with stride k, every"
                + " offset 0 to k-1 needs its own statement.",
                "x \\in \\mathbb{R}^{d}\ny_{2i} = x_{2i+1}",
                "x \\in \\mathbb{R}^{d}\ny_{2i} = x_{2i+1}\ny_{2i+1} = x_{2i}");
        add(Code.E0122, "A member of an indexed family is used outside the family's index range: by a number or with"
                + " no family index in scope, or a concatenation that does not run from member 1 to the family's size.",
                "W_i \\in \\mathbb{R}^{d \\times e}, i = 1, \\ldots, h, x \\in \\mathbb{R}^{d}\n"
                        + "a_i = x W_i\ny = \\mathrm{Concat}(a_0, \\ldots, a_h)",
                "W_i \\in \\mathbb{R}^{d \\times e}, i = 1, \\ldots, h, x \\in \\mathbb{R}^{d}\n"
                        + "a_i = x W_i\ny = \\mathrm{Concat}(a_1, \\ldots, a_h)");
        add(Code.E0123, "The parts of a strided definition disagree: their subscripts differ in length or in the"
                + " position or size of the stride, or their values have different shapes.",
                "x \\in \\mathbb{R}^{d}, v \\in \\mathbb{R}^{3}\ny_{2i} = x_{2i}\ny_{2i+1} = v",
                "x \\in \\mathbb{R}^{d}\ny_{2i} = x_{2i}\ny_{2i+1} = -x_{2i+1}");
        add(Code.E0180, "A matrix written cell by cell (pmatrix, bmatrix, array) whose rows have different numbers of"
                + " cells: its shape is not a rectangle.",
                "a, b, c \\in \\mathbb{R}\nM = \\begin{pmatrix} a & b \\\\ c \\end{pmatrix}",
                "a, b, c \\in \\mathbb{R}\nM = \\begin{pmatrix} a & b \\\\ c & 0 \\end{pmatrix}");
        add(Code.E0181, "Matrix notation eqc does not read as a tensor: a pattern with \\vdots or \\cdots (its size and"
                + " its cells are implied, not written), or a Vmatrix or Bmatrix. Define the tensor element by"
                + " element, or write every cell in a pmatrix or bmatrix.",
                "x \\in \\mathbb{R}^{d}\ny = \\begin{pmatrix} x_1 \\\\ \\vdots \\\\ x_d \\end{pmatrix}",
                "a, b \\in \\mathbb{R}\ny = \\begin{pmatrix} a \\\\ b \\end{pmatrix}");
        add(Code.E0182, "A bracket list with dots whose items are numbers and sizes but do not step by one constant"
                + " amount from the first item to the last, or whose implied length is not a whole size.",
                "b = [0, 1, \\ldots, 2.5]",
                "b = [0, 1, \\ldots, 4]");
        add(Code.E0183, "A bracket list with dots whose length changes with an index in scope, like ALiBi's"
                + " `[-(i-1), \\dots, -1, 0]` written for row i: each row would have its own length, and a tensor"
                + " has one shape. Make the length a size, or define the whole matrix element by element.",
                "x \\in \\mathbb{R}^{n}\ny_i = x_i [0, 1, \\ldots, i]",
                "x \\in \\mathbb{R}^{n}\ny = x + [0, 1, \\ldots, n-1]");
        add(Code.E0190, "A tensor declared as the values of a function (`\\pi_\\theta \\in \\mathbb{R}^{T}`) is applied"
                        + " to arguments that carry a number of indices in scope other than its number of axes, so eqc"
                        + " cannot tell which argument selects which axis. Write the element (`\\pi_{\\theta, t}`) or"
                        + " declare one axis per index. docs/LANGUAGE.md, Functions.",
                "p \\in \\mathbb{R}^{T \\times K}\nr_t = p(a_t \\mid s_t)",
                "p \\in \\mathbb{R}^{T}\nr_t = p(a_t \\mid s_t)");
        add(Code.E0191, "A function whose body applies a function the file does not define to one of its parameters"
                        + " (`f(x) = 2 h(x)`) is called with an expression (`f(y + 1)`), or the parameter stands inside"
                        + " that function's argument (`f(x) = 2 h(x + 1, w)`) and the call gives another name: the value"
                        + " at the call has no name to be an input by. Called with a name, `f(y)` reads `h(y)`, an input"
                        + " of its own (ORPO's `\\mathbf{odds}_\\theta(y_w|x)`). Define `h`, or write the value where it"
                        + " is used.",
                "f(x) = 2 h(x)\nx, y \\in \\mathbb{R}^{d}\nz = f(y + 1)",
                "f(x) = 2 h(x)\nx, y \\in \\mathbb{R}^{d}\nz = f(y)");
        add(Code.E0381, "An escaped percent sign after a value, Rho-1's `\\frac{1}{N * k\\%}`: papers mean a hundredth of the"
                        + " value, but `\\%` is otherwise typesetting and would be dropped, reading `k` for `k\\%` (a result 100"
                        + " times off). A `\\%` in a subscript label (`I_{k\\%}`) is only part of a name and is left alone."
                        + " Write the fraction. docs/LANGUAGE.md, Reading rules.",
                "L = \\frac{1}{N k\\%} \\sum_{i=1}^{N} x_i",
                "L = \\frac{1}{N k / 100} \\sum_{i=1}^{N} x_i");
        add(Code.E0380, "A declared tensor written before a parenthesised name the file does not declare, TD's `V(s_1)` with"
                        + " `V \\in \\mathbb{R}^{n}` and the state `s_1` not declared: papers mean the entry of the table at"
                        + " the state, but an undeclared name is a number, and a name before a parenthesis multiplies it."
                        + " Declare the state a whole number (`s_1 \\in \\mathbb{N}`) to read the entry, or write the product"
                        + " with `\\cdot`. docs/LANGUAGE.md, Reading rules.",
                "V \\in \\mathbb{R}^{n}\n\\delta = r + \\gamma V(s_1) - V(s_0)",
                "V \\in \\mathbb{R}^{n}, s_0, s_1 \\in \\mathbb{N}\n\\delta = r + \\gamma V(s_1) - V(s_0)");
        add(Code.E0379, "A function the file does not define is applied to the same arguments once as a conditional"
                        + " (`p(y|x)`) and once not (`p(y, x)`). The bar of a conditional separates arguments like a"
                        + " comma, so eqc would read both as one input, and a conditional and a joint probability would be"
                        + " the same number. Name one of them differently, or define the function.",
                "r = \\frac{p(y, x)}{p(y \\mid x)}",
                "r = \\frac{p_{joint}(y, x)}{p(y \\mid x)}");
        add(Code.E0192, "The value of a function the file does not define (`D(x)`) is used only where its shape is not"
                        + " told: not added to a tensor, not indexed, the function not declared, and an argument a tensor"
                        + " or an expression (at numbers, or names the file leaves as notation, the value is a number,"
                        + " W0190). Define the"
                        + " function, or write its value as a declared name in its place (`D_x \\in \\mathbb{R}`). Declaring"
                        + " the function's values (`D \\in \\mathbb{R}^{m}`) makes each application an input of that shape"
                        + " only for two or more arguments (`D(x, y)`); before one parenthesised argument a declared name"
                        + " multiplies it. docs/LANGUAGE.md, Functions.",
                "x \\in \\mathbb{R}^{d}\nL = \\log D(x) + \\log(1 - D(G(z)))",
                "w, x \\in \\mathbb{R}^{d}\nD(v) = \\sigma(w^\\top v)\nL = \\log D(x)");
        add(Code.E0301, "A matrix product whose inner dimensions differ. Both shapes are shown with their"
                + " dimension names; the help suggests the input that fits, a transpose, or \\odot when an"
                + " element-wise product was meant.",
                "Q \\in \\mathbb{R}^{n \\times d_k}, K \\in \\mathbb{R}^{m \\times d_k}\nS = Q K",
                "Q \\in \\mathbb{R}^{n \\times d_k}, K \\in \\mathbb{R}^{m \\times d_k}\nS = Q K^\\top");
        add(Code.E0302, "Operands of an element-wise operation whose shapes do not broadcast (NumPy rules: trailing"
                + " dimensions equal or 1; failing that, an operand whose axes equal exactly one run of the other's"
                + " leading axes is aligned there with W0102, and two such runs are this error). docs/LANGUAGE.md,"
                + " Broadcasting.", "x \\in \\mathbb{R}^{n}, b \\in \\mathbb{R}^{m}\ny = x + b",
                "x, b \\in \\mathbb{R}^{n}\ny = x + b");
        add(Code.E0303, "An operation needs more (or fewer) axes than its operand has: softmax of a scalar, an index"
                + " on a vector with two subscripts, a function given a lower-rank argument.",
                "x \\in \\mathbb{R}^{d}\ny = \\mathrm{softmax}(\\sum_i x_i)", "x \\in \\mathbb{R}^{d}\ny = \\mathrm{softmax}(x)");
        add(Code.E0304, "Two things that must be the same size are not: an index over two different dimensions, a"
                + " result against its declaration, an argument against a parameter, or an axis that is not there.",
                "W \\in \\mathbb{R}^{n \\times m}\nt = \\sum_i W_{ii}", "W \\in \\mathbb{R}^{n \\times n}\nt = \\sum_i W_{ii}");
        add(Code.E0305, "Gradients are of scalars (a loss): \\nabla_{W} L has the shape of W only when L is a"
                + " number. Reduce a vector first (a sum, a mean, a norm).",
                "x \\in \\mathbb{R}^{d}\ng = \\nabla_{x} \\tanh(x)",
                "x \\in \\mathbb{R}^{d}\ng = \\nabla_{x} \\mathrm{sum}(\\tanh(x))");
        add(Code.E0501, "The gradient passes through an operation whose derivative is zero almost everywhere or"
                + " undefined (floor, ceil, sign, arg max), or through a form eqc cannot differentiate yet (a call"
                + " mapped over extra axes of its argument, a call whose arguments use an index of the enclosing"
                + " sum, like f(x_i), a gradient of a gradient). The caret is on"
                + " the operation on the path from the loss to the input. Comparisons and the conditions of cases"
                + " pass no gradient and are no error.",
                "x \\in \\mathbb{R}^{d}\nL = \\mathrm{sum}(\\lfloor x \\rfloor)\ng = \\nabla_{x} L",
                "x \\in \\mathbb{R}^{d}\nL = \\mathrm{sum}(x^2)\ng = \\nabla_{x} L");
        add(Code.W0101, "A name is not declared, so eqc assumed its shape (an index count gives the rank, an"
                + " upper-case letter is a matrix, anything else a scalar). The help is a declaration to paste;"
                + " a note points out a declared name it looks like.",
                "softmax(QK^T/sqrt(d_k))V",
                "Q, K, V \\in \\mathbb{R}^{n \\times d}\nsoftmax(QK^T/sqrt(d))V");
        add(Code.W0102, "The notation admits two readings and eqc chose one; the message says which and how to write"
                + " it unambiguously.",
                "y = \\begin{cases} x & \\text{if } x > 0 \\end{cases}",
                "y = \\begin{cases} x & \\text{if } x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}");
        add(Code.W0103, "A function's parameter has no declared shape and the body uses it where a number and a vector"
                + " differ (a norm, sum, index, transpose or matrix product), so the function is generic: each call"
                + " is its body with the arguments in place, taking their shapes. Its own method is the function at"
                + " the values its parameters are named after (`\\mathrm{FL}(p_t)` beside a definition of `p_t`);"
                + " without such namesakes, a called function has no method and one nothing calls takes the shapes"
                + " its body implies (a number where nothing says otherwise). Declare the parameter for a method of"
                + " fixed shape.",
                "a, b \\in \\mathbb{R}^{d}\n\\mathrm{dist}(p, q) = \\|p - q\\|_2\nv = \\mathrm{dist}(a, b)",
                "a, b, p, q \\in \\mathbb{R}^{d}\n\\mathrm{dist}(p, q) = \\|p - q\\|_2\nv = \\mathrm{dist}(a, b)");
        add(Code.W0104, "A generic function's body uses a size that nothing declares, named after one of its"
                + " parameters (`d_k` in `\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})V`, `k` naming `K`), so eqc reads"
                + " it as the size of the last axis of that parameter's argument, at each call. A size name that"
                + " names no parameter (`d`, `d_{model}` when nothing declares it) cannot be bound and is E0110."
                + " Declare the parameter (`K \\in \\mathbb{R}^{m \\times d_k}`), or a tensor with that size, to"
                + " say which axis it is.",
                "X \\in \\mathbb{R}^{n \\times e}\n\\mathrm{score}(Q, K) = QK^\\top / \\sqrt{d_k}\nS = \\mathrm{score}(X, X)",
                "X \\in \\mathbb{R}^{n \\times d_k}\n\\mathrm{score}(Q, K) = QK^\\top / \\sqrt{d_k}\nS = \\mathrm{score}(X, X)");
        add(Code.W0130, "A definition is followed by a condition (`\\text{for all } s \\in \\mathcal{S}`,"
                + " `\\text{where } z \\in [0, 1]`) that does not give the range of an index of its left-hand side, so"
                + " eqc reads it as prose and skips it. A range of a left-hand index (`\\text{for } i = 1, \\dots, n`"
                + " after `y_i = …`) is used, and gives no warning.",
                "x \\in \\mathbb{R}^{n}\ny = 2 x \\quad \\text{for all } x",
                "x \\in \\mathbb{R}^{n}\ny_i = 2 x_i \\quad \\text{for } i = 1, \\dots, n");
        add(Code.W0131, "A shape follows an element-wise definition (`y_i = … \\in \\mathbb{R}`): it could be the"
                + " shape of one element or of the whole result, so eqc does not check it. Declare the result on a"
                + " line of its own instead.",
                "x \\in \\mathbb{R}^{n}\ny_i = 2 x_i \\in \\mathbb{R}",
                "x \\in \\mathbb{R}^{n}\ny \\in \\mathbb{R}^{n}\ny_i = 2 x_i");
        add(Code.W0132, "An operator of papers has a convention eqc had to pick, and the message names it:"
                + " `\\operatorname{argmax}` gives a position counted from 0, `\\mathbb{E}_{x \\sim p}[f(x)]` is"
                + " the mean over the last axis of `f(x)` (its samples).",
                "z \\in \\mathbb{R}^{n}\nk = \\mathrm{argmax}(z)",
                "z \\in \\mathbb{R}^{n}\nm = \\max_j z_j");
        add(Code.W0133, "A list in square brackets used as a value (`[h_i, h_j]`, `[Q_1, \\ldots, Q_n]`,"
                + " `[h_t; x_t]`) is read as the concatenation of its items along the last axis, the way papers"
                + " join vectors. For matrices stacked as rows that is not the same: concatenate their transposes.",
                "a, b \\in \\mathbb{R}^{d}\ny = [a, b]",
                "a, b \\in \\mathbb{R}^{d}\ny = \\mathrm{Concat}(a, b)");
        add(Code.W0135, "A name defined a second time from its own value, as algorithm boxes print a correction"
                        + " step (LAMB's `m_t = m_t / (1 - \\beta_1^t)` after `m_t = \\beta_1 m_{t-1} + …`), is read as"
                        + " pseudo-code's assignment: an update of the first value, which takes a prime (`m_t'`); the"
                        + " name is the updated value. docs/LANGUAGE.md, Definitions and wrappers.",
                "g, m_0 \\in \\mathbb{R}^{d}, \\beta \\in \\mathbb{R}\nm = \\beta m_0 + g\nm = m / 2",
                "g, m_0 \\in \\mathbb{R}^{d}, \\beta \\in \\mathbb{R}\nm = \\beta m_0 + g\n\\hat{m} = m / 2");
        add(Code.W0290, "A running product or sum defined over a step (DDPM's `\\bar{\\alpha}_t = \\prod_{s=1}^{t}"
                        + " \\alpha_s`) and read one or more steps back (`\\bar{\\alpha}_{t-1}` in the posterior variance)"
                        + " is read as its definition up to that step, `\\prod_{s=1}^{t-1} \\alpha_s`: before the first"
                        + " step it is the empty product, 1 (an empty sum, 0), as the paper's `\\bar{\\alpha}_0 = 1` says."
                        + " A start stated beside the definition must be that value. docs/LANGUAGE.md, Indexes and ranges.",
                "\\beta \\in \\mathbb{R}^{T}\n\\bar{\\alpha}_t = \\prod_{s=1}^{t} (1 - \\beta_s)\n"
                        + "\\tilde{\\beta}_t = \\frac{1 - \\bar{\\alpha}_{t-1}}{1 - \\bar{\\alpha}_t}\\beta_t",
                "\\beta \\in \\mathbb{R}^{T}\n\\bar{\\alpha}_t = \\prod_{s=1}^{t} (1 - \\beta_s)\n"
                        + "\\tilde{\\beta}_t = \\frac{1 - \\prod_{s=1}^{t-1} (1 - \\beta_s)}{1 - \\bar{\\alpha}_t}\\beta_t");
        add(Code.W0310, "`\\delta` applied to two arguments, `\\delta(c_i, c_j)` (Newman's modularity, a same-community"
                        + " test), when the file neither defines nor declares `\\delta`, is read as the Kronecker delta:"
                        + " 1 where the two arguments are equal, 0 elsewhere, as `\\delta_{ij}` is. Define"
                        + " `\\delta(a, b) = …` for another function. docs/LANGUAGE.md, Vocabulary.",
                "A \\in \\mathbb{R}^{n \\times n}, c \\in \\mathbb{N}^{n}\nQ = \\sum_{ij} A_{ij} \\delta(c_i, c_j)",
                "A \\in \\mathbb{R}^{n \\times n}, c \\in \\mathbb{N}^{n}\nQ = \\sum_{ij} A_{ij} [c_i = c_j]");
        add(Code.W0291, "A function whose body takes a gradient with respect to its own parameter (the score"
                        + " `\\mathbf{s}(\\mathbf{x}) = \\nabla_{\\mathbf{x}} \\log p(\\mathbf{x})`, SAM's `\\hat{\\epsilon}(w)`) and"
                        + " that nothing in the file calls is read as a value at the inputs named like its parameters:"
                        + " a gradient is taken with respect to an input. A function the file calls on other arguments"
                        + " stays E0111. docs/LANGUAGE.md, Gradients.",
                "x \\in \\mathbb{R}^{d}\np(x) = \\exp(-\\frac{1}{2} x^\\top x)\ns(x) = \\nabla_x \\log p(x)",
                "x \\in \\mathbb{R}^{d}\np(x) = \\exp(-\\frac{1}{2} x^\\top x)\ns = \\nabla_x \\log p(x)");
        add(Code.W0330, "A matrix times a row slice, MLP-Mixer's `\\mathbf{W}_3\\,\\mathrm{LayerNorm}(\\mathbf{U})_{j,*}`,"
                        + " has no meaning with the row as a row vector (eqc's reading of `X_{j,*}`, so that `X_{j,*} v`"
                        + " is a number): the row's values are read as a column vector, which the matrix maps, as the"
                        + " paper means. Other row vectors after a matrix stay E0301. docs/LANGUAGE.md, Slices.",
                "X \\in \\mathbb{R}^{m \\times n}, W \\in \\mathbb{R}^{n \\times n}\nY_{j,*} = W X_{j,*}",
                "X \\in \\mathbb{R}^{m \\times n}, W \\in \\mathbb{R}^{n \\times n}\nY_{j,*} = W (X^\\top)_{*,j}");
        add(Code.W0331, "A matrix with one index, transposed before a vector, `W_j^T \\boldsymbol{x}_i` with `W \\in"
                        + " \\mathbb{R}^{d \\times n}` and `\\boldsymbol{x}_i` of length d (center loss, ArcFace, SphereFace:"
                        + " \"W_j is the j-th column of W\"), would be a row of n values, which does not fit: it is read"
                        + " as column j, the length the product needs. docs/LANGUAGE.md, Slices.",
                "x \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{d \\times n}\ns_j = W_j^T x",
                "x \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{d \\times n}\ns_j = W_{:,j}^\\top x");
        add(Code.W0370, "A softmax over an index, `w_{ij} = \\mathrm{softmax}_j(e_{ij})`, whose every read sums it over a"
                        + " set, `\\sum_{j \\in \\mathcal{N}_i} w_{ij} v_j` (GAT, the graph transformer: the attention of"
                        + " a node over its neighbours), runs over that set: the weights outside it are never read, so"
                        + " the paper normalises over the neighbours; they are 0. docs/LANGUAGE.md, Sums over index sets.",
                "e \\in \\mathbb{R}^{n \\times n}, v \\in \\mathbb{R}^{n}, \\mathcal{N} \\in \\{0,1\\}^{n \\times n}\n"
                        + "w_{ij} = \\mathrm{softmax}_j(e_{ij})\nh_i = \\sum_{j \\in \\mathcal{N}_i} w_{ij} v_j",
                "e \\in \\mathbb{R}^{n \\times n}, v \\in \\mathbb{R}^{n}, \\mathcal{N} \\in \\{0,1\\}^{n \\times n}\n"
                        + "w_{ij} = \\mathrm{softmax}_{j \\in \\mathcal{N}_i}(e_{ij})\nh_i = \\sum_{j \\in \\mathcal{N}_i} w_{ij} v_j");
        add(Code.W0400, "A subscripted lower-case letter applied to indices, `u_c(i, j)`, that the file neither declares"
                        + " nor defines, with its capital declared, `\\mathbf{U} \\in \\mathbb{R}^{H \\times W \\times C}`"
                        + " (SE-net's squeeze, Hu et al. 2018: `U = [u_1, \\dots, u_C]`): the element of the capital at the"
                        + " subscript's and the arguments' indices, each on the axis its range names (the dimension its"
                        + " sum runs to, else its upper-case letter, else the one axis left). When two axes have the same"
                        + " size the ranges cannot tell them apart, and `u_c(i, j)` stays an input (W0190)."
                        + " docs/LANGUAGE.md, Functions.",
                "\\mathbf{U} \\in \\mathbb{R}^{H \\times W \\times C}\n"
                        + "z_c = \\frac{1}{H W} \\sum_{i=1}^{H} \\sum_{j=1}^{W} u_c(i, j)",
                "\\mathbf{U} \\in \\mathbb{R}^{H \\times W \\times C}\n"
                        + "z_c = \\frac{1}{H W} \\sum_{i=1}^{H} \\sum_{j=1}^{W} U_{ijc}");
        add(Code.W0401, "The values of a function the file does not define, declared at the argument written (`f(x)"
                        + " \\in \\mathbb{R}^{L}`, the logits), read with a class label or an index in scope on the"
                        + " function's name (`f_y(x)` with `y \\in \\{1, \\dots, L\\}`: Menon et al.'s logit adjustment,"
                        + " Zhang & Sabuncu's `f_j(\\boldsymbol{x})`): the element the subscript picks, as `\\pi_y` is of a"
                        + " declared `\\pi`. One subscript item per declared axis. docs/LANGUAGE.md, Functions.",
                "f(x) \\in \\mathbb{R}^{L}, y \\in \\{1, \\dots, L\\}\nl = -\\log f_y(x)",
                "f(x) \\in \\mathbb{R}^{L}, y \\in \\{1, \\dots, L\\}\nl = -\\log f(x)_y");
        add(Code.W0402, "A left-hand side whose subscript starts with a letter that is no index of the definition, a"
                        + " size (DINOv2's KoLeo `d_{n,i} = \\min_{j \\neq i} \\|x_i - x_j\\|`, n the batch size) or a step the"
                        + " right-hand side never uses (FTRL's `w_{t,i} = …` of `z_i`, `n_i`), followed by index letters:"
                        + " that letter is part of the name (`d_n`, `w_t`), defined element by element over the others."
                        + " Uses of `d_{n,i}` with `i` in scope read element `i`. docs/LANGUAGE.md, Definitions.",
                "x \\in \\mathbb{R}^{n \\times d}\nd_{n,i} = \\min_{j \\neq i} \\|x_i - x_j\\|\n"
                        + "L = -\\frac{1}{n} \\sum_{i=1}^{n} \\log(d_{n,i})",
                "x \\in \\mathbb{R}^{n \\times d}\nd_i = \\min_{j \\neq i} \\|x_i - x_j\\|\n"
                        + "L = -\\frac{1}{n} \\sum_{i=1}^{n} \\log(d_i)");
        add(Code.W0403, "A reduction over tuples of names that all carry the same subscript letter, TD3+BC's `\\sum_{(s_i,"
                        + " a_i)} |Q(s_i, a_i)|` (Fujimoto & Gu 2021): each tuple is one sample named by its index, so the"
                        + " reduction runs over that letter. docs/LANGUAGE.md, Sums over index sets.",
                "q \\in \\mathbb{R}^{N}\nm = \\frac{1}{N} \\sum_{(s_i, a_i)} |q_i|",
                "q \\in \\mathbb{R}^{N}\nm = \\frac{1}{N} \\sum_{i} |q_i|");
        add(Code.W0405, "`\\mathrm{diag}` of a square matrix added to a matrix of its size, subtracted, or multiplying a"
                        + " matrix from the left, Cluster-GCN's `(\\tilde{A} + \\lambda \\operatorname{diag}(\\tilde{A})) X`"
                        + " (Chiang et al. 2019): the diagonal matrix of its diagonal, the matrix's diagonal part, not the"
                        + " vector of its diagonal entries added to every row. docs/LANGUAGE.md, Readings.",
                "A \\in \\mathbb{R}^{n \\times n}, \\lambda \\in \\mathbb{R}\nB = A + \\lambda \\mathrm{diag}(A)",
                "A \\in \\mathbb{R}^{n \\times n}, \\lambda \\in \\mathbb{R}\nB = A + \\lambda \\mathrm{diag}(\\mathrm{diag}(A))");
        add(Code.W0406, "A square bracket with a lower and an upper bound written on it, C51's `[\\hat{\\mathcal{T}}"
                        + " z_j]_{V_{\\min}}^{V_{\\max}}` (Bellemare et al. 2017) and Munchausen RL's `[\\tau \\ln"
                        + " \\pi]_{l_0}^{0}`: the value clipped to that interval, not an evaluation bracket."
                        + " docs/LANGUAGE.md, Vocabulary.",
                "z \\in \\mathbb{R}^{n}, a, b \\in \\mathbb{R}\ny = [z]_{a}^{b}",
                "z \\in \\mathbb{R}^{n}, a, b \\in \\mathbb{R}\ny = \\mathrm{clip}(z, a, b)");
        add(Code.W0404, "Bars around a calligraphic name declared as a 0/1 tensor, Song et al.'s `\\frac{1}{2|\\mathcal{P}|}`"
                        + " with `\\mathcal{P} \\in \\{0,1\\}^{m \\times m}` the set of positive pairs: the size of the set, the"
                        + " number of non-zeros, not the determinant a square matrix's bars would be. docs/LANGUAGE.md,"
                        + " Sums over index sets.",
                "\\mathcal{P} \\in \\{0,1\\}^{m \\times m}, D \\in \\mathbb{R}^{m \\times m}\n"
                        + "J = \\frac{1}{|\\mathcal{P}|} \\sum_{(i,j) \\in \\mathcal{P}} D_{i,j}",
                "\\mathcal{P} \\in \\{0,1\\}^{m \\times m}, D \\in \\mathbb{R}^{m \\times m}\n"
                        + "J = \\frac{1}{\\sum_{i,j} \\mathcal{P}_{ij}} \\sum_{(i,j) \\in \\mathcal{P}} D_{i,j}");
        add(Code.W0410, "A softmax of one number per element of an element-wise definition, `\\alpha_{ij} ="
                        + " \\mathrm{softmax}(e_{ij})` (PyG's TransformerConv, papers that leave GAT's subscript off), is"
                        + " the softmax over the last index of the definition that the argument reads (`j`): the"
                        + " weights over it sum to 1. When every read sums that index over a set, the softmax runs"
                        + " over the set (W0370). docs/LANGUAGE.md, Sums over index sets.",
                "e \\in \\mathbb{R}^{n \\times n}\n\\alpha_{ij} = \\mathrm{softmax}(e_{ij})",
                "e \\in \\mathbb{R}^{n \\times n}\n\\alpha_{ij} = \\mathrm{softmax}_j(e_{ij})");
        add(Code.W0411, "A column (or row) written with `\\vdots` (`\\cdots`) between its first and last cells,"
                        + " as RoFormer prints its rotary embedding (`x_1, x_2, \\vdots, x_{d-1}, x_d`; `\\cos m\\theta_1,"
                        + " \\cos m\\theta_1, \\cos m\\theta_2, \\cos m\\theta_2, \\vdots, \\cos m\\theta_{d/2}`), is read as the"
                        + " vector its cells follow: the cells before the dots repeat with a period, their whole-number"
                        + " subscripts grow by a fixed step each period, and the last cells tell how many periods there"
                        + " are. The warning names the period and the count. A column that fits no such pattern is"
                        + " E0181. docs/LANGUAGE.md, Lists and matrices written out.",
                "x \\in \\mathbb{R}^{d}\ny = \\begin{pmatrix} -x_2 \\\\ x_1 \\\\ -x_4 \\\\ x_3 \\\\ \\vdots \\\\ -x_d \\\\"
                        + " x_{d-1} \\end{pmatrix}",
                "x \\in \\mathbb{R}^{d}\ny_{2k-1} = -x_{2k}\ny_{2k} = x_{2k-1}");
        add(Code.W0412, "A left-hand side that applies an operator the file never defines to a declared input,"
                        + " `R^d_{\\Theta,m}\\boldsymbol{x} = …` (RoFormer's rotary embedding), names the value the"
                        + " right-hand side gives; the operator alone is not a tensor eqc could build. Run it by the"
                        + " name as printed. docs/LANGUAGE.md, Definitions and wrappers.",
                "x \\in \\mathbb{R}^{d}\nRx = 2 x",
                "x \\in \\mathbb{R}^{d}\ny = 2 x");
        add(Code.W0413, "Two rows of declared matrices named by capitals, the first as it is and the second"
                        + " transposed, `Q_i K_j^\\top` (Transformer-XL's and cosFormer's scores), are row vectors by the"
                        + " matrices' convention, so their product is the dot product, a number, not the outer product"
                        + " a column times a row would be. docs/LANGUAGE.md, Reading rules.",
                "Q, K \\in \\mathbb{R}^{n \\times d}\ns_{ij} = Q_i K_j^\\top",
                "Q, K \\in \\mathbb{R}^{n \\times d}\ns_{ij} = \\langle Q_i, K_j \\rangle");
        add(Code.W0414, "A `;` list whose cells before the dots number the rows of a declared matrix in one script,"
                        + " ViT's `[\\mathbf{x}_\\text{class}; \\mathbf{x}^1_p \\mathbf{E}; \\mathbf{x}^2_p \\mathbf{E};"
                        + " \\cdots; \\mathbf{x}^N_p \\mathbf{E}]`, is a sequence of tokens: one row for each cell of the"
                        + " pattern (the cell with that row of the matrix), under the declared vectors written before it,"
                        + " one row each. The last cell tells the count. The rows alone can be defined element by element"
                        + " over their index instead. docs/LANGUAGE.md, Lists and matrices written out.",
                "c \\in \\mathbb{R}^{D}, x_p \\in \\mathbb{R}^{N \\times K}, E \\in \\mathbb{R}^{K \\times D}\n"
                        + "z = [c; x^1_p E; x^2_p E; \\cdots; x^N_p E]",
                "c \\in \\mathbb{R}^{D}, x_p \\in \\mathbb{R}^{N \\times K}, E \\in \\mathbb{R}^{K \\times D}\n"
                        + "r_k = (x_p)_k E \\quad \\text{for } k = 1, \\dots, N");
        add(Code.W0415, "A left-hand index that indexes nothing and has no written range, but is compared with an"
                        + " index that has one, runs over that index's range: in CoPE's `p_{ij} = \\sum_{t=j}^{i} g_{it}`"
                        + " the limit `j` runs over the axis `t` sums over, so `p` is square. docs/LANGUAGE.md, Indexes"
                        + " and ranges.",
                "g \\in \\mathbb{R}^{T \\times T}\np_{ij} = \\sum_{t=j}^{i} g_{it}",
                "g \\in \\mathbb{R}^{T \\times T}\np_{ij} = \\sum_{t=j}^{i} g_{it} \\quad \\text{for } j = 0, \\dots, T-1");
        add(Code.W0438, "A difference of rows of a declared matrix transposed and multiplied by itself,"
                        + " `(\\mathbf{x}_i - \\mu)^\\top (\\mathbf{x}_i - \\mu)`: read as columns it is the inner product,"
                        + " a squared norm; a paper that writes its rows as row vectors means the outer product, a"
                        + " covariance. When the file multiplies such a row by a matrix on its right (`(\\mathbf{x}_i -"
                        + " \\mu) W`), eqc reads the outer product; otherwise the number. Either way it says so."
                        + " docs/LANGUAGE.md, Reading rules.",
                "\\mathbf{x} \\in \\mathbb{R}^{N \\times d}, \\mu \\in \\mathbb{R}^{d}\ns = \\sum_{i} (\\mathbf{x}_i - \\mu)^\\top (\\mathbf{x}_i - \\mu)",
                "\\mathbf{x} \\in \\mathbb{R}^{N \\times d}, \\mu \\in \\mathbb{R}^{d}\ns = \\sum_{i} \\|\\mathbf{x}_i - \\mu\\|^2");
        add(Code.W0451, "An index letter written on the label inside a subscript, the labelled name declared and the"
                        + " whole spelling not: Jurafsky & Martin's `\\sum_{i=1}^{k} \\log \\sigma(-c_{neg_i} \\cdot w)`"
                        + " with `c_{neg} \\in \\mathbb{R}^{k \\times d}`. It is read as `(c_{neg})_i`, row i of"
                        + " `c_{neg}`; before, `c_{neg_i}` was an undeclared input. docs/LANGUAGE.md, Names.",
                "w \\in \\mathbb{R}^{d}, c_{neg} \\in \\mathbb{R}^{k \\times d}\nL = \\sum_{i=1}^{k} c_{neg_i}^\\top w",
                "w \\in \\mathbb{R}^{d}, C \\in \\mathbb{R}^{k \\times d}\nL = \\sum_{i=1}^{k} C_i^\\top w");
        add(Code.W0450, "A built-in element-wise function written with one prime and applied to one argument, the file"
                        + " giving the primed name no meaning of its own: Nielsen's `\\delta^L = (a^L - y) \\odot"
                        + " \\sigma'(z^L)` (BP1, BP2), `\\tanh'(x)`. It is read as the derivative at the argument,"
                        + " element-wise (sigma, tanh, exp, log, sin, cos, sinh, cosh, sqrt, softplus, relu); before,"
                        + " the prime was dropped and the function itself computed. A paper whose `\\sigma'` is another"
                        + " activation declares or defines it. docs/LANGUAGE.md, Vocabulary.",
                "z \\in \\mathbb{R}^{n}\nd = \\sigma'(z)",
                "z \\in \\mathbb{R}^{n}\nd = \\sigma(z) \\odot (1 - \\sigma(z))");
        add(Code.E0360, "A built-in function written with a prime whose derivative eqc does not know (`\\max'`, a"
                        + " second prime `\\sigma''(z)`, `\\mathrm{softmax}'(z)`) stops rather than compute the function"
                        + " itself: the prime means the derivative. Write the derivative out. docs/LANGUAGE.md, Vocabulary.",
                "z \\in \\mathbb{R}^{n}\nd = \\sigma''(z)",
                "z \\in \\mathbb{R}^{n}\ns = \\sigma(z)\nd = s \\odot (1 - s) \\odot (1 - 2 s)");
        add(Code.W0445, "A run of letters in a declared size, each letter (the last with the subscript) a size the file"
                        + " already has: Vaswani et al.'s `W^O \\in \\mathbb{R}^{hd_v \\times d_{\\text{model}}}` after"
                        + " `i = 1, \\ldots, h` and `W_i^V \\in \\mathbb{R}^{d_{\\text{model}} \\times d_v}`. TeX prints"
                        + " `hd_v` as the product h·d_v, and it is read so; a run whose letters are not all sizes yet stays a"
                        + " size of its own. docs/LANGUAGE.md, Sizes in declarations.",
                "H_i \\in \\mathbb{R}^{n \\times d_v}, i = 1, \\ldots, h\nW^O \\in \\mathbb{R}^{hd_v \\times m}\ny = \\mathrm{Concat}(H_1, \\ldots, H_h) W^O",
                "H_i \\in \\mathbb{R}^{n \\times d_v}, i = 1, \\ldots, h\nW^O \\in \\mathbb{R}^{h d_v \\times m}\ny = \\mathrm{Concat}(H_1, \\ldots, H_h) W^O");
        add(Code.W0455, "Rows of two declared matrices at two different indices side by side, scikit-learn's `X_i W_k`"
                        + " (\"each row vector W_k corresponds to class k\"): the matrices hold their vectors as rows, and"
                        + " the product is the rows' dot product, one number for each pair (i, k), as `X W^\\top`. Was"
                        + " their element-wise product, a vector for each pair. The same index twice (a GRU's `z_t"
                        + " h_t`) stays element-wise (W0102). docs/LANGUAGE.md, Reading rules.",
                "X \\in \\mathbb{R}^{n \\times m}, W \\in \\mathbb{R}^{K \\times m}\ns_{ik} = X_i W_k",
                "X \\in \\mathbb{R}^{n \\times m}, W \\in \\mathbb{R}^{K \\times m}\ns_{ik} = X_i W_k^\\top");
        add(Code.W0456, "A bracket list with one run of dots whose entries are one expression of their position:"
                        + " Murphy's softmax `\\mathcal{S}(\\mathbf{a}) = [\\frac{e^{a_1}}{\\sum_{c'} e^{a_{c'}}}, \\cdots,"
                        + " \\frac{e^{a_C}}{\\sum_{c'} e^{a_{c'}}}]`, Performer's `(\\exp(\\omega_1^\\top x), \\ldots,"
                        + " \\exp(\\omega_m^\\top x))`. The whole numbers of the entries before the dots count up by one"
                        + " (by one when one entry is written) to the last entry's value, and the list is the vector of"
                        + " those entries, numbered as they are. Was E0103 for the dots. A function the file calls keeps"
                        + " E0103. docs/LANGUAGE.md, Lists and matrices written out.",
                "a \\in \\mathbb{R}^{C}\ns = [e^{a_1}, \\cdots, e^{a_C}] / \\sum_c e^{a_c}",
                "a \\in \\mathbb{R}^{C}\ns_k = e^{a_k} / \\sum_c e^{a_c}");
        add(Code.W0463, "An outer product of two declared vectors over the product of their norms, as scikit-learn's user"
                        + " guide prints the cosine similarity (\"if x and y are row vectors\"): `k(x, y) = \\frac{x"
                        + " y^\\top}{\\|x\\| \\|y\\|}` with `x, y \\in \\mathbb{R}^{d}`. Read as columns, `x y^\\top` is a"
                        + " d × d matrix and the kernel was one, silently; over the two norms it can only be the cosine, so"
                        + " the vectors are rows and the numerator their dot product, `x^\\top y`. docs/LANGUAGE.md, Reading rules.",
                "x, y \\in \\mathbb{R}^{d}\nk = \\frac{x y^\\top}{\\|x\\| \\|y\\|}",
                "x, y \\in \\mathbb{R}^{d}\nk = \\frac{x^\\top y}{\\|x\\| \\|y\\|}");
        add(Code.W0464, "A function of a vector whose body reads the vector's element at a letter nothing binds, as JAX's"
                        + " docstring prints the softmax: `\\mathrm{softmax}(x) = \\frac{\\exp(x_i)}{\\sum_j \\exp(x_j)}` with"
                        + " `x \\in \\mathbb{R}^{n}`. The letter is the index of the value defined, written on the right only:"
                        + " read as `\\mathrm{softmax}(x)_i`, one value per element. Was `x_i`, an undeclared scalar input"
                        + " (W0101). Only when the parameters are declared vectors, `x_i` is no declared name, the letter is no"
                        + " name or size of the file, no reduction of the body binds it and nothing calls the function."
                        + " docs/LANGUAGE.md, Definitions.",
                "x \\in \\mathbb{R}^{n}\n\\mathrm{softmax}(x) = \\frac{\\exp(x_i)}{\\sum_j \\exp(x_j)}",
                "x \\in \\mathbb{R}^{n}\n\\mathrm{softmax}(x)_i = \\frac{\\exp(x_i)}{\\sum_j \\exp(x_j)}");
        add(Code.W0465, "A chain of equal forms whose first form is written out with dots and a later one closed, as"
                        + " textbooks print an expansion and its sum (PRML's Eq. 1.1, `y(x, \\mathbf{w}) = w_0 + w_1 x + w_2 x^2"
                        + " + \\ldots + w_M x^M = \\sum_{j=0}^{M} w_j x^j`): the dotted form illustrates the closed one, and"
                        + " the value is computed from the first form after it with no dots. The dotted form was computed"
                        + " (a chain keeps its first form when each form reads only what the file gives), and its run of"
                        + " terms from 2 was E0103. docs/LANGUAGE.md, Definitions.",
                "w \\in \\mathbb{R}^{4}, x \\in \\mathbb{R}\ny = w_0 + w_1 x + \\ldots + w_3 x^3 = \\sum_{j=0}^{3} w_j x^j",
                "w \\in \\mathbb{R}^{4}, x \\in \\mathbb{R}\ny = \\sum_{j=0}^{3} w_j x^j");
        add(Code.W0466, "Short words that name counts, as scikit-learn's user guide prints the Matthews correlation"
                        + " coefficient: `MCC = \\frac{tp \\times tn - fp \\times fn}{\\sqrt{(tp + fp)(tp + fn)(tn + fp)(tn +"
                        + " fn)}}` (tp, fp, tn, fn the counts, named in prose only). A run of two or three lower-case letters"
                        + " the file neither declares nor defines is one name when none of its letters is written alone"
                        + " anywhere in the file and the run is written twice or shares a letter with another such run. It"
                        + " was the product of its letters, and the run asked for inputs t, p, n, f. docs/LANGUAGE.md, Names.",
                "P = \\frac{tp}{tp + fp}",
                "tp, fp \\in \\mathbb{R}\nP = \\frac{tp}{tp + fp}");
        add(Code.W0467, "A whole declared vector added to (or subtracted from) an element of a definition over an index"
                        + " with as many values: `y_i = x_i + b` with `x, b \\in \\mathbb{R}^{n}`. As written each element is a"
                        + " vector and the value an n × n matrix; a paper almost always means `b_i` (scikit-learn's Gaussian"
                        + " naive Bayes, `(x_i - \\mu_y)^2` with the per-feature means declared as one vector). eqc keeps the"
                        + " reading and says so. docs/LANGUAGE.md, Reading rules.",
                "x, b \\in \\mathbb{R}^{n}\ny_i = x_i + b",
                "x, b \\in \\mathbb{R}^{n}\ny_i = x_i + b_i");
        add(Code.W0478, "deeplearning.ai's notation writes a layer label in square brackets and then an example"
                        + " label: the course's cost `-\\frac{1}{m} \\sum_{i = 1}^{m} (y^{(i)}\\log(a^{[L](i)}) + \\ldots)` and"
                        + " `db^{[l]} = \\frac{1}{m} \\sum_{i = 1}^{m} dZ^{[l](i)}`. With `a^{[L]}` declared and `i` an index in"
                        + " scope, `a^{[L](i)}` is the i-th example of `a^{[L]}`: element i of a vector; of a matrix, the"
                        + " slice along the one axis whose size is the range of `i` (the course stacks examples as"
                        + " columns, `dZ^{[l]}` of shape (n^{[l]}, m), so the column). Was the product of `a`, `L` and `i`"
                        + " (W0101). So is the course's `x^{(i)}` with `X \\in \\mathbb{R}^{n_x \\times m}` declared under"
                        + " `\\sum_{i=1}^{m}`: column i (row i was E0304), and `z^{[l](i)}` beside a declared `Z^{[l]}` reads the capital;"
                        + " a 1 × m capital is left as it was (its column would be a one-entry vector). Sizes are labelled the same way, `n^{[l]}` (was"
                        + " E0108), and `A^{[l-1] T}` is the labelled"
                        + " name transposed. docs/LANGUAGE.md, Names.",
                "dZ^{[l]} \\in \\mathbb{R}^{n^{[l]} \\times m}\ndb^{[l]} = \\frac{1}{m} \\sum_{i = 1}^{m} dZ^{[l](i)}",
                "dZ^{[l]} \\in \\mathbb{R}^{n^{[l]} \\times m}\ndb^{[l]}_k = \\frac{1}{m} \\sum_{i = 1}^{m} dZ^{[l]}_{ki}");
        add(Code.W0479, "Lecture slides write the expectation as a plain capital E: CS285's optimal baseline `b ="
                        + " \\frac{E[g(\\tau)^2 r(\\tau)]}{E[g(\\tau)^2]}`. A plain `E` that the file neither declares nor"
                        + " defines, right before a square bracket, is the expectation, as `\\mathbb{E}[…]` is (the mean"
                        + " over the samples given). It was an undeclared matrix `E` times the bracket (W0101), and the run"
                        + " asked for `E`. Declare `E` to multiply by it. docs/LANGUAGE.md, Vocabulary.",
                "x \\in \\mathbb{R}^{n}\nm = E[x^2]",
                "x \\in \\mathbb{R}^{n}\nm = \\mathbb{E}[x^2]");
        add(Code.W0480, "A value declared at arguments carrying index letters, CS285's rewards `r(\\mathbf{s}_{i,t},"
                        + " \\mathbf{a}_{i,t}) \\in \\mathbb{R}^{N \\times T}` (one per sample i and step t), read where the same"
                        + " arguments carry other letters, the reward to go `\\sum_{t'=t}^{T} r(\\mathbf{s}_{i,t'},"
                        + " \\mathbf{a}_{i,t'})`: the declaration's letters are placeholders, so it is the same table, each"
                        + " axis read at the letter written in the same place (t' for t). It was an input of its own that"
                        + " no option gave (W0190). Primed letters (`t'`) on an argument are indices too. docs/LANGUAGE.md,"
                        + " Functions.",
                "r(s_{i,t}) \\in \\mathbb{R}^{N \\times T}\nQ_{i,t} = \\sum_{t'=t}^{T} r(s_{i,t'})",
                "r(s) \\in \\mathbb{R}^{N \\times T}\nQ_{i,t} = \\sum_{t'=t}^{T} r(s_{i,t'})");
        add(Code.W0481, "A declaration listing the members of a family with dots, CS224n's attention `\\mathbf{h}_1,"
                        + " \\ldots, \\mathbf{h}_N \\in \\mathbb{R}^{d_1}` (also `x_1, x_2, \\ldots, x_n \\in \\mathbb{R}`): the"
                        + " names before the dots numbered 1, 2, …, the last one's subscript the count. It declares the"
                        + " family `\\mathbf{h}`, one input with the member number as its first axis (N × d_1), as"
                        + " `\\mathbf{h}_i \\in \\mathbb{R}^{d_1}, i = 1, \\ldots, N` does, so `\\mathbf{h}_i` reads member i. Each"
                        + " name was an input of its own and `\\mathbf{h}_i` undeclared (W0101): the multiplicative score"
                        + " `e_i = \\mathbf{s}^T \\mathbf{W} \\mathbf{h}_i` guessed `\\mathbf{h}` a vector and computed an"
                        + " N × d_1 matrix of scaled rows, silently. docs/LANGUAGE.md, Families.",
                "\\mathbf{h}_1, \\ldots, \\mathbf{h}_N \\in \\mathbb{R}^{d}, \\mathbf{s} \\in \\mathbb{R}^{d}\ne_i ="
                        + " \\mathbf{s}^T \\mathbf{h}_i",
                "\\mathbf{h}_i \\in \\mathbb{R}^{d}, i = 1, \\ldots, N, \\mathbf{s} \\in \\mathbb{R}^{d}\ne_i ="
                        + " \\mathbf{s}^T \\mathbf{h}_i");
        add(Code.W0498, "An index in square brackets inside a subscript, Goldberg's `\\mathbf{y}_{[i]}` (Neural Network"
                        + " Methods for NLP), is read as the entry `i` of the declared (or defined) `\\mathbf{y}`, and"
                        + " `\\mathrm{softmax}(\\mathbf{x})_{[i]}` as the entry `i` of the result. Boyd and Vandenberghe"
                        + " write `x_{[i]}` for the i-th largest entry instead, so eqc says which reading it took."
                        + " docs/LANGUAGE.md, Indexes and ranges.",
                "x \\in \\mathbb{R}^{n}\nf = \\sum_{i=1}^{3} x_{[i]}",
                "x \\in \\mathbb{R}^{n}\nf = \\sum_{i=1}^{3} x_{i}");
        add(Code.W0499, "`e_y` (`\\mathbf{e}_y`, `\\bm{e}_y`) with `y` a declared class label (`y \\in [M]`, `y \\in"
                        + " \\{1, \\dots, M\\}`) and `e` neither declared nor defined is the standard basis vector of"
                        + " the label, `\\mathrm{onehot}(y)`: 1 at `y`, 0 elsewhere, as long as the number of classes"
                        + " (Blondel and Roulet's `\\langle \\bm{\\theta}, \\bm{e}_y \\rangle`). docs/LANGUAGE.md,"
                        + " Class labels.",
                "\\theta \\in \\mathbb{R}^{M}, y \\in [M]\nl = \\langle \\theta, e_y \\rangle",
                "\\theta \\in \\mathbb{R}^{M}, y \\in [M]\nl = \\langle \\theta, \\mathrm{onehot}(y) \\rangle");
        add(Code.W0521, "A matrix read by one index (or label) that ranges over its columns, inside a sum over its rows:"
                        + " ArcFace, SphereFace and CosFace print `\\sum_{i=1}^{N} \\log \\frac{e^{s \\cos\\theta_{y_i}}}{\\sum_j"
                        + " e^{s \\cos\\theta_j}}` with the angles an N x n matrix, the sample's row left out. It is read"
                        + " as the entry in the sum's row, `\\theta_{i, j}`. It was E0304. docs/LANGUAGE.md, Reading rules.",
                "\\theta \\in \\mathbb{R}^{N \\times n}\nL = \\sum_{i=1}^{N} \\sum_{j=1}^{n} \\cos\\theta_j",
                "\\theta \\in \\mathbb{R}^{N \\times n}\nL = \\sum_{i=1}^{N} \\sum_{j=1}^{n} \\cos\\theta_{i,j}");
        add(Code.W0510, "A once-primed name the file neither declares nor defines, written right before another factor,"
                        + " whose unprimed name is a parameter or a declared vector or matrix, is the transpose of that name:"
                        + " Bertsekas (and econometrics texts) print `f(x) = \\frac{1}{2} x'Qx - b'x` for `\\frac{1}{2}"
                        + " x^\\top Q x - b^\\top x`. It was an undeclared number asked for as an input. A declared or"
                        + " bound `x'` (a second point, a parameter, a sum's index) keeps its own value. docs/LANGUAGE.md,"
                        + " Reading rules.",
                "Q \\in \\mathbb{R}^{2 \\times 2}, b, x \\in \\mathbb{R}^{2}\ng = \\frac{1}{2} x'Qx - b'x",
                "Q \\in \\mathbb{R}^{2 \\times 2}, b, x \\in \\mathbb{R}^{2}\ng = \\frac{1}{2} x^\\top Q x - b^\\top x");
        add(Code.W0530, "A name declared by the shape of one member, as textbooks state it (Tong Zhang's ridge"
                        + " regression `x_i \\in \\mathbb{R}^{d}` with `\\sum_{i=1}^{n} x_i x_i^\\top`, a GMM M-step's"
                        + " `\\mathbf{x}_i \\in \\mathbb{R}^{d}` with `\\sum_{i=1}^{n} \\gamma_{ik} \\mathbf{x}_i`), read under a"
                        + " sum or product over its subscript letter from 1 to n: the declaration is the family of n members,"
                        + " one input n × d, as `x_i \\in \\mathbb{R}^{d}, i = 1, \\ldots, n` declares it, and `x_i` reads"
                        + " member i. `x_i` was one input of shape [d], the same at every term, so the sum was n times one"
                        + " outer product, silently. So is MIT 6.036's data point `x^{(i)} \\in \\mathbb{R}^{d}` labelled by"
                        + " the letter (a vector or a number; a matrix `W^{(l)}` stays E0350; was E0350). Only when every"
                        + " such sum has the same upper limit, the letter is no declared name, the bare name is declared"
                        + " nowhere else, and the limit is no declared input and no axis of the declared shape."
                        + " docs/LANGUAGE.md, Families.",
                "x_i \\in \\mathbb{R}^{d}, y \\in \\mathbb{R}^{n}\nb = \\sum_{i=1}^{n} x_i y_i",
                "x_i \\in \\mathbb{R}^{d}, i = 1, \\ldots, n, y \\in \\mathbb{R}^{n}\nb = \\sum_{i=1}^{n} x_i y_i");
        add(Code.W0511, "An index in a size the file declares, CS234's `\\sum_{s' \\in S} P(s' \\mid s) V(s')` with `P"
                        + " \\in \\mathbb{R}^{S \\times S}`: lecture notes name the set of states after its size, so the"
                        + " index runs over the S values, as `\\sum_{s'=1}^{S}`. It was E0103. docs/LANGUAGE.md, Reading rules.",
                "P \\in \\mathbb{R}^{S \\times S}, V \\in \\mathbb{R}^{S}\ny(s) = \\sum_{t \\in S} P(t \\mid s) V(t)",
                "P \\in \\mathbb{R}^{S \\times S}, V \\in \\mathbb{R}^{S}\ny(s) = \\sum_{t=1}^{S} P(t \\mid s) V(t)");
        add(Code.W0507, "A column matrix literal whose cells are vectors of different lengths (numbers or declared sizes),"
                        + " `\\begin{bmatrix} \\phi^{GMF} \\\\ \\phi^{MLP} \\end{bmatrix}` (NeuMF), cannot be stacked as W0492"
                        + " stacks cells of one length: papers mean the block vector, the cells one after another, and it"
                        + " is read so. docs/LANGUAGE.md, Literals.",
                "a \\in \\mathbb{R}^{2}, b \\in \\mathbb{R}^{3}\nv = \\begin{bmatrix} a \\\\ b \\end{bmatrix}",
                "a \\in \\mathbb{R}^{2}, b \\in \\mathbb{R}^{3}\nv = [a; b]");
        add(Code.W0509, "A chain of equal forms whose form writes `*` between tensors, followed by a form without it:"
                        + " Hyena's `y_t = (h * u)_t = \\sum_{n=0}^{L-1} h_{t-n} u_n`. `*` is the convolution in"
                        + " signal-processing papers and an element-wise product in others; the form after it writes out"
                        + " which, so the definition is computed from that form. docs/LANGUAGE.md, Definitions and wrappers.",
                "u, h \\in \\mathbb{R}^{L}\ny_t = (h * u)_t = \\sum_{n=0}^{t} h_{t-n} u_n",
                "u, h \\in \\mathbb{R}^{L}\ny_t = \\sum_{n=0}^{t} h_{t-n} u_n");
        add(Code.E0355, "A vector juxtaposed (or with \\cdot) before a matrix, not written transposed, whose length is the"
                        + " matrix's first axis, where it may hold one number per row: EDM's `c_{skip}(\\sigma)"
                        + " \\boldsymbol{x} + c_{out}(\\sigma) F` with `\\sigma \\in \\mathbb{R}^{B}` and the samples `B"
                        + " \\times D`, rectified flow's `(1 - t) \\mathbf{x}_0`. Papers print both the per-row scaling and"
                        + " the weighted sum of the rows (attention's `a v`) this way; eqc stops where the vector is a"
                        + " coefficient of numbers-like names, or runs along an axis that only ever leads the file's"
                        + " samples. A weight (`x W`, `\\max(0, xW_1 + b_1) W_2`) stays the row vector times the matrix."
                        + " docs/LANGUAGE.md, Reading rules.",
                "t \\in \\mathbb{R}^{B}, x, e \\in \\mathbb{R}^{B \\times D}\\nz = (1 - t) x + t e",
                "t \\in \\mathbb{R}^{B}, x, e \\in \\mathbb{R}^{B \\times D}\\nz = \\mathrm{diag}(1 - t) x + \\mathrm{diag}(t) e");
        add(Code.W0505, "A set defined as the range of a declared size, `\\mathcal{S} = \\{1, \\dots, S\\}`, names the"
                        + " positions 1 … S: a reduction over `i \\in \\mathcal{S}` runs over them and `|\\mathcal{S}|` is"
                        + " S (FedAdam's server mean). Any other read of the set is not supported. docs/LANGUAGE.md,"
                        + " Functions.",
                "\\Delta \\in \\mathbb{R}^{S \\times d}, \\mathcal{S} = \\{1, \\dots, S\\}\n\\bar{\\Delta} ="
                        + " \\frac{1}{|\\mathcal{S}|} \\sum_{i \\in \\mathcal{S}} \\Delta_i",
                "\\Delta \\in \\mathbb{R}^{S \\times d}\n\\bar{\\Delta} = \\frac{1}{S} \\sum_{i=1}^{S} \\Delta_i");
        add(Code.W0506, "A parameter after the semicolon of a function nothing in the file calls, `f(x; a, b)`, named like a"
                        + " value the file defined before it, is that value: Kull et al.'s beta calibration `\\mu_{beta}(s;"
                        + " a, b, c)` with `a`, `b`, `c` given numbers. docs/LANGUAGE.md, Functions.",
                "s \\in \\mathbb{R}^{3}, a = 2\nf(s; a) = s^a",
                "s \\in \\mathbb{R}^{3}, a = 2\nf(s) = s^a");
        add(Code.W0500, "A parameter of a conditional (a function written with a bar) nothing in the file calls, named like a value the file defined"
                        + " before it, is that value: Eisenstein's `\\boldsymbol{z} = \\sigma(\\ldots)` then `p(y \\mid"
                        + " \\boldsymbol{z}; \\boldsymbol{b}) = \\text{SoftMax}(\\ldots \\boldsymbol{z} + \\boldsymbol{b})`,"
                        + " where the conditional names what the value depends on. docs/LANGUAGE.md, Functions.",
                "x \\in \\mathbb{R}^{3}\nz = 2 x\np(y \\mid z) = z + 1",
                "x \\in \\mathbb{R}^{3}\nz = 2 x\np = z + 1");
        add(Code.E0376, "A value read whole (a name, or a call that does not read the index) inside a sum whose index"
                        + " runs over one of its axes, while the other terms read elements at that index: GRPO's"
                        + " `\\sum_{i=1}^G (r_i - \\beta \\mathbb{D}_{KL})` with the KL term a [G] value. Every term would"
                        + " add the whole vector, a [G] result, where papers mean its element i; eqc does not pick. Write"
                        + " the element, or move the whole value out of the sum. docs/LANGUAGE.md, Sums.",
                "r, d \\in \\mathbb{R}^{G}\nJ = \\sum_{i=1}^{G} (r_i - d)",
                "r, d \\in \\mathbb{R}^{G}\nJ = \\sum_{i=1}^{G} (r_i - d_i)");
        add(Code.W0515, "An expectation whose square bracket names only what is drawn, DeepSeekMath's and DeepSeek-R1's"
                        + " GRPO objective `\\mathbb{E}[q \\sim P(Q), \\{o_i\\}_{i=1}^G \\sim \\pi_{\\theta_{old}}(O|q)]"
                        + " \\frac{1}{G}\\sum_{i=1}^G (…)`, is read over the one draw the file gives: its value is the"
                        + " value written after it (here the group's mean). It was E0103. To average over several draws, give"
                        + " their values along an axis and write the mean. docs/LANGUAGE.md, Expectations.",
                "r \\in \\mathbb{R}^{G}\nJ = \\mathbb{E}[o \\sim \\pi] \\frac{1}{G} \\sum_{i=1}^{G} r_i",
                "r \\in \\mathbb{R}^{G}\nJ = \\frac{1}{G} \\sum_{i=1}^{G} r_i");
        add(Code.W0482, "A letter eqc knows as a built-in, applied between two forms of a chain: Raschka's softmax `p(z) ="
                        + " \\sigma(z) = \\frac{e^{z}}{\\sum_{j=1}^{M} e^{z_j}}` uses `\\sigma` as a name for the function the"
                        + " chain defines, and the form after it says what it is. The value is computed from that form (when"
                        + " it reads only what the file gives). It was the logistic sigmoid, the first form, and the fraction"
                        + " was never read, silently. When the two agree (`\\sigma(x) = \\frac{1}{1 + e^{-x}}`) nothing"
                        + " changes. docs/LANGUAGE.md, Definitions.",
                "z \\in \\mathbb{R}^{M}\np(z) = \\sigma(z) = \\frac{e^{z}}{\\sum_{j=1}^{M} e^{z_j}}",
                "z \\in \\mathbb{R}^{M}\np(z) = \\frac{e^{z}}{\\sum_{j=1}^{M} e^{z_j}}");
        add(Code.W0504, "A comparison of two entries of declared vectors, each with one index letter, is all that is"
                        + " written under a reduction: RRHF's `\\sum_{r_i < r_j} \\max(0, p_i - p_j)` sums over every pair"
                        + " (i, j) of responses where r_i < r_j, each ordered pair once, and leaves the other terms out (0"
                        + " for a sum, -inf for a max). A letter already in scope stays fixed. Was E0103."
                        + " docs/LANGUAGE.md, Sums over index sets.",
                "p, r \\in \\mathbb{R}^{k}\nL = \\sum_{r_i < r_j} \\max(0, p_i - p_j)",
                "p, r \\in \\mathbb{R}^{k}\nL = \\sum_{i} \\sum_{j} \\mathbb{1}[r_i < r_j] \\max(0, p_i - p_j)");
        add(Code.E0362, "`w_0` beside the whole declared vector `w` in a product, PRML's `y(\\mathbf{x}) ="
                        + " \\mathbf{w}^{\\mathrm{T}}\\mathbf{x} + w_0` with only `\\mathbf{w}, \\mathbf{x} \\in"
                        + " \\mathbb{R}^{D}` declared: PRML's prose calls `w_0` a bias, a value of its own, and as `w`'s first"
                        + " entry it would be counted twice; yet `w_0 + \\sum_{j=1}^{M-1} w_j \\phi_j(\\mathbf{x})` means that"
                        + " entry. So does ESL's `\\beta_0 + \\sum_{j=1}^p x_{ij}\\beta_j` with `\\beta \\in \\mathbb{R}^{p}` (the sum"
                        + " reads every entry, counted from 1). eqc cannot tell, so it asks. It was read as the first entry,"
                        + " with W0140. docs/LANGUAGE.md,"
                        + " Names.",
                "\\mathbf{w}, \\mathbf{x} \\in \\mathbb{R}^{D}\ny = \\mathbf{w}^{\\mathrm{T}}\\mathbf{x} + w_0",
                "\\mathbf{w}, \\mathbf{x} \\in \\mathbb{R}^{D}, w_0 \\in \\mathbb{R}\ny = \\mathbf{w}^{\\mathrm{T}}\\mathbf{x} + w_0");
        add(Code.W0468, "A reduction over a tuple of names subscripted by one letter, drawn from a set the file gives"
                        + " (a row of a declared 0/1 matrix, a declared 0/1 vector, a family of index sets):"
                        + " prototypical networks' `\\sum_{(\\mathbf{x}_i, y_i) \\in S_k} f_\\phi(\\mathbf{x}_i)` (Snell et"
                        + " al., Eq. 1) with `S \\in \\{0,1\\}^{K \\times N}`. The tuple names each sample by its index,"
                        + " so the sum runs over the members of the set, `\\sum_{i \\in S_k}`. Was E0103. A set the file"
                        + " does not give is W0403. docs/LANGUAGE.md, Sums over index sets.",
                "S \\in \\{0,1\\}^{K \\times N}, x \\in \\mathbb{R}^{N}\nc_k = \\sum_{(x_i, y_i) \\in S_k} x_i",
                "S \\in \\{0,1\\}^{K \\times N}, x \\in \\mathbb{R}^{N}\nc_k = \\sum_{i \\in S_k} x_i");
        add(Code.W0470, "A list written with dots whose entries before the dots are one or more groups of P entries and"
                        + " whose entries after them are one group, each entry of a group a pattern of one count written"
                        + " in the exponents of powers or in subscripts, counting up by one: NeRF's positional encoding `\\gamma(p) ="
                        + " (\\sin(2^0 \\pi p), \\cos(2^0 \\pi p), \\cdots, \\sin(2^{L-1} \\pi p), \\cos(2^{L-1} \\pi p))`"
                        + " (Mildenhall et al., Eq. 4). It is read as the vector of the groups in order, P times the"
                        + " count entries, counted from 0: entry q is pattern q mod P at count first + floor(q/P). With"
                        + " the counts in subscripts (Tancik et al.'s Fourier features `[a_1 \\cos(2\\pi \\mathbf{b}_1^\\top"
                        + " \\mathbf{v}), a_1 \\sin(…), \\ldots, a_m \\cos(…), a_m \\sin(…)]`, counted from 0 or 1) the"
                        + " groups are strided parts, entry r of group k at P k + r. Was E0103. One entry per count is"
                        + " W0456. docs/LANGUAGE.md, Lists and matrices written out.",
                "p \\in \\mathbb{R}\nv = (\\sin(2^0 p), \\cos(2^0 p), \\cdots, \\sin(2^{3} p), \\cos(2^{3} p))",
                "p \\in \\mathbb{R}\nv_q = \\begin{cases} \\sin(2^{\\lfloor q / 2 \\rfloor} p) & q \\bmod 2 = 0 \\\\"
                        + " \\cos(2^{\\lfloor q / 2 \\rfloor} p) & \\text{otherwise} \\end{cases} \\quad \\text{for } q = 0,"
                        + " \\dots, 7");
        add(Code.W0471, "A condition tail that compares two indices of the left-hand side, `\\forall j \\leq i`, `\\text{for"
                        + " } j < i`: Jurafsky & Martin's causal self-attention `\\alpha_{ij} ="
                        + " \\mathrm{softmax}(\\mathrm{score}(\\mathbf{x}_i, \\mathbf{x}_j)) \\quad \\forall j \\leq i`. It"
                        + " states where the definition holds: those entries are computed and the others are 0, and a"
                        + " softmax over the compared index inside normalises over the kept terms only (the causal"
                        + " mask). Before, the tail was skipped as prose (W0130) and the softmax ran over every j."
                        + " docs/LANGUAGE.md, Definitions and wrappers.",
                "x \\in \\mathbb{R}^{N \\times d}\na_{ij} = \\mathrm{softmax}_j(x_i^\\top x_j) \\quad \\forall j \\leq i",
                "x \\in \\mathbb{R}^{N \\times d}\na_{ij} = \\begin{cases} \\frac{\\exp(x_i^\\top x_j)}{\\sum_{k \\le i}"
                        + " \\exp(x_i^\\top x_k)} & j \\le i \\\\ 0 & \\text{otherwise} \\end{cases}");
        add(Code.W0472, "A subscripted name applied to indices in scope, `p_i(x)`, which the file neither declares nor"
                        + " defines, where the bare name is declared with one more axis than arguments and the file also"
                        + " writes it applied to as many arguments, the row `p(x)`: the Switch Transformer's load balancing"
                        + " loss (Fedus et al., Eq. 4-6) with `p \\in \\mathbb{R}^{T \\times N}`, `\\mathrm{argmax}\\, p(x)`"
                        + " and `P_i = \\frac{1}{T} \\sum_{x \\in \\mathcal{B}} p_i(x)`. It is component i of the row p(x),"
                        + " the element `p_{x, i}`: the arguments on the leading axes, the subscript on the last. Was an"
                        + " input named `p_i(x)` (W0190). Without the row written (YOLO's `p_i(c)`, cell i and class c)"
                        + " the order is not told and it stays that input. docs/LANGUAGE.md, Names.",
                "p \\in \\mathbb{R}^{T \\times N}\ns = \\sum_{x} \\|p(x)\\|^2\nP_i = \\sum_{x} p_i(x)",
                "p \\in \\mathbb{R}^{T \\times N}\ns = \\sum_{x} \\|p(x)\\|^2\nP_i = \\sum_{x} p_{x,i}");
        add(Code.W0483, "A left-hand side applied to an event or an expression of indexed items whose letters the body"
                        + " reads as indices of declared tensors: Bradley and Terry's `P(i \\succ j) = \\frac{\\pi_i}{\\pi_i +"
                        + " \\pi_j}`, SchNet's `e_k(\\mathbf{r}_i - \\mathbf{r}_j) = \\exp(-\\gamma \\|d_{ij} - \\mu_k\\|^2)`. The"
                        + " argument is no parameter: it names the items. The value is defined element by element over"
                        + " their letters, in the order written, then the letters of the name's own subscript (`P_{ij}`,"
                        + " `e_{ijk}`). The same for Molnar's `\\mathbb{P}(Y^{(i)}=1) = …` when the body reads names under"
                        + " the label `(i)`: `\\mathbb{P}_i`, one value per example. Was E0107 (a parameter must be a"
                        + " name), or one probability (W0160) with the whole stack in the product. An event of named items"
                        + " (DPO's `p^*(y_1 \\succ y_2 \\mid x)`) is notation (W0258). docs/LANGUAGE.md, Definitions and"
                        + " wrappers.",
                "\\pi \\in \\mathbb{R}^{n}\nP(i \\succ j) = \\frac{\\pi_i}{\\pi_i + \\pi_j}",
                "\\pi \\in \\mathbb{R}^{n}\nP_{ij} = \\frac{\\pi_i}{\\pi_i + \\pi_j}");
        add(Code.W0484, "A declared tensor, or a size, defined again element by element under its own letter with"
                        + " another number of indices: scikit-learn's multinomial naive Bayes `N_y = \\sum_{i=1}^{n} N_{yi}`"
                        + " with `N \\in \\mathbb{R}^{K \\times n}`, RankNet's `o_{ij} = o_i - o_j` with `o \\in"
                        + " \\mathbb{R}^{n}`, PRML's `N_k = \\sum_{n=1}^{N} \\gamma(z_{nk})` beside the size N. A tensor has"
                        + " one number of axes, so the definition is a value of its own: it and every read with its number"
                        + " of indices take a prime (`N'_y`), the reads with the declared number stay the input (or the"
                        + " size). Was E0105 (defined in terms of itself). docs/LANGUAGE.md, Definitions and wrappers.",
                "o \\in \\mathbb{R}^{n}\no_{ij} = o_i - o_j",
                "o \\in \\mathbb{R}^{n}\nd_{ij} = o_i - o_j");
        add(Code.W0485, "A left-hand index that indexes nothing and only leaves a term out of a sum: RLOO's leave-one-out"
                        + " baseline `b_i = \\frac{1}{k-1} \\sum_{j \\neq i} R_j`. The value is one per term left out, so"
                        + " the index runs over the range of the sum's letter. Was the pairs of both letters (W0271) and"
                        + " E0304 (cannot tell the range). Used elsewhere, `A_i = R_i - b_i`, the range comes from there"
                        + " without a warning. docs/LANGUAGE.md, Definitions and wrappers.",
                "R \\in \\mathbb{R}^{k}\nb_i = \\frac{1}{k-1} \\sum_{j \\neq i} R_j",
                "R \\in \\mathbb{R}^{k}\nb_i = \\frac{1}{k-1} \\sum_{j \\neq i} R_j \\quad \\text{for } i = 1, \\dots, k");
        add(Code.W0486, "A stack declared under a parenthesised label, `\\mathbf{x}^{(i)} \\in \\mathbb{R}^{n \\times p}`"
                        + " (Molnar's n instances, one row each), read only in definitions whose left-hand side carries"
                        + " the label (`\\hat{y}^{(i)} = \\boldsymbol{\\theta}^T \\mathbf{x}^{(i)}`, `\\mathbb{P}(Y^{(i)}=1) ="
                        + " …`): read as the family of its rows, `\\mathbf{x}^{(i)} \\in \\mathbb{R}^{p}, i = 1, \\dots, n`,"
                        + " each definition reading member i, as W0384 reads such a stack under a sum over the label."
                        + " Was the whole stack in the product (E0301). docs/LANGUAGE.md, Names.",
                "x^{(i)} \\in \\mathbb{R}^{n \\times p}, w \\in \\mathbb{R}^{p}\n\\hat{y}^{(i)} = w^T x^{(i)}",
                "x^{(i)} \\in \\mathbb{R}^{p}, i = 1, \\dots, n, w \\in \\mathbb{R}^{p}\n\\hat{y}^{(i)} = w^T x^{(i)}");
        add(Code.W0487, "A value of a function the file does not define, declared as written at an argument subscripted"
                        + " by several letters, `\\gamma(z_{nk}) \\in \\mathbb{R}^{N \\times K}` (PRML's responsibilities),"
                        + " and read as written where those letters are indices in scope (`N_k = \\sum_{n=1}^{N}"
                        + " \\gamma(z_{nk})`): the letters name the declared axes in order, so the read is the element at"
                        + " them. Was the whole matrix at every term (E0301, W0196). One letter per argument (MPO's"
                        + " `Q(s_j, a_i)`) was read so already, without a warning. docs/LANGUAGE.md, Names.",
                "x \\in \\mathbb{R}^{N}, \\gamma(z_{nk}) \\in \\mathbb{R}^{N \\times K}\nm_k = \\sum_{n=1}^{N}"
                        + " \\gamma(z_{nk}) x_n",
                "x \\in \\mathbb{R}^{N}, \\gamma \\in \\mathbb{R}^{N \\times K}\nm_k = \\sum_{n=1}^{N} \\gamma_{nk} x_n");
        add(Code.W0473, "A plain (not bold, undeclared) name defined as bars around the difference of two vectors:"
                        + " Rezende & Mohamed's radial flow, `r = |\\mathbf{z} - \\mathbf{z}_0|` then `h(\\alpha, r) = 1/(\\alpha"
                        + " + r)`. It is the distance between the two points, the Euclidean norm of the difference, a"
                        + " number. Before, the bars were the element-wise absolute values, a vector, and every use of"
                        + " the name was silently element-wise. A bold or declared name keeps the element-wise reading, and so does a"
                        + " name the file reads by index or reduces (`e = |y - \\hat{y}|` then `\\sum_i e_i`)."
                        + " docs/LANGUAGE.md, Vocabulary.",
                "z, c \\in \\mathbb{R}^{d}\nr = |z - c|\ny = z / (1 + r)",
                "z, c \\in \\mathbb{R}^{d}\nr = \\|z - c\\|\ny = z / (1 + r)");
        add(Code.W0474, "An inner-product bracket of two whole matrices of the same shape: Peyr\u00e9 & Cuturi's entropic"
                        + " optimal transport `\\langle \\mathbf{P}, \\mathbf{C} \\rangle - \\varepsilon \\mathbf{H}(\\mathbf{P})`"
                        + " of a coupling and a cost. It is the Frobenius inner product, the sum of every entry of the"
                        + " element-wise product, a number. Before, it was the inner product of each row (a vector),"
                        + " silently. Rows written as rows (`\\langle Q_i, K_j \\rangle`) keep the row reading."
                        + " docs/LANGUAGE.md, Vocabulary.",
                "P, C \\in \\mathbb{R}^{n \\times m}\nE = \\langle P, C \\rangle",
                "P, C \\in \\mathbb{R}^{n \\times m}\nE = \\sum_{i,j} P_{ij} C_{ij}");
        add(Code.W0475, "A function written with a colon and `\\mapsto`: Mentzer et al.'s finite scalar quantisation,"
                        + " `f : z \\mapsto \\lfloor L/2 \\rfloor \\tanh(z)` beside `\\hat{z} = \\mathrm{round}(f(z))`. It"
                        + " is the definition `f(z) = \\lfloor L/2 \\rfloor \\tanh(z)`; several parameters are written"
                        + " in parentheses, `g : (x, y) \\mapsto …`. Before, the line was E0103 (a relation eqc does not"
                        + " compute). docs/LANGUAGE.md, Definitions and wrappers.",
                "z \\in \\mathbb{R}^{d}\nf : z \\mapsto 2 \\tanh(z)\ny = f(z)",
                "z \\in \\mathbb{R}^{d}\nf(z) = 2 \\tanh(z)\ny = f(z)");
        add(Code.W0477, "A function value on the left with a parenthesised superscript of one letter: DINO's student"
                        + " distribution (Caron et al., Eq. 1), `P_s(x)^{(i)} = \\frac{\\exp(g_{\\theta_s}(x)^{(i)} /"
                        + " \\tau_s)}{\\sum_{k=1}^{K} \\exp(g_{\\theta_s}(x)^{(k)} / \\tau_s)}`. The superscript is the"
                        + " definition's index, component i of the value, as `P_s(x)_i = …` writes it; not a power."
                        + " Before, the left-hand side was E0107. docs/LANGUAGE.md, Definitions and wrappers.",
                "g \\in \\mathbb{R}^{K}\nP(x)^{(i)} = \\frac{\\exp(g^{(i)})}{\\sum_{k} \\exp(g^{(k)})}",
                "g \\in \\mathbb{R}^{K}\nP_i = \\frac{\\exp(g_i)}{\\sum_{k} \\exp(g_k)}");
        add(Code.W0476, "A name declared in an interval of two numbers: mixup's `\\lambda \\in [0, 1]` (Zhang et al.),"
                        + " `\\beta \\in (0, 1)`, `\\gamma \\in [0, 1)`, `\\sigma \\in (0, \\infty)`, and raised to sizes,"
                        + " `\\mathbf{x} \\in [0, 1]^{n}`. The values are real numbers; eqc does not check that they lie in"
                        + " the interval. Before, the declaration was E0108. docs/LANGUAGE.md, Sets in declarations.",
                "\\lambda \\in [0, 1], x, y \\in \\mathbb{R}^{d}\nm = \\lambda x + (1 - \\lambda) y",
                "\\lambda \\in \\mathbb{R}, x, y \\in \\mathbb{R}^{d}\nm = \\lambda x + (1 - \\lambda) y");
        add(Code.W0469, "An expectation the file does not define, applied with parentheses to a sum or a difference and"
                        + " raised to a number: SPPO's `\\mathbb{E}_{y \\sim \\pi_t(\\cdot|x)}\\left(\\log(…) - \\eta(…)"
                        + "\\right)^2` (Wu et al., Eq. 3.6), the textbook variance `E(X - \\mu)^2`. The power applies to"
                        + " the difference inside: read as `\\mathbb{E}[(…)^2]`. Before, it was the square of the mean"
                        + " (without a subscript, silently) or E0103 (with one). `\\mathbb{E}[X]^2`, with square brackets,"
                        + " stays the square of the mean; one term in parentheses is E0363. docs/LANGUAGE.md, Expectations.",
                "x \\in \\mathbb{R}^{B}, \\mu \\in \\mathbb{R}\nv = \\mathbb{E}(x - \\mu)^2",
                "x \\in \\mathbb{R}^{B}, \\mu \\in \\mathbb{R}\nv = \\mathbb{E}[(x - \\mu)^2]");
        add(Code.E0364, "A condition of a `cases` row written in words: Shazeer et al.'s `\\mathrm{KeepTopK}(v, k)_i ="
                        + " \\begin{cases} v_i & \\text{if } v_i \\text{ is in the top } k \\text{ elements of } v. \\\\"
                        + " -\\infty & \\text{otherwise.} \\end{cases}`. The words cannot be computed; before, each run of"
                        + " them was read as the name of an input the run asked for. Prose after a comparison is skipped"
                        + " (W0130). docs/LANGUAGE.md, Definitions and wrappers.",
                "v \\in \\mathbb{R}^{n}\ng_i = \\begin{cases} v_i & \\text{if } v_i \\text{ is positive} \\\\ 0 &"
                        + " \\text{otherwise} \\end{cases}",
                "v \\in \\mathbb{R}^{n}\ng_i = \\begin{cases} v_i & \\text{if } v_i > 0 \\\\ 0 & \\text{otherwise}"
                        + " \\end{cases}");
        add(Code.E0363, "An expectation applied with parentheses to one term and raised to a power, `\\mathbb{E}(X)^2`:"
                        + " in a variance formula (`\\mathbb{E}(X^2) - \\mathbb{E}(X)^2`) it is the square of the mean,"
                        + " where a loss written `\\mathbb{E}_{y}(\\ell_y)^2` means the mean of the square. eqc does not"
                        + " guess (it was the square of the mean, silently): write `(\\mathbb{E}[X])^2` or"
                        + " `\\mathbb{E}[X^2]`. A sum or difference inside is W0469. docs/LANGUAGE.md, Expectations.",
                "x \\in \\mathbb{R}^{B}\nv = \\mathbb{E}(x)^2",
                "x \\in \\mathbb{R}^{B}\nv = (\\mathbb{E}[x])^2");
        add(Code.W0457, "One letter defined element by element twice, with two numbers of indices: BPR's `\\hat{x}_{ui} ="
                        + " \\langle w_u, h_i \\rangle` then `\\hat{x}_{uij} = \\hat{x}_{ui} - \\hat{x}_{uj}`. A tensor has"
                        + " one number of axes, so these are two values told apart by their indices: the second, and"
                        + " every read with its number of indices, takes a prime (`\\hat{x}'`). Was E0106 (defined"
                        + " twice). Subscripts that are labels (`\\sigma_x`, `\\sigma_{xy}`) are names already."
                        + " docs/LANGUAGE.md, Definitions and wrappers.",
                "w \\in \\mathbb{R}^{U \\times k}, h \\in \\mathbb{R}^{I \\times k}\nx_{ui} = \\sum_f w_{uf} h_{if}\n"
                        + "x_{uij} = x_{ui} - x_{uj}",
                "w \\in \\mathbb{R}^{U \\times k}, h \\in \\mathbb{R}^{I \\times k}\nx_{ui} = \\sum_f w_{uf} h_{if}\n"
                        + "d_{uij} = x_{ui} - x_{uj}");
        add(Code.W0459, "A function applied under a reduction over its own name, with its values declared: DARTS'"
                        + " mixed operation `\\sum_{o \\in \\mathcal{O}} \\frac{\\exp(\\alpha_o)}{\\sum_{o'}"
                        + " \\exp(\\alpha_{o'})} o(x)` with `o(x) \\in \\mathbb{R}^{|\\mathcal{O}| \\times d}`. Each"
                        + " term is one operation `o` of the set, so `o(x)` is that operation's value, the row `o` of the"
                        + " declared stack. Was the whole stack in every term, silently. docs/LANGUAGE.md, Functions.",
                "\\alpha \\in \\mathbb{R}^{K}, o(x) \\in \\mathbb{R}^{K \\times d}\ny = \\sum_{o} \\alpha_o o(x)",
                "\\alpha \\in \\mathbb{R}^{K}, o(x) \\in \\mathbb{R}^{K \\times d}\ny = \\sum_{k} \\alpha_k o(x)_k");
        add(Code.W0460, "In a file that applies the standard normal CDF `\\Phi`, an undefined, undeclared `\\phi` (or"
                        + " `\\varphi`) applied to one argument: Brochu et al.'s expected improvement `(\\mu(\\mathbf{x})"
                        + " - f(\\mathbf{x}^+)) \\Phi(Z) + \\sigma(\\mathbf{x}) \\phi(Z)`. It is the standard normal"
                        + " density, `e^{-z^2/2} / \\sqrt{2\\pi}`, as the prose says. Was the value of an unknown"
                        + " function, an input the run asked for (W0190). docs/LANGUAGE.md, Functions.",
                "m, s \\in \\mathbb{R}\nEI = m \\Phi(m / s) + s \\phi(m / s)",
                "m, s \\in \\mathbb{R}\nEI = m \\Phi(m / s) + s \\frac{1}{\\sqrt{2\\pi}} e^{-(m / s)^2 / 2}");
        add(Code.W0461, "Words of prose in `\\text{…}` (two words or more) written before the name a line defines:"
                        + " Hyndman and Athanasopoulos' Holt method, `\\text{Level equation} \\quad \\ell_t = \\alpha y_t +"
                        + " (1 - \\alpha)(\\ell_{t-1} + b_{t-1})`. The words label the line; the definition is of the"
                        + " name after them. Was E0107 (the words times the name cannot be defined)."
                        + " docs/LANGUAGE.md, Definitions and wrappers.",
                "y \\in \\mathbb{R}\n\\text{Level equation} \\quad \\ell = 2 y",
                "y \\in \\mathbb{R}\n\\ell = 2 y");
        add(Code.W0462, "A sum, product, max or min whose lower limit is a value (a size or a number the file gives,"
                        + " plus or minus a number) or a whole number above 1, with a size above it: DANN's `\\frac{1}{n'}"
                        + " \\sum_{i=n+1}^{N} L_d^i` over the target examples that follow the n source ones. The index"
                        + " counts from 1 to the upper limit and the terms below the lower limit are left out (the"
                        + " operation's identity), compared as numbers. Was E0103 (sums start at 0 or 1)."
                        + " docs/LANGUAGE.md, Indexes and ranges.",
                "x \\in \\mathbb{R}^{N}, n \\in \\mathbb{R}\ns = \\sum_{i=n+1}^{N} x_i",
                "x \\in \\mathbb{R}^{N}, n \\in \\mathbb{R}\ns = \\sum_{i=1}^{N} [i > n] x_i");
        add(Code.W0458, "A row of a declared tensor, its subscripts index letters in scope, written directly before a"
                        + " square bracket of class labels or index letters in scope, with as many subscripts and"
                        + " bracket entries together as the tensor has axes: Laine and Aila's Algorithm 1 `\\log"
                        + " z_i[y_i]`. The bracket picks the element of the row, as in code: `z_{i, y_i}`. Was the row"
                        + " times the bracket, a vector where the paper has a number, silently. With a space or"
                        + " `\\cdot` before the bracket it is a product. docs/LANGUAGE.md, Indexes and ranges.",
                "z \\in \\mathbb{R}^{B \\times C}, y \\in \\{1, \\ldots, C\\}^{B}\nl = -\\sum_i \\log z_i[y_i]",
                "z \\in \\mathbb{R}^{B \\times C}, y \\in \\{1, \\ldots, C\\}^{B}\nl = -\\sum_i \\log z_{i, y_i}");
        add(Code.W0446, "A name that is a value (an input, a parameter or a value the file defines), written right"
                        + " before a parenthesised positive part: the Temporal Fusion Transformer's quantile loss `QL(y,"
                        + " \\hat{y}, q) = q(y - \\hat{y})_{+} + (1 - q)(\\hat{y} - y)_{+}`. The parser reads `q(…)` as a"
                        + " call; a value is no function, so it is the product of `q` and the positive part"
                        + " `\\max(0, y - \\hat{y})`, and eqc says so. docs/LANGUAGE.md, Vocabulary.",
                "y, \\hat{y}, q \\in \\mathbb{R}\nL = q(y - \\hat{y})_{+}",
                "y, \\hat{y}, q \\in \\mathbb{R}\nL = q \\cdot (y - \\hat{y})_{+}");
        add(Code.W0447, "A sum whose subscript draws examples from a set, each example written with the same"
                        + " parenthesised superscript letter: MAML's `\\sum_{\\mathbf{x}^{(j)}, \\mathbf{y}^{(j)} \\sim"
                        + " \\mathcal{T}_i}` (Finn et al., Sec. 3.1). The examples the file gives are the draws, so the sum"
                        + " runs over the letter, every example once, and eqc says so. docs/LANGUAGE.md, Sums over index sets.",
                "x \\in \\mathbb{R}^{K \\times d}, y \\in \\mathbb{R}^{K}, \\theta \\in \\mathbb{R}^{d}\n"
                        + "L = \\sum_{x^{(j)}, y^{(j)} \\sim \\mathcal{T}} (\\theta^T x^{(j)} - y^{(j)})^2",
                "x \\in \\mathbb{R}^{K \\times d}, y \\in \\mathbb{R}^{K}, \\theta \\in \\mathbb{R}^{d}\n"
                        + "L = \\sum_{j} (\\theta^T x^{(j)} - y^{(j)})^2");
        add(Code.W0439, "A left-hand side with a parenthesised superscript of letters the file gives no other meaning,"
                        + " each indexing something on the right: SimCLR's `\\mathcal{L}^{(i,j)} = -\\log \\frac{\\exp("
                        + "\\mathrm{sim}(z_i, z_j)/\\tau)}{…}`, SwAV's `\\mathbf{p}^{(k)}_t`. The letters are the"
                        + " definition's indices, as a subscript would be; the value written again with the same"
                        + " superscript is its element (W0240). A letter only in superscripts on the right"
                        + " (`a^{(l)} = W^{(l)} a^{(l-1)}`) keeps the superscript a label. docs/LANGUAGE.md, Names.",
                "z \\in \\mathbb{R}^{N \\times d}\nL^{(i,j)} = z_i^\\top z_j",
                "z \\in \\mathbb{R}^{N \\times d}\nL_{ij} = z_i^\\top z_j");
        add(Code.W0432, "A cross-entropy the file does not define, `\\mathrm{CE}(p, q)` (also `\\text{CE}`,"
                        + " `\\mathrm{XE}`, `\\mathrm{CrossEntropy}`, and `H(p, q)` with two arguments, as FixMatch"
                        + " prints it): read as `-\\sum p \\log q` along the last axis, the first argument the target"
                        + " distribution and the second the predicted probabilities. Papers differ on the order and on"
                        + " whether the prediction is logits, so the reading is said. docs/LANGUAGE.md, Built-in"
                        + " functions.",
                "p, q \\in \\mathbb{R}^{C}\n\\ell = \\mathrm{CE}(p, q)",
                "p, q \\in \\mathbb{R}^{C}\n\\ell = -\\sum_k p_k \\log q_k");
        add(Code.E0352, "A class label given to a cross-entropy the file does not define, `\\mathrm{CE}(p, y)`: the"
                        + " cross-entropy of a label is minus the log of the probability it picks, but the other"
                        + " argument, not printed as a distribution (`p(y \\mid x)`, a softmax), may be probabilities"
                        + " or logits. docs/LANGUAGE.md, Built-in functions.",
                "p \\in \\mathbb{R}^{C}, y \\in \\{1, \\dots, C\\}\n\\ell = \\mathrm{CE}(p, y)",
                "p \\in \\mathbb{R}^{C}, y \\in \\{1, \\dots, C\\}\n\\ell = -\\log p_y");
        add(Code.E0353, "A mean or variance without axes, `\\mathrm{E}[x]`, `\\mathrm{Var}[x]`, of a tensor of three"
                        + " axes or more, beside a parameter that goes with an inner axis: PyTorch's BatchNorm2d,"
                        + " InstanceNorm2d and GroupNorm pages print the same line, `\\frac{x - \\mathrm{E}[x]}{\\sqrt{"
                        + "\\mathrm{Var}[x] + \\epsilon}} * \\gamma + \\beta` with `x` N x C x H x W and `\\gamma` per"
                        + " channel, and mean statistics over (N, H, W), over (H, W) or over groups of channels. The"
                        + " last axis alone is none of them. docs/LANGUAGE.md, Normalisation layers.",
                "x \\in \\mathbb{R}^{N \\times C \\times H \\times W}, \\gamma \\in \\mathbb{R}^{C}\n"
                        + "y = (x - \\mathrm{E}[x]) * \\gamma",
                "x \\in \\mathbb{R}^{N \\times C \\times H \\times W}, \\gamma \\in \\mathbb{R}^{C}\n"
                        + "\\mu_c = \\frac{1}{NHW} \\sum_{n,h,w} x_{nchw}\ny_{nchw} = (x_{nchw} - \\mu_c) \\gamma_c");
        add(Code.W0440, "`x_j^{(i)}` (or `x^{(i)}_j`) with `i` and `j` indices in scope, a matrix `x` declared and neither"
                        + " `x_j` nor `x_j^{(i)}` declared: feature `j` of the `i`-th example, element `(i, j)` of `x`, the"
                        + " example first, as machine-learning notes and ST-MoE's router z-loss print it. The bare"
                        + " `x^{(i)}` is row `i` (W0102). docs/LANGUAGE.md, Names.",
                "x \\in \\mathbb{R}^{B \\times N}\nL = \\sum_{i=1}^{B} \\sum_{j=1}^{N} x_j^{(i)}",
                "x \\in \\mathbb{R}^{B \\times N}\nL = \\sum_{i=1}^{B} \\sum_{j=1}^{N} x_{ij}");
        add(Code.W0437, "A matrix that is not square inside an expectation that draws samples,"
                        + " `\\mathbb{E}_{\\mathbf{z} \\sim P(\\mathbf{z})}[f(\\mathbf{z})]` with `f(\\mathbf{z})` declared"
                        + " N x D: its rows are the draws (as for W0390 and W0394), so the expectation is the mean of the"
                        + " rows, a D-vector; not the mean of each row. docs/LANGUAGE.md, Expectations.",
                "f(z) \\in \\mathbb{R}^{N \\times D}\nm = \\mathbb{E}_{z \\sim P}[f(z)]",
                "f(z) \\in \\mathbb{R}^{N \\times D}\nm = \\frac{1}{N} \\sum_{i} f(z)_{i}");
        add(Code.E0357, "A square matrix inside an expectation that draws samples, `\\mathbb{E}_{x \\sim p}[x x^\\top]`"
                        + " or a Gram matrix `\\mathbb{E}_{x, x' \\sim p}[K]`: its rows may be the draws, each entry a"
                        + " pair of draws, or the whole matrix one draw, and the mean over its last axis is none of"
                        + " them. docs/LANGUAGE.md, Expectations.",
                "K \\in \\mathbb{R}^{N \\times N}\nm = \\mathbb{E}_{x, x' \\sim p}[K]",
                "K \\in \\mathbb{R}^{N \\times N}\nm = \\frac{1}{N^2} \\sum_{i,j} K_{ij}");
        add(Code.W0426, "A matrix declared by its capital and defined by its lower-case elements, as textbooks print"
                        + " one (`\\mathbf{P} \\in \\mathbb{R}^{n \\times d}` and `p_{i, 2j} = …`): when the capital is"
                        + " used nowhere else and nothing declares the lower-case letter, the declaration is the shape of"
                        + " the defined matrix. docs/LANGUAGE.md, Names.",
                "\\mathbf{P} \\in \\mathbb{R}^{n \\times d}\np_{ij} = i + j",
                "p \\in \\mathbb{R}^{n \\times d}\np_{ij} = i + j");
        add(Code.W0425, "Bars around a calligraphic name declared as a real tensor, `|\\mathcal{B}|` with the minibatch"
                        + " `\\mathcal{B} \\in \\mathbb{R}^{m \\times d}`: a calligraphic name is a set of members (its"
                        + " rows, or the entries of a vector), and the bars count them, the size of its first axis. The"
                        + " absolute values of its entries are never meant. docs/LANGUAGE.md, Sums over index sets.",
                "\\mathcal{B} \\in \\mathbb{R}^{m \\times d}\n\\mu = \\frac{1}{|\\mathcal{B}|} \\sum_{x \\in \\mathcal{B}} x",
                "\\mathcal{B} \\in \\mathbb{R}^{m \\times d}\n\\mu = \\frac{1}{m} \\sum_{x \\in \\mathcal{B}} x");
        add(Code.W0538, "A series written with dots whose terms' scripts are expressions, Sutton and Barto's"
                        + " `R_{t+1} + \\gamma R_{t+2} + \\cdots + \\gamma^{n-1} R_{t+n}` or Mamba-2's `a_j \\times \\cdots"
                        + " \\times a_{i+1}`: the term before the dots and the last term are one tree but at places in their"
                        + " scripts that all move by the same amount, so one counter gives the general term"
                        + " (`\\gamma^{k-1} R_{t+k}`); a name without the power the other term has is its power 1, a term"
                        + " without that factor its power 0. The direction is the step of the written terms, or with one"
                        + " term before the dots the sign of the difference or a cases condition (`j \\ge i`: down from j"
                        + " to i+1, empty when j = i). A chain of `\\times` or `\\cdot` between lower-case names is the"
                        + " product. Places that move by different amounts, or a direction nothing gives, are E0387."
                        + " docs/LANGUAGE.md, Indexes and ranges.",
                "r \\in \\mathbb{R}^{T}, t, n \\in \\mathbb{N}, \\gamma \\in \\mathbb{R}\nG = r_{t+1} + \\gamma r_{t+2} + \\cdots + \\gamma^{n-1} r_{t+n}",
                "r \\in \\mathbb{R}^{T}, t, n \\in \\mathbb{N}, \\gamma \\in \\mathbb{R}\nG = \\sum_{k=1}^{n} \\gamma^{k-1} r_{t+k}");
        add(Code.E0387, "A series written with dots that is no one series: the places where the term before the dots"
                        + " and the last term differ move by different amounts (`x_1 y_2 + \\cdots + x_n y_n`), an earlier"
                        + " term does not step by one, or with one term before the dots nothing says whether it counts up"
                        + " or down (`a_j \\times \\cdots \\times a_{i+1}` with no condition ordering i and j)."
                        + " docs/LANGUAGE.md, Indexes and ranges.",
                "a \\in \\mathbb{R}^{T}\nL_{ji} = a_j \\times \\cdots \\times a_{i+1}",
                "a \\in \\mathbb{R}^{T}\nL_{ji} = \\prod_{k=i+1}^{j} a_k");
        add(Code.W0424, "A sum written out with dots, `x_1 + x_2 + \\cdots + x_n` or `w_1 x_1 + \\cdots + w_d x_d`: the"
                        + " terms before the dots and the term after them are one pattern whose whole numbers count up by"
                        + " one to the last term's value, so the run is read as the sum over a letter of its own. Terms"
                        + " that skip (`x_1 + x_3 + \\cdots`) are no such sum. The arguments of `\\max` or `\\min`"
                        + " written as such a run, `\\max(x_1, \\dots, x_n)`, are the reduction `\\max_{i=1}^{n} x_i`."
                        + " docs/LANGUAGE.md, Indexes and ranges.",
                "x \\in \\mathbb{R}^{n}\ns = x_1 + x_2 + \\cdots + x_n",
                "x \\in \\mathbb{R}^{n}\ns = \\sum_{i=1}^{n} x_i");
        add(Code.W0423, "A vector added to, subtracted from or multiplied element-wise with a square matrix of its size"
                        + " (`K - K v`, `S + b` with `S` n×n): broadcasting takes the vector along each row, one value per"
                        + " column; a square matrix could take it down each column as well, and a matrix-vector product is"
                        + " a column in the paper's algebra. Kernel PCA's `\\mathbf{1}_N` (the matrix of 1/N) is one"
                        + " such case. docs/LANGUAGE.md, Broadcasting.",
                "K \\in \\mathbb{R}^{n \\times n}, v \\in \\mathbb{R}^{n}\nC = K - K v",
                "K \\in \\mathbb{R}^{n \\times n}, v \\in \\mathbb{R}^{n}\nC_{ij} = K_{ij} - \\sum_{k} K_{ik} v_k");
        add(Code.W0420, "Equations written for one token or step, as DeepSeekMoE prints its router: `\\mathbf{u}_t^l \\in"
                        + " \\mathbb{R}^{d}` declared (the hidden state of the t-th token), then `s_{i,t} ="
                        + " \\operatorname{Softmax}_i({\\mathbf{u}_t^l}^{T} \\mathbf{e}_i^l)`. The letter `t` has no range anywhere"
                        + " (no sum over it, no written range, no declared tensor it indexes) and is part of a declared name, so"
                        + " it is a label of the one token: in a subscript beside other letters it is dropped, `s_{i,t}` read"
                        + " as `s_i`. docs/LANGUAGE.md, Indexes and ranges.",
                "\\mathbf{u}_t \\in \\mathbb{R}^{d}, E \\in \\mathbb{R}^{N \\times d}\ns_{i,t} = \\mathbf{e}_i^\\top \\mathbf{u}_t",
                "\\mathbf{u}_t \\in \\mathbb{R}^{d}, E \\in \\mathbb{R}^{N \\times d}\ns_i = \\mathbf{e}_i^\\top \\mathbf{u}_t");
        add(Code.W0419, "The gradient of a loss or function the file does not compute, as optimisers print it: Adam's"
                        + " `g_t \\leftarrow \\nabla_\\theta f_t(\\theta_{t-1})`, `W - \\eta \\frac{\\partial L}{\\partial W}` with"
                        + " `L` undefined or a declared scalar (which depends on nothing, so its gradient would be 0): the"
                        + " gradient the algorithm is given, an input named as printed, shaped like the variable it is taken"
                        + " with respect to, or like the one argument written when that variable is no input. A gradient"
                        + " declared as printed (`\\frac{\\partial L[\\phi_t]}{\\partial \\phi} \\in \\mathbb{R}^{D}`) is that"
                        + " input without a warning. docs/LANGUAGE.md, Gradients.",
                "\\theta \\in \\mathbb{R}^{d}, \\eta \\in \\mathbb{R}\n\\theta' = \\theta - \\eta \\nabla_\\theta L",
                "\\theta, \\nabla_\\theta L(\\theta) \\in \\mathbb{R}^{d}, \\eta \\in \\mathbb{R}\n"
                        + "\\theta' = \\theta - \\eta \\nabla_\\theta L(\\theta)");
        add(Code.W0418, "The values of a function the file does not define, declared at a bare letter in one argument,"
                        + " `Q(S_{t+1}, a; \\theta'_t) \\in \\mathbb{R}^{A}` (one per action), and read with an arg max over a"
                        + " letter in that place, van Hasselt et al.'s Double DQN target `Q(S_{t+1}, \\operatorname*{argmax}_a"
                        + " Q(S_{t+1}, a; \\theta_t); \\theta'_t)`, the other arguments as declared: the element the arg max"
                        + " picks, counted from 0 as the arg max's position is. A name defined as an arg max (`a^*`) or a"
                        + " declared class label in that place reads the same way. docs/LANGUAGE.md, Functions the file"
                        + " does not define.",
                "Q(s, a; \\theta), Q(s, a; \\theta') \\in \\mathbb{R}^{A}\ny = Q(s, \\arg\\max_a Q(s, a; \\theta); \\theta')",
                "Q(s, a; \\theta), Q(s, a; \\theta') \\in \\mathbb{R}^{A}\nk = \\arg\\max_a Q(s, a; \\theta)\n"
                        + "y = \\sum_{a} \\mathbb{1}[a = k] Q(s, a; \\theta')");
        add(Code.W0417, "A reduction over the members of a name declared as a 0/1 vector, Proxy Anchor's `\\sum_{p \\in"
                        + " P^+}` with `P^+ \\in \\{0,1\\}^{C}` (the proxies with positives in the batch): the vector is a"
                        + " set of positions, so the index runs over the axis it indexes and the positions where the"
                        + " vector is 0 are left out; bars around it, `|P^+|`, count its 1s (W0404). docs/LANGUAGE.md,"
                        + " Sums over index sets.",
                "s \\in \\mathbb{R}^{C}, P^+ \\in \\{0,1\\}^{C}\n\\ell = \\sum_{p \\in P^+} s_p",
                "s \\in \\mathbb{R}^{C}, P^+ \\in \\{0,1\\}^{C}\n\\ell = \\sum_{p} P^+_p s_p");
        add(Code.W0416, "A declared tensor followed by a square bracket of as many index letters in scope as it has"
                        + " axes, `P_l[h, h']` (talking-heads attention) or `A[i, j]`, is its element, as in code; the"
                        + " tensor times a list of the indices' values is never what a paper means. docs/LANGUAGE.md,"
                        + " Indexes and ranges.",
                "P \\in \\mathbb{R}^{n \\times n}\ny_{i} = \\sum_j P[i, j]",
                "P \\in \\mathbb{R}^{n \\times n}\ny_{i} = \\sum_j P_{i,j}");
        add(Code.W0371, "A softmax over an index read both under a sum over a set (`\\sum_{j \\in \\mathcal{N}_i}"
                        + " \\alpha_{ij} v_j`) and over the whole range (`\\sum_j \\alpha_{ij} v_j`): eqc cannot tell which"
                        + " the paper normalises over, and keeps the whole range. docs/LANGUAGE.md, Sums over index sets.",
                "e \\in \\mathbb{R}^{n \\times n}, v \\in \\mathbb{R}^{n}, \\mathcal{N} \\in \\{0,1\\}^{n \\times n}\n"
                        + "\\alpha_{ij} = \\mathrm{softmax}_j(e_{ij})\nh_i = \\sum_{j \\in \\mathcal{N}_i} \\alpha_{ij} v_j\n"
                        + "s_i = \\sum_j \\alpha_{ij} v_j",
                "e \\in \\mathbb{R}^{n \\times n}, v \\in \\mathbb{R}^{n}, \\mathcal{N} \\in \\{0,1\\}^{n \\times n}\n"
                        + "\\alpha_{ij} = \\mathrm{softmax}_{j \\in \\mathcal{N}_i}(e_{ij})\n"
                        + "h_i = \\sum_{j \\in \\mathcal{N}_i} \\alpha_{ij} v_j\ns_i = \\sum_j \\alpha_{ij} v_j");
        add(Code.W0390, "Inside an expectation that draws samples (`\\mathbb{E}_{x \\sim p}[…]`, `\\mathbb{E}_{(x, y) \\sim"
                        + " p_{\\mathrm{pos}}}[…]`), the 2-norm of a matrix that is not square, whose rows are the draws (`f(x)`"
                        + " declared N x d), is the norm of each row, one draw each; the expectation then averages them."
                        + " Write `\\|…\\|_F` for the norm of the whole matrix. docs/LANGUAGE.md, Vocabulary.",
                "f(x), f(y) \\in \\mathbb{R}^{N \\times d}\n"
                        + "L = \\mathbb{E}_{(x, y) \\sim p}\\left[\\|f(x) - f(y)\\|_2^2\\right]",
                "x, y \\in \\mathbb{R}^{N \\times d}\n"
                        + "L = \\frac{1}{N}\\sum_{i=1}^{N} \\|x_i - y_i\\|_2^2");
        add(Code.W0394, "Inside an expectation that draws samples (`\\mathbb{E}_{x, x^+}[…]`), two matrices that are not"
                        + " square and whose rows are the draws (`f(x), f(x^+)` declared N x k) multiplied as `f(x)^\\top f(x^+)`"
                        + " are each draw's inner product, one number per row; the expectation then averages them (HaoChen et"
                        + " al.'s spectral contrastive loss). The k x k matrix product of the whole batch is not a draw."
                        + " docs/LANGUAGE.md, Vocabulary.",
                "f(x), f(y) \\in \\mathbb{R}^{N \\times k}\n"
                        + "L = \\mathbb{E}_{x, y}\\left[f(x)^\\top f(y)\\right]",
                "x, y \\in \\mathbb{R}^{N \\times k}\n"
                        + "L = \\frac{1}{N}\\sum_{i=1}^{N} x_i^\\top y_i");
        add(Code.E0384, "A sum or product over a letter whose body reads whole a name declared with that letter as its"
                        + " subscript (`x_i \\in \\mathbb{R}^{d}` under `\\sum_{i}` with no upper limit, or under sums with"
                        + " different limits, where W0530 cannot tell the family's size): `x_i` is one input, so every term"
                        + " would read the same value and the sum would be a multiple of it, silently. Declare the family"
                        + " with its size. docs/LANGUAGE.md, Families.",
                "x_i \\in \\mathbb{R}^{d}, y \\in \\mathbb{R}^{n}\nb = \\sum_{i} x_i y_i",
                "x_i \\in \\mathbb{R}^{d}, i = 1, \\ldots, n, y \\in \\mathbb{R}^{n}\nb = \\sum_{i} x_i y_i");
        add(Code.E0350, "A sum whose index the body carries only in the superscript label of names (`\\sum_{i=1}^{K} v_t^{(i)}`"
                        + " with `v_{t-1}^{(i)} \\in \\mathbb{R}^{K \\times d}` declared, Aggregated Momentum): the names are"
                        + " given whole, with `(i)` in their spelling, so every term of the sum would be the same value and"
                        + " the sum K times it, not the sum of the K members the paper means. Declare the stacked values"
                        + " without the label and index them. docs/LANGUAGE.md, Reading rules.",
                "v^{(i)} \\in \\mathbb{R}^{K \\times d}\n"
                        + "s = \\sum_{i=1}^{K} v^{(i)}",
                "v \\in \\mathbb{R}^{K \\times d}\n"
                        + "s = \\sum_{i=1}^{K} v_i");
        add(Code.E0354, "An index in scope written as an argument of a function whose values the file declares with one"
                        + " axis per argument (`\\max_{a'} Q(s', a', u)` with `Q(s', a', u) \\in \\mathbb{R}^{B \\times n_a"
                        + " \\times K}`) runs along the axis of its argument. eqc reads such an index along the first axis,"
                        + " and along the second of a matrix (`\\max_{a'} Q_{\\phi}(s', a')` over the columns); at any"
                        + " other position it stops rather than read the wrong axis. docs/LANGUAGE.md, Reading rules.",
                "Q(s', a', u) \\in \\mathbb{R}^{B \\times n_a \\times K}\n"
                        + "y = \\max_{a'} Q(s', a', u)",
                "Q \\in \\mathbb{R}^{B \\times n_a \\times K}\n"
                        + "y_{b,k} = \\max_{a'} Q_{b,a',k}");
        add(Code.W0492, "A column matrix literal whose cells are all tensors of one shape S, `\\begin{bmatrix} a \\\\ b"
                        + " \\end{bmatrix}` with a, b vectors, is the tensor of its cells, S + [r], entry by entry as for a batch"
                        + " (a rotation written with cos m and sin m of a vector of positions). A paper may mean the block vector"
                        + " (Mip-NeRF's integrated encoding, sin and cos one after another); write `[a; b]` for that."
                        + " docs/LANGUAGE.md, Matrices and vectors cell by cell.",
                "a, b \\in \\mathbb{R}^{d}\n"
                        + "y = \\begin{bmatrix} a \\\\ b \\end{bmatrix}",
                "a, b \\in \\mathbb{R}^{d}\n"
                        + "y = [a; b]");
        add(Code.E0367, "A sum over a member of a family, `\\sum_{j \\in \\mathcal{N}_i}`, runs over the positions where row i"
                        + " of a 0/1 membership matrix is not 0. When the family is declared real (`\\mathcal{X} \\in"
                        + " \\mathbb{R}^{K \\times N}`) and the member is used as a value (GeM's `\\sum_{x \\in \\mathcal{X}_k}"
                        + " x^{p_k}`, the activations of map k), the paper means a set of values, not of positions; eqc stops"
                        + " rather than sum positions. docs/LANGUAGE.md, Sums over index sets.",
                "\\mathcal{X} \\in \\mathbb{R}^{K \\times N}\n"
                        + "f_k = \\sum_{x \\in \\mathcal{X}_k} x^{p_k}",
                "\\mathcal{X} \\in \\mathbb{R}^{K \\times N}\n"
                        + "f_k = \\sum_{n} \\mathcal{X}_{kn}^{p_k}");
        add(Code.E0351, "A step of a declared value must keep its shape: `\\theta_{t+1} = \\theta_t - …` with `\\theta_t`"
                        + " declared, `\\theta_t = \\theta_{t-1} - …`, and an update of an input from its own value (W0270)."
                        + " When the result has more axes than the value it updates, a broadcast made them: Ruder's Adagrad"
                        + " `\\frac{\\eta}{\\sqrt{G_t + \\epsilon}} \\odot g_t` with `G_t` the d x d matrix of summed squared"
                        + " gradients means only its diagonal, and element-wise with the vector it would give a d x d matrix of"
                        + " parameters. Write the diagonal, `\\mathrm{diag}(G_t)`, or the vector as a column or a row."
                        + " docs/LANGUAGE.md, Reading rules.",
                "\\theta_t, g_t \\in \\mathbb{R}^{d}, G_t \\in \\mathbb{R}^{d \\times d}, \\eta \\in \\mathbb{R}\n"
                        + "\\theta_{t+1} = \\theta_t - \\frac{\\eta}{\\sqrt{G_t}} \\odot g_t",
                "\\theta_t, g_t \\in \\mathbb{R}^{d}, G_t \\in \\mathbb{R}^{d \\times d}, \\eta \\in \\mathbb{R}\n"
                        + "\\theta_{t+1} = \\theta_t - \\frac{\\eta}{\\sqrt{\\mathrm{diag}(G_t)}} \\odot g_t");
        add(Code.W0396, "A matrix with one index, `\\mathbf{X}_j`, selects a row; but when the index's range is fixed elsewhere"
                        + " to the matrix's column count and not its row count (Wanda's `\\mathbf{S}_{ij} = |\\mathbf{W}_{ij}|"
                        + " \\cdot \\|\\mathbf{X}_j\\|_2` with `\\mathbf{X} \\in \\mathbb{R}^{NL \\times C_{in}}`, \"the j-th input"
                        + " feature\"), no row fits and the paper means column j. docs/LANGUAGE.md, Reading rules.",
                "W \\in \\mathbb{R}^{m \\times n}, X \\in \\mathbb{R}^{T \\times n}\n"
                        + "S_{ij} = |W_{ij}| \\cdot \\|X_j\\|_2",
                "W \\in \\mathbb{R}^{m \\times n}, X \\in \\mathbb{R}^{T \\times n}\n"
                        + "S_{ij} = |W_{ij}| \\cdot \\|X_{:, j}\\|_2");
        add(Code.W0395, "A sum's body ends at the next `+` or `-` (`\\sum_i w_i x_i + b`), but papers also print"
                        + " `-\\sum_i y_i \\log p_i + (1 - y_i) \\log(1 - p_i)` (the binary cross-entropy) and Sensoy et al.'s"
                        + " `\\sum_j (y_{ij} - \\hat{p}_{ij})^2 + \\frac{\\hat{p}_{ij}(1 - \\hat{p}_{ij})}{S_i + 1}` meaning one"
                        + " sum over both terms. A term after a sum that indexes by the sum's letter, which no index in scope"
                        + " and no name of the file binds, is read as one more term of the sum, and so is each such term after"
                        + " it; the first term that does not read the letter ends the sum. docs/LANGUAGE.md, Reading rules.",
                "y, p \\in \\mathbb{R}^{N}\n"
                        + "L = -\\sum_{i=1}^{N} y_i \\log p_i + (1 - y_i) \\log(1 - p_i)",
                "y, p \\in \\mathbb{R}^{N}\n"
                        + "L = -\\sum_{i=1}^{N} \\left( y_i \\log p_i + (1 - y_i) \\log(1 - p_i) \\right)");
        add(Code.W0391, "Side-by-side factors bind tighter than `\\odot` (`\\sigma(xW) \\otimes xV` of the GLU papers is"
                        + " `\\sigma(xW) \\odot (xV)`). When the last factor after the operator is a square matrix and the operand"
                        + " before it has the shape of the factor it meets (NGCF's `\\mathcal{L}E \\odot E W_2`), the other"
                        + " grouping, the element-wise product first and then the matrix product, fits as well and gives"
                        + " another value: eqc keeps the tighter binding and says so. Add the brackets the paper means."
                        + " docs/LANGUAGE.md, Reading rules.",
                "L \\in \\mathbb{R}^{n \\times n}, E \\in \\mathbb{R}^{n \\times d}, W \\in \\mathbb{R}^{d \\times d}\n"
                        + "Y = L E \\odot E W",
                "L \\in \\mathbb{R}^{n \\times n}, E \\in \\mathbb{R}^{n \\times d}, W \\in \\mathbb{R}^{d \\times d}\n"
                        + "Y = (L E \\odot E) W");
        add(Code.W0392, "A paper declares the values of a function it does not define at a plain argument, one per"
                        + " sample (ring loss's `\\mathcal{F}(x) \\in \\mathbb{R}^{m \\times d}`, EGNN's `\\phi_x(m) \\in"
                        + " \\mathbb{R}^{M \\times M}`), and reads it at the same argument with indices in scope"
                        + " (`\\mathcal{F}(x_i)`, `\\phi_x(m_{ij})`): that is the entry at those indices, in the order the"
                        + " arguments carry them. docs/LANGUAGE.md, Functions.",
                "F(x) \\in \\mathbb{R}^{m \\times d}\nL = \\sum_{i=1}^{m} \\|F(x_i)\\|_2",
                "F(x) \\in \\mathbb{R}^{m \\times d}\nL = \\sum_{i=1}^{m} \\|F(x)_i\\|_2");
        add(Code.W0393, "`f^2(x)` with `f` defined in the file (and `f^2` neither defined nor declared) is the square of"
                        + " the value, as `\\sin^2(x)` is (DIoU's `\\rho^2(\\mathbf{b}, \\mathbf{b}^{gt})`). With one parameter it"
                        + " could also mean `f(f(x))`, the function applied twice; eqc reads the power and says so."
                        + " docs/LANGUAGE.md, Functions.",
                "x \\in \\mathbb{R}^{d}\ng(z) = \\tanh(z)\ny = g^2(x)",
                "x \\in \\mathbb{R}^{d}\ng(z) = \\tanh(z)\ny = g(x)^2");
        add(Code.W0372, "Test generation (`eqc translate -t`, `eqc test`, the Maven plugin) computes each definition's"
                        + " expected values with eqc's interpreter on sampled inputs. When the definition cannot be evaluated"
                        + " on them (GCN's `D^{-\\frac{1}{2}}` of an input D sampled as a full matrix, a range a sampled count"
                        + " makes empty), that definition gets no generated test and this warning says why; the Java is"
                        + " still generated. docs/LANGUAGE.md, Generated tests.",
                "A, D \\in \\mathbb{R}^{n \\times n}, E \\in \\mathbb{R}^{n \\times T}\nF = D^{-\\frac{1}{2}} A D^{-\\frac{1}{2}} E",
                "A \\in \\mathbb{R}^{n \\times n}, E \\in \\mathbb{R}^{n \\times T}\nD_{ii} = \\sum_j A_{ij}\n"
                        + "F = D^{-\\frac{1}{2}} A D^{-\\frac{1}{2}} E");
        add(Code.W0320, "An update whose left-hand side applies a declared table to declared whole numbers, one per"
                        + " axis (Sutton & Barto's Q-learning `Q(S_t, A_t) \\leftarrow Q(S_t, A_t) + \\alpha[…]` with `Q \\in"
                        + " \\mathbb{R}^{n_s \\times n_a}`, `S_t, A_t \\in \\mathbb{N}`), updates that one entry: the result is the"
                        + " whole table with the entry replaced, positions counted from 0, and the table applied on the"
                        + " right is its old value. docs/LANGUAGE.md, Definitions and wrappers.",
                "V \\in \\mathbb{R}^{n}, s \\in \\mathbb{N}, r \\in \\mathbb{R}\nV(s) \\leftarrow V(s) + 0.1 (r - V(s))",
                "V \\in \\mathbb{R}^{n}, s \\in \\mathbb{N}, r \\in \\mathbb{R}\nV_i \\leftarrow \\begin{cases} V_s + 0.1 (r - V_s) & \\text{if } i = s \\\\ V_i & \\text{otherwise} \\end{cases}");
        add(Code.W0321, "An expectation whose body is a number (Song & Ermon's denoising score matching"
                        + " `\\mathbb{E}_{\\tilde{\\mathbf{x}} \\sim \\mathcal{N}(\\mathbf{x}, \\sigma^2 I)}[\\|…\\|_2^2]` for one"
                        + " data point and one perturbed sample) is read as the value for a single draw: the expectation"
                        + " of one sample is that sample. To average over samples, give what is drawn an axis of samples."
                        + " docs/LANGUAGE.md, Operators.",
                "x, y \\in \\mathbb{R}^{d}\nL = \\mathbb{E}_{x \\sim p}\\left[\\|x - y\\|^2\\right]",
                "x, y \\in \\mathbb{R}^{d}\nL = \\|x - y\\|^2");
        add(Code.W0322, "A function written without parentheses before a reciprocal and a sum or product (IWAE's"
                        + " `\\log \\frac{1}{k}\\sum_{i=1}^{k} w_i`) is read as the function of the whole product, the log of"
                        + " the mean: the reciprocal is the coefficient of the sum, not the whole argument. docs/LANGUAGE.md,"
                        + " Operators.",
                "w \\in \\mathbb{R}^{k}\nL = \\log \\frac{1}{k}\\sum_{i=1}^{k} w_i",
                "w \\in \\mathbb{R}^{k}\nL = \\log\\left(\\frac{1}{k}\\sum_{i=1}^{k} w_i\\right)");
        add(Code.W0340, "A softmax, log-softmax, sum or mean over an index (`\\mathrm{Softmax}_j`) inside a reduction"
                        + " over the same index whose range is cut (DeepSeek-V2's causal attention `\\sum_{j=1}^{t}"
                        + " \\mathrm{Softmax}_j(\\cdot) v_j`, a sum over `j \\ne i`) is taken over the terms that reduction"
                        + " keeps, so the weights sum to 1 over what is summed, not over the whole axis."
                        + " docs/LANGUAGE.md, Indexes and ranges.",
                "e \\in \\mathbb{R}^{n \\times n}, v \\in \\mathbb{R}^{n}\no_t = \\sum_{j=1}^{t} \\mathrm{softmax}_j(e_{tj}) v_j"
                        + " \\quad t = 1, \\dots, n",
                "e \\in \\mathbb{R}^{n \\times n}, v \\in \\mathbb{R}^{n}\no_t = \\sum_{j=1}^{t} \\frac{\\exp(e_{tj})}{\\sum_{k=1}^{t}"
                        + " \\exp(e_{tk})} v_j \\quad t = 1, \\dots, n");
        add(Code.E0320, "A power of `e` where the file declares its own `e` (an error vector, edge"
                        + " scores): `e^2` may be the square of that value or Euler's number squared, and both are"
                        + " printed. eqc does not guess. Write `\\exp(…)` for Euler's number, or rename the file's `e`."
                        + " docs/LANGUAGE.md, Operators.",
                "e \\in \\mathbb{R}^{m}\nL = \\sum_i e_i + e^2",
                "e \\in \\mathbb{R}^{m}\nL = \\sum_i e_i + \\exp(2)");
        add(Code.E0345, "A division whose denominator is a matrix built by `\\mathrm{diag}(…)` (itself, its square"
                        + " root or power, or a name defined as one): AdaBound's `\\alpha / \\sqrt{V_t}` with `V_t ="
                        + " \\mathrm{diag}(v_t)`. Divided entry by entry, every entry off the diagonal divides by 0; the"
                        + " paper means the diagonal, and what follows (a clip, a product with a vector) may then be"
                        + " meant on the diagonal too. eqc does not guess: divide by the vector (`\\alpha /"
                        + " \\sqrt{v_t}`), or write the matrix inverse as a power. docs/LANGUAGE.md, Operators.",
                "v \\in \\mathbb{R}^{d}, \\alpha \\in \\mathbb{R}\nV = \\mathrm{diag}(v)\n\\eta = \\alpha / \\sqrt{V}",
                "v \\in \\mathbb{R}^{d}, \\alpha \\in \\mathbb{R}\n\\eta = \\alpha / \\sqrt{v}");
        add(Code.W0323, "A `\\min` or `\\max` before the name on the left of a definition (Goodfellow et al.'s"
                        + " `\\min_G \\max_D V(D, G) = \\mathbb{E}_{x \\sim p_{data}}[\\log D(x)] + …`) names what training"
                        + " optimises over: the line defines the objective by its right-hand side, not its optimum."
                        + " docs/LANGUAGE.md, Definitions and wrappers.",
                "d \\in \\mathbb{R}^{m}\n\\max_D V(D) = \\mathbb{E}_{x \\sim p}[\\log d]",
                "d \\in \\mathbb{R}^{m}\nV(D) = \\mathbb{E}_{x \\sim p}[\\log d]");
        add(Code.W0350, "A matrix defined element by element and its diagonal given apart (Goldberger et al.'s NCA,"
                        + " `p_{ij} = \\frac{\\exp(-\\|Ax_i - Ax_j\\|^2)}{\\sum_{k \\neq i} \\exp(-\\|Ax_i - Ax_k\\|^2)},"
                        + " \\quad p_{ii} = 0`): the second line sets the diagonal of the first, read as one definition"
                        + " with two cases, the diagonal's value where the two indices are equal and the general formula"
                        + " elsewhere. docs/LANGUAGE.md, Definitions and wrappers.",
                "x \\in \\mathbb{R}^{n \\times n}\np_{ij} = x_{ij}, \\quad p_{ii} = 0",
                "x \\in \\mathbb{R}^{n \\times n}\np_{ij} = \\begin{cases} 0 & i = j \\\\ x_{ij} & \\text{otherwise}"
                        + " \\end{cases}");
        add(Code.W0380, "A definition reads itself one step back (`x_k = \\bar{A} x_{k-1} + \\bar{B} u_k`, S4; `m_t ="
                        + " \\beta m_{t-1} + (1 - \\beta) x_t`) or one step ahead (`G_t = r_t + \\gamma G_{t+1}`), and another"
                        + " operand is indexed by the same letter over a sequence the file declares (`u \\in"
                        + " \\mathbb{R}^{L}`): the paper means the whole recurrence, run over the sequence from an initial"
                        + " state, not one step. The initial state is a line or declaration of the name at 0 (`x_0 = …`,"
                        + " `h_0 \\in …`; `x_{-1}` too) for a forward recurrence or at a capital (`G_T = 0`) for a backward"
                        + " one; without one it is zero, which the message says. The value is every step's state, stacked"
                        + " along the sequence's axis; other lines read it per step (`y_k = C x_k`). To compute one step"
                        + " instead, declare the previous state (`x_{k-1} \\in …`) and the step's inputs (`u_k \\in"
                        + " \\mathbb{R}`). docs/LANGUAGE.md, Recurrences over a sequence.",
                "u \\in \\mathbb{R}^{L}, a \\in \\mathbb{R}\nx_k = a x_{k-1} + u_k",
                "x_{k-1}, u_k, a \\in \\mathbb{R}\nx_k = a x_{k-1} + u_k");
        add(Code.W0381, "A transposed row of a matrix times a row of a matrix, both written with capitals (RetNet's"
                        + " `S_n = \\gamma S_{n-1} + K_n^\\top V_n`, with `K_n`, `V_n` the rows of `K` and `V`): the matrices"
                        + " hold their vectors as rows, so the transposed row is a column and the product is the outer"
                        + " product, a d × d_v matrix, the mirror of W0413's `Q_i K_j^\\top`, a number. Rows written in"
                        + " lower case (`q_i^\\top p_u`) stay vectors and their product a dot product. docs/LANGUAGE.md,"
                        + " Recurrences over a sequence.",
                "K, V \\in \\mathbb{R}^{N \\times d}\nS_n = K_n^\\top V_n",
                "k, v \\in \\mathbb{R}^{d}\nS = k v^\\top");
        add(Code.W0382, "A function whose one argument is a name with an index (`\\mathrm{Retention}(X_n) = Q_n S_n`,"
                        + " RetNet's recurrent form) and whose body never reads that name but reads the index: the"
                        + " argument says which step the value is of, so the value is defined element by element over the"
                        + " index, as `\\mathrm{Retention}_n = Q_n S_n`. docs/LANGUAGE.md, Recurrences over a sequence.",
                "x \\in \\mathbb{R}^{N}\nf(X_n) = 2 x_n",
                "x \\in \\mathbb{R}^{N}\nf_n = 2 x_n");
        add(Code.W0383, "A softmax of a matrix written as the right factor of a matrix product (Prince's self-attention,"
                        + " `\\mathbf{V}[\\mathbf{X}] \\cdot \\mathbf{Softmax}[\\mathbf{K}[\\mathbf{X}]^T"
                        + " \\mathbf{Q}[\\mathbf{X}]]`, with the inputs as columns): the product sums over the softmax's"
                        + " first axis, so the weights of each column are what it averages with, and the softmax normalises"
                        + " each column, as the book says in its prose. Along the last axis each row would sum to 1 while"
                        + " the product mixes columns, a silent wrong value. As the left factor (`\\mathrm{softmax}(QK^T)V`)"
                        + " it stays along the last axis. docs/LANGUAGE.md, Softmax as a right factor.",
                "V, S \\in \\mathbb{R}^{n \\times n}\nA = V \\, \\mathrm{softmax}(S)",
                "V, S \\in \\mathbb{R}^{n \\times n}\nA = V \\, \\mathrm{softmax}(S^\\top)^\\top");
        add(Code.W0384, "A sum whose letter is the superscript label of a declared input (`\\sum_{k=1}^{K} \\frac{n_k}{n}"
                        + " w_{t+1}^k` with `w_{t+1}^{k} \\in \\mathbb{R}^{K \\times d}`, FedAvg's server step) whose first"
                        + " axis is the sum's range (the upper limit, or the letter's capital when none is written): the"
                        + " declaration is the stack of the members, and each term reads member k, its row. A declaration"
                        + " of each member's own shape (`W^{(l)} \\in \\mathbb{R}^{n \\times m}`), or a value the file"
                        + " defines under the label, stays E0350. docs/LANGUAGE.md, Reading rules.",
                "w^{k} \\in \\mathbb{R}^{K \\times d}, p \\in \\mathbb{R}^{K}\nv = \\sum_{k=1}^{K} p_k w^k",
                "w \\in \\mathbb{R}^{K \\times d}, p \\in \\mathbb{R}^{K}\nv = \\sum_{k=1}^{K} p_k w_k");
        add(Code.W0385, "A value defined whole under a name subscripted by a letter (`s_k = \\frac{1}{n} \\sum_{i=1}^n"
                        + " r_k(\\mathbf{x}^{(i)})` with `r_k(\\mathbf{x}^{(i)}) \\in \\mathbb{R}^{n \\times K}`, Molnar's"
                        + " RuleFit), a vector over that letter's range, read where the letter is an index (`I_k ="
                        + " |\\hat{\\alpha}_k| \\sqrt{s_k(1-s_k)}`): its element k, one number per k. Before, the whole"
                        + " vector at every k made a K x K result. docs/LANGUAGE.md, Names.",
                "r \\in \\mathbb{R}^{n \\times K}, a \\in \\mathbb{R}^{K}\ns_k = \\sum_{i=1}^{n} r_k(i)\nI_k = a_k s_k",
                "r \\in \\mathbb{R}^{n \\times K}, a \\in \\mathbb{R}^{K}\ns_k = \\sum_{i=1}^{n} r_{ik}\nI_k = a_k s_k");
        add(Code.W0386, "A barred letter the file neither declares nor defines (`\\bar{y}` in Molnar's `SST = \\sum_{i=1}^n"
                        + " (y^{(i)} - \\bar{y})^2`, R-squared, Pearson's correlation) beside a declared vector of that letter"
                        + " (`y`, or `y^{(i)}` with its example label): the vector's mean, the sample mean statistics writes"
                        + " with a bar. Before, an undeclared scalar input (W0101). Define or declare the barred name for"
                        + " any other value. docs/LANGUAGE.md, Names.",
                "y \\in \\mathbb{R}^{n}\nS = \\sum_{i=1}^{n} (y_i - \\bar{y})^2",
                "y \\in \\mathbb{R}^{n}\n\\bar{y} = \\frac{1}{n} \\sum_{i=1}^{n} y_i\nS = \\sum_{i=1}^{n} (y_i - \\bar{y})^2");
        add(Code.W0388, "A call of a function whose parameter only picks elements of declared tensors, with an index in"
                        + " scope in its place (Sutton & Barto's `\\hat{v}(s, \\mathbf{w}) \\doteq \\mathbf{w}^\\top"
                        + " \\mathbf{x}(s)` under `\\sum_{s \\in \\mathcal{S}}`, `\\mathbf{x} \\in \\mathbb{R}^{S \\times d}`):"
                        + " the call is the body with the arguments in place, so the index picks the row `\\mathbf{x}_s`."
                        + " A parameter picks elements when every use of it is an argument of a declared tensor, one per"
                        + " leading axis, or of another such function at such a position. The function then has no method"
                        + " of its own. Before, `\\mathbf{x}(s)` in the body was the whole `\\mathbf{x}` (W0190) and the"
                        + " product did not fit (E0301).",
                "\\mathbf{x} \\in \\mathbb{R}^{S \\times d}, \\mathbf{w} \\in \\mathbb{R}^{d}, \\mu \\in \\mathbb{R}^{S}\n"
                        + "\\hat{v}(s, \\mathbf{w}) = \\mathbf{w}^\\top \\mathbf{x}(s)\n"
                        + "E = \\sum_s \\mu_s \\hat{v}(s, \\mathbf{w})",
                "\\mathbf{x} \\in \\mathbb{R}^{S \\times d}, \\mathbf{w} \\in \\mathbb{R}^{d}, \\mu \\in \\mathbb{R}^{S}\n"
                        + "E = \\sum_s \\mu_s \\mathbf{w}^\\top \\mathbf{x}_s");
        add(Code.W0389, "A function nothing in the file calls whose parameters only pick elements of declared tensors"
                        + " (as for W0388) and whose other parameters name inputs the file declares (Sutton & Barto's"
                        + " soft-max policy `\\pi(a|s, \\boldsymbol{\\theta}) \\doteq \\frac{e^{h(s, a,"
                        + " \\boldsymbol{\\theta})}}{\\sum_b e^{h(s, b, \\boldsymbol{\\theta})}}`): the table of its values"
                        + " over the picking parameters, the conditions after the bar first, as a table of conditional"
                        + " values is laid out (W0256): `\\pi` is [S, A]. The other parameters are the declared inputs.",
                "\\mathbf{x} \\in \\mathbb{R}^{S \\times A \\times d}, \\boldsymbol{\\theta} \\in \\mathbb{R}^{d}\n"
                        + "h(s, a, \\boldsymbol{\\theta}) = \\boldsymbol{\\theta}^\\top \\mathbf{x}(s, a)",
                "\\mathbf{x} \\in \\mathbb{R}^{S \\times A \\times d}, \\boldsymbol{\\theta} \\in \\mathbb{R}^{d}\n"
                        + "h_{s,a} = \\boldsymbol{\\theta}^\\top \\mathbf{x}_{s,a}");
        add(Code.W0397, "A chain of equal forms whose first form is the probability of an event, which nothing can define,"
                        + " and whose last form is a name the file gives nowhere else (Sutton & Barto's `\\Pr\\{A_t = a\\}"
                        + " \\doteq \\frac{e^{H_t(a)}}{\\sum_{b=1}^{k} e^{H_t(b)}} \\doteq \\pi_t(a)`): the last form names"
                        + " the value, computed from the form before it; the probability says what it means. Before, the"
                        + " first form was E0107.",
                "H_t \\in \\mathbb{R}^{k}\n\\Pr\\{A_t = a\\} \\doteq \\frac{e^{H_t(a)}}{\\sum_{b=1}^{k} e^{H_t(b)}}"
                        + " \\doteq \\pi_t(a)",
                "H_t \\in \\mathbb{R}^{k}\n\\pi_t(a) \\doteq \\frac{e^{H_t(a)}}{\\sum_{b=1}^{k} e^{H_t(b)}}");
        add(Code.E0349, "An entry-wise function of a declared square matrix (and of numbers) used as a linear map: S4's"
                        + " `\\bar{A} = \\exp(\\Delta A)` then `\\bar{A} h`, Adagrad's `\\frac{\\eta}{\\sqrt{G_t + \\epsilon}} g_t`"
                        + " with `G_t` a d x d matrix. Papers mean the matrix function there (the matrix exponential, the"
                        + " inverse square root) or the function of the matrix's diagonal; entry-wise, every zero off the"
                        + " diagonal becomes exp(0) = 1 or 1/sqrt(epsilon), a different map. eqc cannot tell which, so it"
                        + " stops. Before, the entry-wise reading ran silently. For a diagonal matrix declare its diagonal"
                        + " as a vector and write the element-wise form; `G^{-1/2} g` is the matrix power (W0102).",
                "A \\in \\mathbb{R}^{N \\times N}, h \\in \\mathbb{R}^{N}, \\Delta \\in \\mathbb{R}\ny = \\exp(\\Delta A) h",
                "a \\in \\mathbb{R}^{N}, h \\in \\mathbb{R}^{N}, \\Delta \\in \\mathbb{R}\ny = \\exp(\\Delta a) \\odot h");
        add(Code.W0387, "A function nothing in the file calls whose parameter has no declared shape and is named like a"
                        + " row of a declared matrix (CS231n's `f(x_i, W, b) = W x_i + b` with `x \\in \\mathbb{R}^{N"
                        + " \\times D}`): in the method that computes the function on its own (`eqc run --function f`),"
                        + " the parameter takes a row's shape, [D]. Before, it was a number, and a row given to the run"
                        + " was mapped element by element. Calls in the file still give the parameter its shape.",
                "x \\in \\mathbb{R}^{N \\times D}, W \\in \\mathbb{R}^{C \\times D}\nf(x_i, W) = W x_i",
                "x_i \\in \\mathbb{R}^{D}, W \\in \\mathbb{R}^{C \\times D}\nf(x_i, W) = W x_i");
        add(Code.W0429, "Bars around a set the file neither declares nor defines (`|P|`, `|\\mathcal{B}|`) in a"
                        + " definition that sums over it (`\\sum_{p \\in P}`, read over the whole axis its index reads,"
                        + " W0147): the number of members, the size of that axis, so `\\frac{1}{|P|} \\sum_{p \\in P}` is"
                        + " the mean over `p` (Proxy Anchor's mean over all proxies). Before, `|P|` was an undeclared"
                        + " input. Declare the set as a 0/1 membership vector for part of the axis."
                        + " docs/LANGUAGE.md, Sums over index sets.",
                "x \\in \\mathbb{R}^{n}\n\\ell = \\frac{1}{|B|} \\sum_{i \\in B} x_i",
                "x \\in \\mathbb{R}^{n}\n\\ell = \\frac{1}{n} \\sum_{i=1}^{n} x_i");
        add(Code.E0348, "A value the file defines element by element but writes as a function (`\\mathrm{R}(X_n) ="
                        + " Q_n S_n`, W0382; `\\mathrm{acc}(B_m) = …`, W0428) is called where its argument's subscript"
                        + " names no index in scope: eqc cannot tell which element is meant, and the value times the"
                        + " argument would be a silent wrong result. Write the element with its index bound."
                        + " docs/LANGUAGE.md, Functions.",
                "X \\in \\mathbb{R}^{M \\times n}\nf(X_m) = \\sum_i X_{m,i}\ns = f(X_2)",
                "X \\in \\mathbb{R}^{M \\times n}\nf(X_m) = \\sum_i X_{m,i}\ns = \\sum_{m=1}^{M} f(X_m)");
        add(Code.W0428, "A function of one member of a declared family (`\\mathrm{acc}(B_m) = \\frac{1}{|B_m|} \\sum_{i"
                        + " \\in B_m} …` with the bins `B \\in \\{0,1\\}^{M \\times n}` declared, ECE), called only with"
                        + " members of that family: the value of each member, defined element by element over the"
                        + " letter as `\\mathrm{acc}_m = …`; a call `\\mathrm{acc}(B_m)` with `m` an index in scope is its"
                        + " element `m`. docs/LANGUAGE.md, Functions.",
                "X \\in \\mathbb{R}^{M \\times n}\nf(X_m) = \\sum_i X_{m,i}\ns = \\sum_{m=1}^{M} f(X_m)",
                "X \\in \\mathbb{R}^{M \\times n}\nf_m = \\sum_i X_{m,i}\ns = \\sum_{m=1}^{M} f_m");
        add(Code.W0427, "A function nothing in the file calls, whose parameters are declared inputs with axes and whose"
                        + " body reads each of them only at one index letter that nothing binds (PyTorch's"
                        + " TripletMarginLoss `L(a, p, n) = \\max\\{d(a_i, p_i) - d(a_i, n_i) + {\\rm margin}, 0\\}`):"
                        + " the parameters say what the value is of, and the value is defined element by element over"
                        + " the letter, as `L_i = …`. docs/LANGUAGE.md, Functions.",
                "x \\in \\mathbb{R}^{N \\times D}\nf(x) = \\|x_i\\|_2",
                "x \\in \\mathbb{R}^{N \\times D}\nf_i = \\|x_i\\|_2");
        add(Code.E0346, "A recurrence run over a sequence (W0380) reads its step letter beside other indices"
                        + " (`\\sum_i W_{ik}`): eqc runs the recurrence one step at a time and reads only whole steps of a"
                        + " sequence (`u_k`, the row `k` of a matrix, the shifted `R_{t+1}`). Name the step's value"
                        + " another way, or declare the previous state to read the line as one step."
                        + " docs/LANGUAGE.md, Recurrences over a sequence.",
                "u \\in \\mathbb{R}^{L}, W \\in \\mathbb{R}^{N \\times L}\nx_k = 0.5 x_{k-1} + \\sum_i W_{ik} u_k",
                "u \\in \\mathbb{R}^{L}\nx_k = 0.5 x_{k-1} + u_k");
        add(Code.E0347, "Each step of a recurrence run over a sequence (W0380) must give back the state it reads. With"
                        + " no stated initial state, the state takes the shape of a term the step adds that does not read"
                        + " it (`\\bar{B} u_k`); when that is a number but the step makes a vector or a matrix (`h_k = W"
                        + " h_{k-1} + u_k`), the shapes differ. Declare the initial state with the state's shape"
                        + " (`h_0 \\in \\mathbb{R}^{N}`). docs/LANGUAGE.md, Recurrences over a sequence.",
                "u \\in \\mathbb{R}^{L}, W \\in \\mathbb{R}^{N \\times N}\nh_k = W h_{k-1} + u_k",
                "u \\in \\mathbb{R}^{L}, W \\in \\mathbb{R}^{N \\times N}, h_0 \\in \\mathbb{R}^{N}\nh_k = W h_{k-1} + u_k");
        add(Code.W0351, "A plain capital `I` applied to a comparison (Hastie, Tibshirani & Friedman's AdaBoost.M1,"
                        + " `\\mathrm{err}_m = \\frac{\\sum_{i=1}^{N} w_i I(y_i \\neq G_m(x_i))}{\\sum_{i=1}^{N} w_i}`) is"
                        + " the indicator function, 1 where the comparison holds and 0 elsewhere, not the identity"
                        + " matrix, which takes no argument. docs/LANGUAGE.md, Reading rules.",
                "y, g \\in \\mathbb{R}^{N}\ne = \\sum_{i=1}^{N} I(y_i \\neq g_i)",
                "y, g \\in \\mathbb{R}^{N}\ne = \\sum_{i=1}^{N} \\mathbb{1}(y_i \\neq g_i)");
        add(Code.W0136, "A definition whose right-hand side calls a function of the file on the very name being"
                        + " defined (DDPM's `x_0 = \\frac{1}{\\sqrt{\\bar\\alpha_t}}(x_t(x_0, \\epsilon) - …)` after"
                        + " `x_t(x_0, \\epsilon) = …`) solves that function's definition for it: the call names the"
                        + " function's value, read as an input spelled like the function. docs/LANGUAGE.md, Definitions and wrappers.",
                "x_t(x_0, e) = 2 x_0 + e\nx_0 = (x_t(x_0, e) - e) / 2",
                "x_t(x_0, e) = 2 x_0 + e\nx_0 = (x_t - e) / 2");
        add(Code.W0137, "A function whose parameters are elements of declared tensors (PReLU's `f(y_i) = \\max(0, y_i)"
                        + " + a_i \\min(0, y_i)` with `y, a \\in \\mathbb{R}^{C}`) is read as defined element-wise over"
                        + " the index, `f_i = …`: the function applied to every element. docs/LANGUAGE.md, Functions.",
                "y, a \\in \\mathbb{R}^{C}\nf(y_i) = \\max(0, y_i) + a_i \\min(0, y_i)",
                "y, a \\in \\mathbb{R}^{C}\nf_i = \\max(0, y_i) + a_i \\min(0, y_i)");
        add(Code.E0140, "A strided position such as `x_{2i-1}` must be a stride of the tensor for the way its index"
                        + " counts: `2i-1` and `2i` when the index counts from 1, `2i` and `2i+1` when it counts from 0."
                        + " docs/LANGUAGE.md, Indexes and ranges.",
                "x \\in \\mathbb{R}^{d}\ny_{2i} = x_{2i-1}\ny_{2i+1} = x_{2i}",
                "x \\in \\mathbb{R}^{d}\ny_{2i-1} = x_{2i-1}\ny_{2i} = x_{2i}");
        add(Code.E0150, "A square matrix raised to a named whole power (`S^K` with `K = 2`) inside an element-wise"
                        + " operation (`\\exp(-S^K)`): the matrix power and each entry's power cannot be told apart, so"
                        + " eqc does not guess. Elsewhere it is the matrix power (SGC's `S^K X`, W0102). Write the"
                        + " product for the matrix power, or index the matrix for the element-wise power."
                        + " docs/LANGUAGE.md, Reading rules.",
                "A \\in \\mathbb{R}^{n \\times n}, K = 2\nB = \\exp(-A^K)",
                "A \\in \\mathbb{R}^{n \\times n}, K = 2\nB_{ij} = \\exp(-A_{ij}^K)");
        add(Code.W0150, "A left-hand side with a repeated index (`D_{ii} = \\sum_j A_{ij}`, GCN's degree matrix) defines"
                        + " a diagonal matrix: the right-hand side on the diagonal, 0 elsewhere. docs/LANGUAGE.md, Sums"
                        + " over index sets.",
                "A \\in \\mathbb{R}^{n \\times n}\nD_{ii} = \\sum_j A_{ij}",
                "A \\in \\mathbb{R}^{n \\times n}\nd_i = \\sum_j A_{ij}\nD = \\mathrm{diag}(d)");
        add(Code.W0151, "A sum, product, max or min over a member of a family of index sets (`\\sum_{j \\in \\mathcal{N}_i}`,"
                        + " `\\sum_{u \\in \\mathcal{N}(v)}`) or a set size `|\\mathcal{N}_i|` whose family nothing declares"
                        + " or defines: eqc reads the family as a 0/1 membership matrix input [n, n] (row i is the set"
                        + " of i) and leaves out the terms where it is 0. Declare it (`\\mathcal{N} \\in \\{0,1\\}^{n"
                        + " \\times n}`) or define it by set-builder notation. docs/LANGUAGE.md, Sums over index sets.",
                "h \\in \\mathbb{R}^{n \\times d}\ng_i = \\sum_{j \\in \\mathcal{N}_i} h_j",
                "h \\in \\mathbb{R}^{n \\times d}, A \\in \\mathbb{R}^{n \\times n}\n\\mathcal{N}_i = \\{j \\mid A_{ij} \\ne 0\\}"
                        + "\ng_i = \\sum_{j \\in \\mathcal{N}_i} h_j");
        add(Code.W0152, "An element-wise weight normalised over a set, `\\alpha_{ij} = \\frac{f_{ij}}{\\sum_{k \\in"
                        + " \\mathcal{N}_i} f_{ik}}` (GAT's attention), is defined by the paper only for `j` in the set:"
                        + " eqc reads it as 0 for every other `j`, the softmax over the set. docs/LANGUAGE.md, Sums over"
                        + " index sets.",
                "s \\in \\mathbb{R}^{n \\times n}, A \\in \\mathbb{R}^{n \\times n}\n\\mathcal{N}_i = \\{j \\mid A_{ij} \\ne 0\\}"
                        + "\n\\alpha_{ij} = \\frac{\\exp(s_{ij})}{\\sum_{k \\in \\mathcal{N}_i} \\exp(s_{ik})}",
                "s \\in \\mathbb{R}^{n \\times n}, A \\in \\mathbb{R}^{n \\times n}\n\\mathcal{N}_i = \\{j \\mid A_{ij} \\ne 0\\}"
                        + "\n\\alpha_{ij} = \\frac{\\exp(s_{ij})}{\\sum_{k} \\exp(s_{ik})}");
        add(Code.W0153, "An index and its upper-case letter: in `\\frac{1}{B H W} \\sum_{b,h,w} X_{b,c,h,w}` the"
                        + " undeclared `B` used in the same body is read as the size `b` runs up to (`\\sum_{b=1}^{B}`);"
                        + " in `\\hat{\\mu}_C \\leftarrow … X_{b,c,h,w}` the body's `c` is the left-hand index `C`."
                        + " docs/LANGUAGE.md, Indexes and ranges.",
                "y_i = \\frac{1}{P} \\sum_{p} X_{ip}",
                "X \\in \\mathbb{R}^{n \\times P}\ny_i = \\frac{1}{P} \\sum_{p} X_{ip}");
        add(Code.W0154, "A superscript that is an index in scope, on a declared tensor its subscripts leave axes of,"
                        + " indexes one more axis, not a power: ProGAN's `a^j_{x,y}` inside `\\sum_{j=0}^{N-1}` with"
                        + " `a \\in \\mathbb{R}^{N \\times H \\times W}` is `a_{j,x,y}`; GAT's `\\alpha_{ij}^k \\mathbf{W}^k`"
                        + " inside `\\sum_{k=1}^{K}` is `\\alpha_{k,i,j} \\mathbf{W}_k`. The axis is the first one or the"
                        + " one after the subscripts', whichever has the size the index runs to. docs/LANGUAGE.md,"
                        + " Names.",
                "a \\in \\mathbb{R}^{N \\times H \\times W}\nb_{x,y} = \\sum_{j=1}^{N} (a^j_{x,y})^2",
                "a \\in \\mathbb{R}^{N \\times H \\times W}\nb_{x,y} = \\sum_{j=1}^{N} (a_{j,x,y})^2");
        add(Code.E0154, "A superscript that is an index in scope, on a declared tensor its subscripts leave axes of"
                        + " (`a^j_{x,y}`), is read as an index of one more axis (W0154), but here the axis cannot be"
                        + " told: the index's range is not written, or matches both the first axis and the one after"
                        + " the subscripts', or neither. Write every index in the subscript, in the declaration's"
                        + " order, or parenthesise for a power. docs/LANGUAGE.md, Names.",
                "a \\in \\mathbb{R}^{N \\times N \\times N}\nb_{x,y} = \\sum_{j=1}^{N} (a^j_{x,y})^2",
                "a \\in \\mathbb{R}^{N \\times N \\times N}\nb_{x,y} = \\sum_{j=1}^{N} (a_{j,x,y})^2");
        add(Code.E0155, "A name before a parenthesised whole number that is neither a function nor a tensor read"
                        + " by its indices: papers print `\\mathbf{x}(0)` for the data at time 0 and never mean"
                        + " `x` times 0, but the value at 0 is not an input eqc knows. Name it (`\\mathbf{x}_0`) and"
                        + " declare it; write `x \\cdot 2` for a product. docs/LANGUAGE.md, Functions.",
                "x \\in \\mathbb{R}^{d}, t \\in \\mathbb{R}\nm = \\mathbf{x}(0) e^{-t}",
                "\\mathbf{x}_0 \\in \\mathbb{R}^{d}, t \\in \\mathbb{R}\nm = \\mathbf{x}_0 e^{-t}");
        add(Code.E0156, "`\\|W\\|_1` or `\\|W\\|_\\infty` of a matrix: papers mean the entry-wise norm (an L1"
                        + " penalty on weights, the largest entry) or the induced operator norm (the largest column or"
                        + " row sum), and which one cannot be told. Before, eqc gave one norm per row. Write the sum or"
                        + " the maximum out. docs/LANGUAGE.md, Reading rules.",
                "W \\in \\mathbb{R}^{m \\times n}\nr = \\|W\\|_1",
                "W \\in \\mathbb{R}^{m \\times n}\nr = \\sum_{i,j} |W_{ij}|");
        add(Code.W0155, "`f(x) \\approx …` at the top of a statement, with a name or a function on the left, is read"
                        + " as a definition: papers print approximations they compute that way (the tanh form of"
                        + " GELU). docs/LANGUAGE.md, Definitions and wrappers.",
                "\\mathrm{GELU}(x) \\approx 0.5x(1 + \\tanh(0.8x))", "\\mathrm{GELU}(x) = 0.5x(1 + \\tanh(0.8x))");
        add(Code.W0140, "An index's counting was not written and eqc chose it: `\\sum_i^N` and a limit known only at"
                        + " run time (`\\sum_{s \\le t}`) count from 1, as steps do; class labels declared over \\mathbb{N} or"
                        + " \\mathbb{Z} select counting from 0, as PyTorch's class indices (declare"
                        + " `y \\in \\{1, \\dots, K\\}^N` for labels counted from 1). The message names the reading;"
                        + " docs/LANGUAGE.md, Indexes and ranges and Class labels.",
                "x \\in \\mathbb{R}^{N}\ns = \\sum_i^N x_i",
                "x \\in \\mathbb{R}^{N}\ns = \\sum_{i=1}^{N} x_i");
        add(Code.W0141, "A sum or product runs to a limit that is a value known only at run time (an integer input):"
                        + " the index ranges over the axis it indexes and the terms past the limit are left out, a"
                        + " cumulative sum or product read at the limit. docs/LANGUAGE.md, Indexes and ranges.",
                "\\alpha \\in \\mathbb{R}^{T}, t \\in \\mathbb{N}\na = \\prod_{s=1}^{t} \\alpha_s",
                "\\alpha \\in \\mathbb{R}^{T}\na = \\prod_{s=1}^{T} \\alpha_s");
        add(Code.W0142, "A name that a later line updates with `\\leftarrow` was read, on an earlier line, as its value"
                        + " before the update (an input): the lines of an update are the steps of an algorithm, in order,"
                        + " as in the power iteration `v \\leftarrow W^\\top u / \\|W^\\top u\\|`, then"
                        + " `u \\leftarrow W v / \\|W v\\|`. Lines after the update read the new value. docs/LANGUAGE.md,"
                        + " Definitions and wrappers.",
                "W \\in \\mathbb{R}^{n \\times d}, u \\in \\mathbb{R}^{n}\nv \\leftarrow W^\\top u\nu \\leftarrow W v",
                "W \\in \\mathbb{R}^{n \\times d}, u \\in \\mathbb{R}^{n}\nv \\leftarrow W^\\top u\nu' \\leftarrow W v");
        add(Code.W0143, "The upper limit of a sum names no size the file declares (Müller et al. print the softmax over"
                        + " K classes as `\\sum_{l=1}^{L} e^{x^T w_l}` with only `K` declared): the index runs over the"
                        + " whole axis it reads, and the limit is read as that axis's size. docs/LANGUAGE.md, Indexes"
                        + " and ranges.",
                "w \\in \\mathbb{R}^{K}\ns = \\sum_{l=1}^{L} w_l",
                "w \\in \\mathbb{R}^{K}\ns = \\sum_{l=1}^{K} w_l");
        add(Code.W0144, "A vector times a matrix, `x W`, has a meaning only when the file writes vectors as rows (Shaw"
                        + " et al.'s `x_i W^Q (x_j W^K + a_{ij}^K)^T`, the Transformer's `xW`): a transposed vector after"
                        + " it is then a column, and the product a number, not the outer product. docs/LANGUAGE.md,"
                        + " Reading rules.",
                "x, y \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{d \\times d}\ns = x W y^\\top",
                "x, y \\in \\mathbb{R}^{d}, W \\in \\mathbb{R}^{d \\times d}\ns = x^\\top W y");
        add(Code.W0145, "A definition whose left side is a gradient, Bishop's `\\nabla E(\\mathbf{w}) = \\sum_n (y_n - t_n)"
                        + " \\phi_n`, defines the name `\\nabla E` (run it with `--function '\\nabla E'`) as the closed form"
                        + " written on the right; eqc does not differentiate `E` to check it. To have eqc differentiate,"
                        + " define `E` and write `\\nabla_{\\mathbf{w}} E`. docs/LANGUAGE.md, Gradients.",
                "w, x \\in \\mathbb{R}^{d}\n\\nabla E(w) = w - x",
                "w, x \\in \\mathbb{R}^{d}\nE(w) = \\frac{1}{2}\\|w - x\\|^2\ng = \\nabla_w E(w)");
        add(Code.W0488, "`\\nabla` without a subscript before a function of the file of several arguments, Sutton &"
                        + " Barto's `\\mathbf{w} \\leftarrow \\mathbf{w} + \\alpha \\delta \\nabla \\hat{v}(S, \\mathbf{w})` with"
                        + " `\\hat{v}(s, \\mathbf{w}) \\doteq \\mathbf{w}^\\top \\mathbf{x}(s)`: the gradient with respect to"
                        + " the one argument it can vary, an input that is not an integer (the state `S \\in \\mathbb{N}`),"
                        + " whose parameter does more than pick elements and is read by the body; of several, the one the"
                        + " statement updates. Read as `\\nabla_{\\mathbf{w}} \\hat{v}(S, \\mathbf{w})`. Was E0103."
                        + " docs/LANGUAGE.md, Gradients.",
                "X \\in \\mathbb{R}^{n \\times d}, w \\in \\mathbb{R}^{d}, S \\in \\mathbb{N}\n"
                        + "v(s, w) = w^\\top X_s\ng = \\nabla v(S, w)",
                "X \\in \\mathbb{R}^{n \\times d}, w \\in \\mathbb{R}^{d}, S \\in \\mathbb{N}\n"
                        + "v(s, w) = w^\\top X_s\ng = \\nabla_{w} v(S, w)");
        add(Code.E0365, "`\\nabla` without a subscript before a function of the file of several arguments that could be"
                        + " differentiated with respect to more than one of them (or none), `\\nabla f(x, y)` with both"
                        + " real inputs read by the body: the paper's text says which; write it under the sign,"
                        + " `\\nabla_{x} f(x, y)`. docs/LANGUAGE.md, Gradients.",
                "x, y \\in \\mathbb{R}^{d}\nf(a, b) = a^\\top b\ng = \\nabla f(x, y)",
                "x, y \\in \\mathbb{R}^{d}\nf(a, b) = a^\\top b\ng = \\nabla_{x} f(x, y)");
        add(Code.E0366, "A tensor the file defines element by element, read inside a function at one of its"
                        + " parameters: `\\mathbf{x}(s) = \\Phi_s` then `\\hat{v}(s, \\mathbf{w}) \\doteq \\mathbf{w}^\\top"
                        + " \\mathbf{x}(s)`. eqc does not read a defined tensor at a parameter; it was read as an input"
                        + " of its own, `\\mathbf{x}_s`, one vector for every state. Declare the tensor as an input, or"
                        + " write its definition in the body. docs/LANGUAGE.md, Functions.",
                "\\Phi \\in \\mathbb{R}^{n \\times d}, w \\in \\mathbb{R}^{d}, S \\in \\mathbb{N}\n"
                        + "x_s = \\Phi_s\nv(s, w) = w^\\top x_s\ny = v(S, w)",
                "\\Phi \\in \\mathbb{R}^{n \\times d}, w \\in \\mathbb{R}^{d}, S \\in \\mathbb{N}\n"
                        + "v(s, w) = w^\\top \\Phi_s\ny = v(S, w)");
        add(Code.W0489, "A plain expectation, `\\mathbb{E}[\\mathbf{x}]` with nothing under the E, of a matrix that"
                        + " is not square, `\\mathbf{x} \\in \\mathbb{R}^{n \\times d}`: the mean over its rows, the"
                        + " examples, a [d] vector, as an expectation that draws samples reads it (W0437). Was each"
                        + " row's mean, silently. To average each row, name the axis, `\\mathbb{E}_{d}[\\mathbf{x}]`;"
                        + " a square matrix is E0357. docs/LANGUAGE.md, Vocabulary.",
                "x \\in \\mathbb{R}^{n \\times d}\n\\mu = \\mathbb{E}[x]",
                "x \\in \\mathbb{R}^{n \\times d}\n\\mu = \\frac{1}{n} \\sum_{i=1}^{n} x_i");
        add(Code.E0368, "The index of a left-hand side that the right-hand side only compares, never uses to index"
                        + " a tensor: the Switch Transformer's `f_i = \\frac{1}{T} \\sum_{t=1}^{T} \\mathbb{1}\\{"
                        + "\\mathrm{argmax}_j\\, p_{tj} = i\\}`. Nothing gives its range, so it was an input `i`, one"
                        + " number, and `f_i` one value. State the range after the definition. docs/LANGUAGE.md, Indices.",
                "p \\in \\mathbb{R}^{T \\times N}\nf_i = \\frac{1}{T} \\sum_{t=1}^{T} \\mathbb{1}\\{\\mathrm{argmax}_j\\,"
                        + " p_{tj} = i\\}",
                "p \\in \\mathbb{R}^{T \\times N}\nf_i = \\frac{1}{T} \\sum_{t=1}^{T} \\mathbb{1}\\{\\mathrm{argmax}_j\\,"
                        + " p_{tj} = i\\} \\quad i = 1, \\dots, N");
        add(Code.E0369, "A one-column matrix whose cells are a vector (or matrix) and numbers,"
                        + " `\\begin{bmatrix} \\mathbf{x} \\\\\\\\ 1 \\end{bmatrix}` (an input with its bias entry): papers"
                        + " mean the block vector, the cells one after another, which eqc does not build from a number."
                        + " It was the numbers stacked beside every entry, a [d, 2] matrix, silently. docs/LANGUAGE.md,"
                        + " Matrices and vectors cell by cell.",
                "x \\in \\mathbb{R}^{d}\n\\tilde{x} = \\begin{bmatrix} x \\\\\\\\ 1 \\end{bmatrix}",
                "x \\in \\mathbb{R}^{d}, b \\in \\mathbb{R}^{1}\n\\tilde{x} = [x; b]");
        add(Code.W0146, "`\\nabla f(\\theta_t)` without a subscript, `f` a function of the file of one parameter"
                        + " (Sutskever et al.'s momentum `v_{t+1} = \\mu v_t - \\varepsilon \\nabla f(\\theta_t)`), is the"
                        + " gradient of `f` with respect to its argument, at the input `\\theta_t`: read as"
                        + " `\\nabla_{\\theta_t} f(\\theta_t)`. At an argument the file computes (Nesterov's `\\nabla"
                        + " f(\\theta_t + \\mu v_t)`), the gradient with respect to `f`'s parameter, taken at that point."
                        + " docs/LANGUAGE.md, Gradients.",
                "\\theta \\in \\mathbb{R}^{d}\nf(u) = \\frac{1}{2}\\|u\\|^2\ng = \\nabla f(\\theta)",
                "\\theta \\in \\mathbb{R}^{d}\nf(u) = \\frac{1}{2}\\|u\\|^2\ng = \\nabla_{\\theta} f(\\theta)");
        add(Code.W0147, "A sum over a set the file does not give, Cover and Thomas's `\\sum_{x \\in \\mathcal{X}} p(x) \\log"
                        + " \\frac{p(x)}{q(x)}` over the alphabet: the index runs over the whole axis it reads (the support),"
                        + " as `\\sum_x`. To sum over part of an axis, declare the set as a 0/1 vector. docs/LANGUAGE.md,"
                        + " Sums over index sets.",
                "p \\in \\mathbb{R}^{K}\ns = \\sum_{x \\in \\mathcal{X}} p_x",
                "p \\in \\mathbb{R}^{K}\ns = \\sum_{x} p_x");
        add(Code.W0148, "A sum over a set of named coordinates, Fast R-CNN's `\\sum_{i \\in \\{x, y, w, h\\}}"
                        + " \\mathrm{smooth}_{L_1}(t_i^u - v_i)`: the index runs over the positions 1 … n of the vectors it"
                        + " indexes, in the order the set names them. docs/LANGUAGE.md, Sums over index sets.",
                "t \\in \\mathbb{R}^{4}\ns = \\sum_{i \\in \\{x, y, w, h\\}} t_i",
                "t \\in \\mathbb{R}^{4}\ns = \\sum_{i=1}^{4} t_i");
        add(Code.W0149, "A tensor written as the set of its elements, each given by an equation after a bar (Qiao et al.'s"
                        + " `\\hat{W} = [\\hat{W}_{i,j} \\,|\\, \\hat{W}_{i,j} = \\frac{W_{i,j} - \\mu}{\\sigma}]`), is that"
                        + " element-wise definition. docs/LANGUAGE.md, Reading rules.",
                "W \\in \\mathbb{R}^{n \\times m}\nV = [V_{i,j} \\mid V_{i,j} = 2 W_{i,j}]",
                "W \\in \\mathbb{R}^{n \\times m}\nV_{i,j} = 2 W_{i,j}");
        add(Code.W0180, "A bracket list with dots, like `[0, 1, \\ldots, n-1]` or ALiBi's `[-(i-1), \\ldots, -1, 0]` with i a"
                        + " size, was read as the arithmetic sequence from its first item to its last, in the step two"
                        + " neighbouring items show (1 when none are side by side); its length follows. The message"
                        + " names the step and the length; docs/LANGUAGE.md, Lists and matrices written out.",
                "x \\in \\mathbb{R}^{n}\ny = x + [0, 1, \\ldots, n-1]",
                "x \\in \\mathbb{R}^{n}\ny = x + 1");
        add(Code.W0181, "One line defined several names by a label list, HyperLSTM's `{i,f,g,o} = LN(W_h^{i,f,g,o} h + …)`:"
                        + " it was expanded into one definition per label, where every script that repeats the list"
                        + " takes that label as a name part (`W_h^{i}` for `i`, a label, not the value defined).",
                "h \\in \\mathbb{R}^{d}\n\\{a, b\\} = W^{a,b} h",
                "h \\in \\mathbb{R}^{d}\na = W^{a} h\nb = W^{b} h");
        add(Code.W0182, "A set written as a definition, RoFormer's `\\Theta = \\{\\theta_i = 10000^{-2(i-1)/d}, i \\in [1, 2,"
                        + " \\ldots, d/2]\\}`, was read as the element-wise definition of `\\theta_i` over the stated range"
                        + " and `\\Theta` as the vector of them.",
                "x \\in \\mathbb{R}^{d}\n\\Theta = \\left\\{\\theta_i = 10000^{-2(i-1)/d}, i \\in [1, 2, \\ldots, d/2]\\right\\}",
                "x \\in \\mathbb{R}^{d}\n\\theta_i = 10000^{-2(i-1)/d} \\quad \\text{for } i = 1, \\dots, d/2\n\\Theta = \\theta");
        add(Code.W0195, "A size the definition needs (a dimension used as a value, `\\frac{1}{m}`; a limit,"
                        + " `\\sum_{i=1}^{m}`; a dimension of its result or of a range, `i = 1, \\dots, d/2`) is the size"
                        + " of no input axis and no input of the file has it: the generated method takes it as an `int`"
                        + " parameter and `eqc run` as `--dim NAME=INT`. Declare an input with it as an axis for it to"
                        + " be measured instead. docs/LANGUAGE.md, Sizes no input gives.",
                "g = \\frac{1}{m}\\sum_{i=1}^{m} i",
                "x \\in \\mathbb{R}^{m}\ng = \\frac{1}{m}\\sum_{i=1}^{m} x_i");
        add(Code.W0196, "A left-hand index ranges over nothing: it indexes no input, no range is written and no"
                        + " declaration gives the result's shape (`PE_{p,2i} = \\sin(p / …)`). Its number of values is"
                        + " a size parameter named for it, `n_p` (`--dim n_p=INT`), and as a number it counts from 0. A letter"
                        + " that indexes nothing in a definition that is not strided and has no written range is a name's"
                        + " subscript instead (`y_k = 0.5^k` defines the name `y_k`)."
                        + " docs/LANGUAGE.md, Sizes no input gives.",
                "PE_{p,2i} = \\sin(p)\nPE_{p,2i+1} = \\cos(p)",
                "PE \\in \\mathbb{R}^{n \\times d}\nPE_{p,2i} = \\sin(p)\nPE_{p,2i+1} = \\cos(p)");
        add(Code.W0197, "A left-hand index with no other range is used as a fraction of a size, `c i / D`"
                        + " (`\\theta_i = 10000^{-2i/d}`, `PE_{p,2i} = \\sin(p / 10000^{2i/d_{model}})`): it is read as"
                        + " running over `D/c` values, so `c i / D` stays below 1, and an undeclared `D` is a size."
                        + " docs/LANGUAGE.md, Sizes no input gives.",
                "\\theta_i = 10000^{-2i/d}",
                "\\theta \\in \\mathbb{R}^{d/2}\n\\theta_i = 10000^{-2i/d}");
        add(Code.W0160, "A function written the way papers print it, which eqc read one way and names: a function"
                        + " named without arguments inside a function that has all its parameters is called at them"
                        + " (`(D_W)^2` in `L(W, Y, X_1, X_2)`); a parameter written as a tuple or as two distributions"
                        + " (`\\ell(w; (x, y))`, `D(p \\| q)`) is that many parameters; a middle form `a(s) = f(x) = …`"
                        + " whose function is defined nowhere else names the form after it. docs/LANGUAGE.md,"
                        + " Definitions and wrappers.",
                "x, y \\in \\mathbb{R}^{d}\nD(x, y) = \\|x - y\\|\nL(x, y) = D^2",
                "x, y \\in \\mathbb{R}^{d}\nD(x, y) = \\|x - y\\|\nL(x, y) = D(x, y)^2");
        add(Code.W0161, "A tensor written as a function of its indices, as papers print pairwise losses and"
                        + " probabilities: `\\ell(2k-1, 2k)` with `\\ell_{i,j}` defined element-wise, or `p(x)` with `p`"
                        + " a declared vector and `x` an index in scope, is the element `\\ell_{2k-1, 2k}`, `p_x`."
                        + " docs/LANGUAGE.md, Definitions and wrappers.",
                "z \\in \\mathbb{R}^{n}\n\\ell_{i,j} = z_i z_j\nL = \\sum_{k=1}^{n} \\ell(k, k)",
                "z \\in \\mathbb{R}^{n}\n\\ell_{i,j} = z_i z_j\nL = \\sum_{k=1}^{n} \\ell_{k,k}");
        add(Code.W0190, "A function the paper applies but never defines (a sub-layer `\\mathop{G}_l(x_l, \\theta_l)`, a"
                        + " residual branch `\\mathcal{F}(x, \\{W_i\\})`, a critic `V(s')`, a router `h(x)_i`) is read as"
                        + " the value of that function there: an input of the file named as printed (`--input 'h(x)=…'`),"
                        + " whose arguments are not computed. Each distinct argument text is its own input (`D(x)` and"
                        + " `D(G(z))` are two values). Its shape comes from a declaration of the function (`h \\in"
                        + " \\mathbb{R}^{n}`), an index on it (`h(x)_i`), or what it is added to; a name declared as a"
                        + " tensor (`\\pi_\\theta \\in \\mathbb{R}^{T}`) applied to arguments carrying indices in scope"
                        + " (`\\pi_\\theta(a_t \\mid s_t)`) is its element `t`. docs/LANGUAGE.md, Functions.",
                "x \\in \\mathbb{R}^{d}\ny = x + \\mathcal{F}(x, W)",
                "x, F \\in \\mathbb{R}^{d}\ny = x + F");
        add(Code.W0191, "A parameter of a function is not used by its body, and the body reads values of functions the"
                        + " file does not define (PPO's `r_t(\\theta) = \\frac{\\pi_\\theta(a_t \\mid s_t)}{…}`): the parameter is"
                        + " notation for what those values depend on, not an input, so the function does not take it and"
                        + " a call's argument for it is not computed. docs/LANGUAGE.md, Functions.",
                "p \\in \\mathbb{R}^{T}\nr_t(\\theta) = 2 p(a_t \\mid s_t)",
                "p \\in \\mathbb{R}^{T}\nr_t = 2 p(a_t \\mid s_t)");
        add(Code.W0192, "`|\\mathcal{A}|`, the size of a calligraphic set the file neither declares nor defines, is read as"
                        + " the size `n_a` (or `N_a`) a declaration names for its lower-case letter: the number of actions"
                        + " in the dueling network's `\\frac{1}{|\\mathcal{A}|}\\sum_{a'} A(s, a')`. docs/LANGUAGE.md,"
                        + " Functions.",
                "A \\in \\mathbb{R}^{n_a}\nm = \\frac{1}{|\\mathcal{A}|} \\sum_{a'} A_{a'}",
                "A \\in \\mathbb{R}^{n_a}\nm = \\frac{1}{n_a} \\sum_{a'} A_{a'}");
        add(Code.W0220, "A function of bare letters, each of which indexes a declared tensor in the body (prioritised"
                        + " replay's `P(i) = \\frac{p_i^\\alpha}{\\sum_k p_k^\\alpha}`), is read as defined element-wise"
                        + " over them, `P_i = …`: one value per position; `P(i)` elsewhere reads its element."
                        + " docs/LANGUAGE.md, Functions.",
                "p \\in \\mathbb{R}^{N}\nP(i) = \\frac{p_i^2}{\\sum_k p_k^2}",
                "p \\in \\mathbb{R}^{N}\nP_i = \\frac{p_i^2}{\\sum_k p_k^2}");
        add(Code.W0230, "A letter defined per element and then as the total of those elements (the multiclass SVM's"
                        + " `L_i = …` then `L = \\frac{1}{N} \\sum_i L_i`) names two values: the per-element one takes a"
                        + " prime (`L'`, run with `--function \"L'\"`) and every indexed use (`L_i`) reads it; the bare"
                        + " name is the total. docs/LANGUAGE.md, Definitions and wrappers.",
                "s \\in \\mathbb{R}^{N}\nL_i = s_i^2\nL = \\frac{1}{N} \\sum_i L_i",
                "s \\in \\mathbb{R}^{N}\n\\ell_i = s_i^2\nL = \\frac{1}{N} \\sum_i \\ell_i");
        add(Code.W0255, "One index reads two declared tensors whose axes differ by a whole number (`r_t` and `V_t` with"
                        + " `r \\in \\mathbb{R}^{T}` and `V \\in \\mathbb{R}^{T+1}`, the rewards and the values of the T+1"
                        + " states in GAE's `\\delta_t = r_t + \\gamma V_{t+1} - V_t`): the index runs over the shorter axis"
                        + " and the longer tensor is read at the same positions, so its extra entries are read only at"
                        + " shifted positions (`V_{t+1}`). A written range says so. docs/LANGUAGE.md, Indexes and ranges.",
                "r \\in \\mathbb{R}^{T}, V \\in \\mathbb{R}^{T+1}, \\gamma \\in \\mathbb{R}\n\\delta_t = r_t + \\gamma V_{t+1} - V_t",
                "r \\in \\mathbb{R}^{T}, V \\in \\mathbb{R}^{T+1}, \\gamma \\in \\mathbb{R}\n\\delta_t = r_t + \\gamma V_{t+1} - V_t \\quad t = 0, \\dots, T-1");
        add(Code.W0256, "A declared tensor of several axes applied to a conditional with indices in scope (`\\pi(a \\mid"
                        + " s_t)` with `\\pi \\in \\mathbb{R}^{T \\times A}`, A3C's entropy `-\\sum_a \\pi(a \\mid s_t) \\log \\pi(a"
                        + " \\mid s_t)`) is read with the condition's indices first, a row per condition, as tables of"
                        + " conditional probabilities are laid out (`P(s' \\mid s, a)` as [s, a, s']): `\\pi_{t, a}`. Write"
                        + " the element to choose the order. docs/LANGUAGE.md, Functions.",
                "\\pi \\in \\mathbb{R}^{T \\times A}\nH_t = -\\sum_{a} \\pi(a \\mid s_t) \\log \\pi(a \\mid s_t)",
                "\\pi \\in \\mathbb{R}^{T \\times A}\nH_t = -\\sum_{a} \\pi_{t, a} \\log \\pi_{t, a}");
        add(Code.W0257, "A name declared with its index letter in the subscript and, as its first size, the capital of"
                        + " that letter (`\\hat{A}_t \\in \\mathbb{R}^{T}`: the T advantages, named as the paper prints one of"
                        + " them) is read as its element where that letter is an index in scope: `\\hat{A}_t` inside"
                        + " `\\hat{\\mathbb{E}}_t[…]` is element t, not the whole sequence at every step. Declare the"
                        + " sequence by its name alone (`\\hat{A} \\in \\mathbb{R}^{T}`) to say so. docs/LANGUAGE.md, Names"
                        + " and declarations.",
                "\\hat{A}_t, r \\in \\mathbb{R}^{T}\nL = \\hat{\\mathbb{E}}_t[r_t \\hat{A}_t]",
                "\\hat{A}, r \\in \\mathbb{R}^{T}\nL = \\hat{\\mathbb{E}}_t[r_t \\hat{A}_t]");
        add(Code.W0258, "A left-hand side applied to something that is no name, a distribution or a set (`H(\\pi(\\cdot"
                        + " \\mid s))`, `\\mathcal{L}(\\boldsymbol{\\theta}; \\{\\sigma_i\\}_{i=1}^{L})`, `D_{KL}(q_\\phi(z) \\|"
                        + " p_\\theta(z))`), defines the value its body computes: the argument is notation for what it is"
                        + " of, not a parameter. docs/LANGUAGE.md, Functions.",
                "\\pi \\in \\mathbb{R}^{A}\nH(\\pi(\\cdot \\mid s)) = -\\sum_{a} \\pi_a \\log \\pi_a",
                "\\pi \\in \\mathbb{R}^{A}\nH = -\\sum_{a} \\pi_a \\log \\pi_a");
        add(Code.W0265, "A function's parameter named like a declared input takes that declaration's shape (a method of"
                        + " fixed shape that maps over wider arguments). When a call then does not fit (multi-head"
                        + " attention's `\\mathrm{Attention}(Q, K, V)` with `Q, K, V \\in \\mathbb{R}^{n \\times d_{model}}`"
                        + " declared, called on `QW_i^Q` of width `d_k`), the parameter is read as local: each call gives"
                        + " its shape, as for an undeclared parameter (W0103). docs/LANGUAGE.md, Functions.",
                "x \\in \\mathbb{R}^{n}, W \\in \\mathbb{R}^{m \\times n}\nf(x) = \\frac{x}{\\|x\\|_2}\ny = f(Wx)",
                "x \\in \\mathbb{R}^{n}, W \\in \\mathbb{R}^{m \\times n}\nf(u) = \\frac{u}{\\|u\\|_2}\ny = f(Wx)");
        add(Code.W0270, "A declared input defined with `=` from its own value (SGD's `w = w - \\eta g`, Graves' RMSProp"
                        + " `n_i = \\aleph n_i + (1 - \\aleph)\\epsilon_i^2`) is an update step, as `\\leftarrow` writes it:"
                        + " the right-hand side reads the input as given and the lines after it read the new value. A"
                        + " right-hand side reading another element (`h_t = \\tanh(W h_{t-1})`) is a recurrence (E0105)."
                        + " docs/LANGUAGE.md, Definitions and wrappers.",
                "w, g \\in \\mathbb{R}^{d}\nw = w - 0.1 g",
                "w, g \\in \\mathbb{R}^{d}\nw \\leftarrow w - 0.1 g");
        add(Code.W0271, "`\\sum_{k \\neq l}` with neither letter an index in scope (t-SNE's normaliser"
                        + " `\\sum_{k \\neq l} (1 + \\|y_k - y_l\\|^2)^{-1}`) runs over the pairs of distinct positions,"
                        + " `\\sum_l \\sum_{k \\neq l}`; also under `\\prod`, `\\max`, `\\min`. docs/LANGUAGE.md,"
                        + " Indexes and ranges.",
                "y \\in \\mathbb{R}^{n}\nZ = \\sum_{k \\neq l} y_k y_l",
                "y \\in \\mathbb{R}^{n}\nZ = \\sum_{l} \\sum_{k \\neq l} y_k y_l");
        add(Code.E0280, "Square brackets around one `\\circ` product, `\\left[\\mathrm{SG}(\\mathbf{h}_{\\tau}) \\circ"
                        + " \\mathbf{h}_{\\tau+1}\\right]`, are Transformer-XL's notation for the concatenation of two hidden"
                        + " sequences along the length; elsewhere `\\circ` is the element-wise product and the brackets"
                        + " only group. eqc cannot tell which is meant (both give a value, of different shapes). Write"
                        + " `a \\odot b` for the product, or, for the concatenation of two sequences stacked as rows,"
                        + " `[a^\\top, b^\\top]^\\top` (a bracket list concatenates along the last axis). docs/LANGUAGE.md,"
                        + " Vocabulary.",
                "a, b \\in \\mathbb{R}^{L \\times d}\nc = \\left[a \\circ b\\right]",
                "a, b \\in \\mathbb{R}^{L \\times d}\nc = [a^\\top, b^\\top]^\\top");
        add(Code.W0280, "A left-hand side with a superscript letter and a subscript (Pointer networks' `u^i_j = v^\\top"
                        + " \\tanh(W_1 e_j + W_2 d_i)`), where the letter is no name of the file and the right-hand side"
                        + " indexes with it, is defined element by element over both: `u_{ij}`, the superscript first (the"
                        + " outer index, one vector `u^i` per step `i`). docs/LANGUAGE.md, Indexes and ranges.",
                "e \\in \\mathbb{R}^{n \\times k}, d \\in \\mathbb{R}^{m \\times k}, v \\in \\mathbb{R}^{k}\nu^i_j = v^\\top \\tanh(e_j + d_i)",
                "e \\in \\mathbb{R}^{n \\times k}, d \\in \\mathbb{R}^{m \\times k}, v \\in \\mathbb{R}^{k}\nu_{ij} = v^\\top \\tanh(e_j + d_i)");
        add(Code.W0285, "Bars around a row of a declared 0/1 matrix written as a set member, `|P(i)|` with `P \\in"
                        + " \\{0,1\\}^{M \\times M}` (Khosla et al.'s supervised contrastive loss, `\\frac{-1}{|P(i)|}"
                        + " \\sum_{p \\in P(i)}`: the positives of anchor i), are the size of that set, the number of"
                        + " non-zeros in row i, as `|\\mathcal{N}_i|` is for a calligraphic family. docs/LANGUAGE.md,"
                        + " Sums over index sets.",
                "P \\in \\{0,1\\}^{M \\times M}, z \\in \\mathbb{R}^{M}\nL_i = \\frac{1}{|P(i)|} \\sum_{p \\in P(i)} z_p",
                "P \\in \\{0,1\\}^{M \\times M}, z \\in \\mathbb{R}^{M}\nL_i = \\frac{1}{\\sum_{j} P_{ij}} \\sum_{p \\in P(i)} z_p");
        add(Code.W0286, "A left-hand side `X_k` whose letter indexes nothing, when the right-hand side reads names"
                        + " declared under spellings that carry the same letter (Welch & Bishop's Kalman update"
                        + " `\\hat{x}_k = \\hat{x}_k^- + K_k(z_k - H \\hat{x}_k^-)` with `\\hat{x}_k^-`, `K_k`, `z_k`"
                        + " declared, the left-hand name among them under another mark): `k` is the step those names"
                        + " carry, part of the names, so `\\hat{x}_k` is one value,"
                        + " as `m_t` is in Adam. Not when the file uses the letter as an index anywhere, nor when a"
                        + " carrier's first size is the capital of the letter (W0257). docs/LANGUAGE.md, Names.",
                "z_k \\in \\mathbb{R}^{n}, x_k^- \\in \\mathbb{R}^{n}, g \\in \\mathbb{R}\nx_k = x_k^- + g(z_k - x_k^-)",
                "z_k \\in \\mathbb{R}^{n}, x_k^- \\in \\mathbb{R}^{n}, g \\in \\mathbb{R}\nx_{new} = x_k^- + g(z_k - x_k^-)");
        add(Code.E0255, "A definition followed by `\\text{if } …` (or `when`, `whenever`) and a relation holds only where"
                        + " the relation does. An update (`\\leftarrow`, or an input defined from its own value) keeps its"
                        + " value elsewhere: Pascanu et al.'s `\\hat{g} \\leftarrow \\frac{\\theta}{\\|\\hat{g}\\|}\\hat{g}"
                        + " \\quad \\text{if } \\|\\hat{g}\\| \\ge \\theta` clips only long gradients. Any other definition"
                        + " has no value where the condition fails, and skipping the condition would be a wrong answer:"
                        + " write both cases with `\\begin{cases}`. docs/LANGUAGE.md, Definitions and wrappers.",
                "x \\in \\mathbb{R}^{d}\ny = 2 x \\quad \\text{if } \\|x\\| \\ge 1",
                "x \\in \\mathbb{R}^{d}\ny = \\begin{cases} 2 x & \\|x\\| \\ge 1 \\\\ x & \\text{otherwise} \\end{cases}");
        add(Code.E0270, "`\\exp` of a square matrix that the file also inverts (Mamba's zero-order hold `\\bar{A} ="
                        + " \\exp(\\Delta A)`, `\\bar{B} = (\\Delta A)^{-1}(\\exp(\\Delta A) - I) \\Delta B`) is the matrix"
                        + " exponential, which eqc does not compute; element-wise it would be a wrong answer. For a"
                        + " diagonal state matrix write the element-wise forms of its diagonal. docs/LANGUAGE.md, Reading rules.",
                "A \\in \\mathbb{R}^{N \\times N}, \\Delta \\in \\mathbb{R}\nB = (\\Delta A)^{-1}(\\exp(\\Delta A) - I_N)",
                "a \\in \\mathbb{R}^{N}, \\Delta \\in \\mathbb{R}\nb_i = (\\exp(\\Delta a_i) - 1) / (\\Delta a_i)");
        add(Code.W0240, "A parenthesised superscript whose letter is an index in scope (bound by `\\sum_k`, `\\max_k` or an"
                        + " element-wise left-hand side) and names nothing else is read as that component of the value:"
                        + " `\\sigma(z_i)^{(k)}` under `\\max_k` is `\\sigma(z_i)_k`, `\\mathbf{q}_s^{(k)}` with `\\mathbf{q}_s`"
                        + " a declared vector is its element `k`. A label of a declared or defined name (`W^{(l)}`) stays"
                        + " part of the name. docs/LANGUAGE.md, Indexes and ranges.",
                "z \\in \\mathbb{R}^{n \\times K}\nm_i = \\max_k \\mathrm{softmax}(z_i)^{(k)}",
                "z \\in \\mathbb{R}^{n \\times K}\nm_i = \\max_k \\mathrm{softmax}(z_i)_k");
        add(Code.W0260, "A set written by its members under a reduction (`\\max(\\{\\sigma(W h_u), \\forall u \\in"
                        + " \\mathcal{N}(v)\\})`, `\\mathrm{MEAN}\\{h_u, \\forall u \\in \\mathcal{N}(v)\\}`) runs over the"
                        + " members of the set, entry by entry for vectors, as `\\max_{u \\in \\mathcal{N}(v)}` does. A union"
                        + " with the node itself (`\\mathcal{N}(v) \\cup \\{v\\}`, or GraphSAGE's `\\{h_v\\} \\cup \\{h_u,"
                        + " \\forall u \\in \\mathcal{N}(v)\\}`) is the set with `v` added: `v` counts once, also when the"
                        + " graph lists it as its own neighbour. docs/LANGUAGE.md, Sums over index sets.",
                "x \\in \\mathbb{R}^{n \\times d}, \\mathcal{N} \\in \\{0,1\\}^{n \\times n}\n"
                        + "h_v = \\mathrm{MEAN}(\\{x_v\\} \\cup \\{x_u, \\forall u \\in \\mathcal{N}(v)\\})",
                "x \\in \\mathbb{R}^{n \\times d}, \\mathcal{N} \\in \\{0,1\\}^{n \\times n}\n"
                        + "h_v = \\frac{1}{|\\mathcal{N}(v)| + 1}(x_v + \\sum_{u \\in \\mathcal{N}(v)} x_u)");
        add(Code.W0261, "Two vectors side by side (`R_t C_t`, no operator) whose lengths are different sizes have no"
                        + " element-wise and no inner product; papers mean a column times a row, the outer product, as"
                        + " Adafactor's `\\hat{V}_t = R_t C_t / 1_n^\\top R_t` with `R_t \\in \\mathbb{R}^{n}` and"
                        + " `C_t \\in \\mathbb{R}^{m}`. Vectors of one length keep the element-wise reading."
                        + " docs/LANGUAGE.md, Reading rules.",
                "r \\in \\mathbb{R}^{n}, c \\in \\mathbb{R}^{m}\nV = r c",
                "r \\in \\mathbb{R}^{n}, c \\in \\mathbb{R}^{m}\nV = r c^\\top");
        add(Code.W0262, "`\\mathrm{std}(x)` and `\\mathrm{var}(x)` divide the squared deviations by n, the number of values:"
                        + " the population statistics, as numpy and the normalisation layers compute them. PyTorch's"
                        + " torch.std and torch.var divide by n - 1 by default (GRPO's implementations normalise rewards"
                        + " with it), so papers are read both ways. Write `\\sqrt{\\mathrm{Var}[x]}` for the population"
                        + " statistic (the capitalised operator of probability, `\\mathrm{Var}(x)` or `\\mathrm{Var}[x]`,"
                        + " is the population variance by definition and says nothing), or the sum over n - 1 for the"
                        + " sample one."
                        + " docs/LANGUAGE.md, Vocabulary.",
                "r \\in \\mathbb{R}^{G}\n\\tilde{r} = \\frac{r - \\mathrm{mean}(r)}{\\mathrm{std}(r)}",
                "r \\in \\mathbb{R}^{G}\n\\tilde{r} = \\frac{r - \\mathrm{mean}(r)}{\\sqrt{\\frac{1}{G-1}\\sum_i (r_i - \\mathrm{mean}(r))^2}}");
        add(Code.W0263, "A file that declares a tensor named `\\pi` (a mixture's weights, `\\pi \\in \\mathbb{R}^{K}`) and"
                        + " reads it element by element (`\\pi_k`) also writes the number π beside a number: `\\frac{1}{\\sqrt{2\\pi}"
                        + " \\sigma_k}`, `(2\\pi)^{d/2}`. A bare `\\pi` right after a number is read as the number; a bare"
                        + " `\\pi` elsewhere is the declared tensor. docs/LANGUAGE.md, Names.",
                "\\pi, \\mu, \\sigma \\in \\mathbb{R}^{K}, t \\in \\mathbb{R}\np = \\sum_{k=1}^{K} \\pi_k \\frac{1}{\\sqrt{2\\pi}\\sigma_k}"
                        + " \\exp(-\\frac{(t - \\mu_k)^2}{2\\sigma_k^2})",
                "w, \\mu, \\sigma \\in \\mathbb{R}^{K}, t \\in \\mathbb{R}\np = \\sum_{k=1}^{K} w_k \\frac{1}{\\sqrt{2\\pi}\\sigma_k}"
                        + " \\exp(-\\frac{(t - \\mu_k)^2}{2\\sigma_k^2})");
        add(Code.W0250, "A chain of equal forms `a = b = …` whose middle member is a name the file neither declares nor"
                        + " defines, and the last form does not read (GRPO's `\\hat{A}_i = \\tilde{r}_i = \\frac{r_i -"
                        + " \\mathrm{mean}(\\mathbf{r})}{\\mathrm{std}(\\mathbf{r})}`): the middle name is another name for the"
                        + " value, and the definition is computed from the form after it. docs/LANGUAGE.md, Definitions and"
                        + " wrappers.",
                "r \\in \\mathbb{R}^{G}\n\\hat{A}_i = \\tilde{r}_i = r_i - \\mathrm{mean}(r)",
                "r \\in \\mathbb{R}^{G}\n\\hat{A}_i = r_i - \\mathrm{mean}(r)");
        add(Code.W0251, "A middle form of a chain of equal forms reads a name the file neither declares nor defines and the"
                        + " last form no longer reads (LoRA's `h = W_0 x + \\Delta W x = W_0 x + BAx`, where `\\Delta W = BA` is"
                        + " said in prose): the form is an intermediate step of the derivation, not computed, and the"
                        + " definition is computed from the form after it. docs/LANGUAGE.md, Definitions and wrappers.",
                "W_0 \\in \\mathbb{R}^{d \\times k}, B \\in \\mathbb{R}^{d \\times r}, A \\in \\mathbb{R}^{r \\times k},"
                        + " x \\in \\mathbb{R}^{k}\nh = W_0 x + \\Delta W x = W_0 x + BAx",
                "W_0 \\in \\mathbb{R}^{d \\times k}, B \\in \\mathbb{R}^{d \\times r}, A \\in \\mathbb{R}^{r \\times k},"
                        + " x \\in \\mathbb{R}^{k}\nh = W_0 x + BAx");
        add(Code.W0252, "A parameter of a function that nothing in the file calls is used neither by the body nor by any"
                        + " definition the body reads, while the body reads other values (the KL divergence of two"
                        + " Gaussians written `D_{KL}(\\mathcal{N}_1 \\| \\mathcal{N}_2) = …` over their declared means and"
                        + " covariances; NeRF's colour `\\hat{C}(\\mathbf{r})` of a ray): the parameter names what the value"
                        + " depends on, not an input, and the function does not take it. A parameter read through another"
                        + " definition (the heads of `\\mathrm{MultiHead}(Q, K, V)` read Q, K, V) stays a parameter, and so does"
                        + " the parameter of a body that reads no value (`u(k) = 1/K`). docs/LANGUAGE.md, Functions.",
                "\\mu_1, \\mu_2 \\in \\mathbb{R}^{d}\nD(P, Q) = \\frac{1}{2}\\|\\mu_1 - \\mu_2\\|^2",
                "\\mu_1, \\mu_2 \\in \\mathbb{R}^{d}\nD = \\frac{1}{2}\\|\\mu_1 - \\mu_2\\|^2");
        add(Code.W0170, "A tensor is read at a position computed from indices (`x_{t-1}`, `x_{i+m}`, `R_{t+k+1}`):"
                        + " a position before the first element or past the last reads 0, and the tensor counts from 1"
                        + " when every read of it in the definition starts at 1 or more (`R_{t+1}` with `t` from 0"
                        + " reads `R_1`, its first element), else from 0. The message names the reading;"
                        + " docs/LANGUAGE.md, Indexes and ranges.",
                "x \\in \\mathbb{R}^{n}\ny_t = x_t - x_{t-1}",
                "x \\in \\mathbb{R}^{n}\ny_t = x_t");
        add(Code.W0171, "A sum's lower limit is another index or an expression of one (`\\sum_{k=t+1}^{T}`,"
                        + " `\\sum_{j=i+1}^{n}`, `\\sum_{k \\ge t}`): the index runs over the whole range and the terms"
                        + " below the limit are left out (a triangular sum). The index counts from 1 when the limit is"
                        + " at least 1 at the first value of the other index, else from 0; the message names the"
                        + " reading. Both limits around an index (`\\sum_{j=\\max(0, i-1)}^{\\min(N-1, i+1)}`) make a"
                        + " window, the terms outside it left out. docs/LANGUAGE.md, Indexes and ranges.",
                "x \\in \\mathbb{R}^{n}\ns_i = \\sum_{j=i+1}^{n} x_j",
                "x \\in \\mathbb{R}^{n}\ns_i = \\sum_{j=1}^{n} x_j");
        add(Code.W0172, "A sum runs to `\\infty` (`\\sum_{l=0}^{\\infty} (\\gamma\\lambda)^l \\delta_{t+l}`): it is read to the"
                        + " end of the sequence it reads, the terms past the end being 0. docs/LANGUAGE.md, Indexes and"
                        + " ranges.",
                "\\delta \\in \\mathbb{R}^{T}, \\gamma \\in \\mathbb{R}\nA_t = \\sum_{l=0}^{\\infty} \\gamma^l \\delta_{t+l}",
                "\\delta \\in \\mathbb{R}^{T}, \\gamma \\in \\mathbb{R}\nA_t = \\sum_{l=0}^{T-1} \\gamma^l \\delta_{l}");
    }

    private Catalogue() {}

    public static Entry entry(Code code) {
        Entry e = ENTRIES.get(code);
        if (e == null) {
            throw new IllegalStateException("no catalogue entry for " + code);
        }
        return e;
    }

    /** {@code eqc explain} output for one code. */
    public static String explain(Code code) {
        Entry e = entry(code);
        return code + ": " + code.title() + " (" + code.severity().label() + ")\n\n" + e.explanation() + "\n\n"
                + "Wrong:\n" + indent(e.wrong()) + "\nRight:\n" + indent(e.right());
    }

    /** docs/DIAGNOSTICS.md. */
    public static String markdown() {
        StringBuilder out = new StringBuilder("# Diagnostics\n\n"
                + "Every diagnostic eqc reports has one of these codes. `eqc explain CODE` prints the same text."
                + " Generated from `dev.eqc.compiler.diag.Catalogue`; regenerate with"
                + " `mvn -pl compiler test -Dtest=CatalogueTest -Dgolden.update=true`.\n\n"
                + "| code | severity | title |\n|---|---|---|\n");
        for (Code c : Code.values()) {
            out.append("| [").append(c).append("](#").append(c.name().toLowerCase(java.util.Locale.ROOT))
                    .append(") | ").append(c.severity().label()).append(" | ").append(c.title()).append(" |\n");
        }
        for (Code c : Code.values()) {
            Entry e = entry(c);
            out.append("\n## ").append(c).append("\n\n**").append(c.title()).append("** (").append(c.severity().label())
                    .append(")\n\n").append(e.explanation()).append("\n\nWrong:\n\n```latex\n").append(e.wrong())
                    .append("\n```\n\nRight:\n\n```latex\n").append(e.right()).append("\n```\n");
        }
        return out.toString();
    }

    private static String indent(String s) {
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n")) {
            b.append("    ").append(line).append('\n');
        }
        return b.toString();
    }
}
