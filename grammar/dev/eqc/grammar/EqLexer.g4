/*
 * Tokens of the .eq language: LaTeX math as papers print it, plus plain-text spellings.
 *
 * Presentational material that never changes meaning (paste wrappers, spacing, sizing,
 * \left/\right, labels, colours) is skipped here, so the parser sees only the math.
 * Context-dependent decisions (newlines inside brackets, '&' and '\\' outside cases) are
 * made by the compiler's StatementSplitter, not by grammar actions.
 */
lexer grammar EqLexer;

// A `|` that the compiler's AbsoluteValueBars found closing an absolute value before a subscript
// (`|\beta|_1`); no rule lexes it, so the restriction suffix `f|_{x=0}` cannot take it.
tokens { ABS_CLOSE }

// ---- Paste wrappers and presentational commands (SPEC 2) ------------------------------

WRAPPER_ENV
    : '\\' ('begin' | 'end') [ \t]* '{'
      ( 'equation' | 'align' | 'aligned' | 'alignat' | 'gather' | 'gathered' | 'split'
      | 'multline' | 'eqnarray' | 'displaymath' | 'math' | 'flalign' ) '*'? '}' -> channel(HIDDEN)
    ;
// `\left\{ \begin{array}{ll} … \end{array} \right.`: cases as written before amsmath's `cases`.
CASES_BEGIN   : '\\begin' [ \t]* '{' ('cases' | 'dcases' | 'rcases') '}'
              | '\\left' [ \t\r\n]* ('\\{' | '\\lbrace') [ \t\r\n]* '\\begin' [ \t]* '{array}' [ \t]* '{' ~[{}\r\n]* '}' ;
CASES_END     : '\\end' [ \t]* '{' ('cases' | 'dcases' | 'rcases') '}'
              | '\\end' [ \t]* '{array}' [ \t\r\n]* '\\right' [ \t\r\n]* '.' ;
MATRIX_BEGIN  : '\\begin' [ \t]* '{' ('pmatrix' | 'bmatrix' | 'Bmatrix' | 'vmatrix' | 'Vmatrix' | 'matrix' | 'smallmatrix') '}'
              | '\\begin' [ \t]* '{array}' [ \t]* '{' ~[{}\r\n]* '}' ;
MATRIX_END    : '\\end' [ \t]* '{' ('pmatrix' | 'bmatrix' | 'Bmatrix' | 'vmatrix' | 'Vmatrix' | 'matrix' | 'smallmatrix' | 'array') '}' ;
ENV_BEGIN     : '\\begin' [ \t]* '{' [a-zA-Z*]* '}' ;
ENV_END       : '\\end' [ \t]* '{' [a-zA-Z*]* '}' ;

// `\phantom{=}`, `\hphantom{x}`, `\vphantom{\frac{1}{2}}`: invisible space the size of their argument.
PHANTOM       : ('\\phantom' | '\\hphantom' | '\\vphantom') [ \t]* BALANCED -> skip ;
fragment BALANCED : '{' (~[{}] | BALANCED)* '}' ;
META_GROUP    : ('\\label' | '\\tag' '*'? | '\\color' | '\\textcolor' | '\\hspace' '*'? | '\\vspace' '*'?)
                [ \t]* '{' ~[{}\r\n]* '}' -> skip ;
// A display (`$$ … $$`, `\\[ … \\]`, a wrapper environment) is one block of LaTeX, where a newline is
// only a space: the splitter sees these (hidden) and lets newlines inside them continue the statement.
DISPLAY_DELIM : ('$$' | '\\[' | '\\]') -> channel(HIDDEN) ;
// d2l-style Markdown labels after a display block: `:eqlabel:\`eq_mse\``, `:label:\`…\``.
BOOK_LABEL    : ':' ('eq')? 'label:' [ \t]* '`' ~[`\r\n]* '`' -> skip ;
MATH_DELIM    : ('$' | '\\(' | '\\)') -> skip ;
SPACING       : ('\\' [,;:!> ] | '~' | '\\quad' | '\\qquad' | '\\enspace' | '\\thinspace'
                | '\\displaystyle' | '\\textstyle' | '\\scriptstyle' | '\\nonumber' | '\\notag'
                | '\\limits' | '\\nolimits' | '\\hfill' | '\\middle' | '\\%' | '\\#' | '\\&' | '\\$'
                | '\\small' | '\\scriptsize' | '\\footnotesize' | '\\large' | '\\normalsize' | '\\tiny' ) -> skip ;
// `\mathbf{v}^{,}\mathbf{v}^T` (Machine Learning Refined): a superscript of a lone comma, or of spacing (`^{\,}`), is
// a typesetting strut that aligns the two factors' heights; it has no meaning.
EMPTY_SCRIPT  : '^' [ \t]* '{' [ \t]* (',' | '\\,') [ \t]* '}' -> skip ;
// `\begingroup … \endgroup` scope a colour; `\rule[raise]{width}{height}` and `\strut` are invisible struts.
GROUPING      : ('\\begingroup' | '\\endgroup' | '\\strut' | '\\mathstrut'
                | '\\rule' [ \t]* ('[' ~[\]{}\r\n]* ']')? [ \t]* '{' ~[{}\r\n]* '}' [ \t]* '{' ~[{}\r\n]* '}') -> skip ;
INVISIBLE_DELIM : ('\\left' | '\\right') [ \t]* '.' -> skip ;
SIZING        : ('\\left' | '\\right'
                | '\\' ('big' | 'Big' | 'bigg' | 'Bigg') ('l' | 'r' | 'm')?) -> skip ;

// ---- Commands the grammar gives structure to -----------------------------------------

FRAC          : '\\frac' | '\\dfrac' | '\\tfrac' | '\\cfrac' ;
BINOM         : '\\binom' | '\\dbinom' | '\\tbinom' ;
SQRT          : '\\sqrt' ;
TEXTNAME      : '\\mathrm' | '\\operatorname' '*'? | '\\text' | '\\textrm' | '\\mathit'
              | '\\mathop' | '\\mathsf' | '\\textit' | '\\textsf' | '\\mbox' | '\\texttt' | '\\mathtt' ;
FONT          : '\\mathcal' | '\\mathbb' | '\\mathscr' | '\\mathfrak' ;
STYLE         : '\\mathbf' | '\\boldsymbol' | '\\bm' | '\\vec' | '\\pmb' | '\\textbf' | '\\mathbold' ;
ACCENT        : '\\hat' | '\\tilde' | '\\bar' | '\\dot' | '\\ddot' | '\\overline' | '\\widehat'
              | '\\widetilde' | '\\check' | '\\breve' | '\\overrightarrow' | '\\overleftarrow' | '\\underline'
              | '\\acute' | '\\grave' | '\\mathring' ;
UNDERSET      : '\\underset' ;
UNDER_E       : '\\underE' ;
IN            : '\\in' | '∈' ;
TIMES         : '\\times' | '×' ;
CDOT          : '\\cdot' | '·' ;
HADAMARD      : '\\odot' | '\\circ' | '\\otimes' ;
OSLASH        : '\\oslash' | '\\div' ;
// `\{h_v\} \cup \{h_u, \forall u \in \mathcal{N}(v)\}` (GraphSAGE): the union of two sets.
CUP           : '\\cup' ;
// `(i - j) \bmod d` (Longformer's dilated window): the remainder, a product-level operator.
BMOD          : '\\bmod' ;
PM            : '\\pm' ;
LE            : '\\le' | '\\leq' | '\\leqslant' | '<=' | '≤' | '\\lt' ;
GE            : '\\ge' | '\\geq' | '\\geqslant' | '>=' | '≥' | '\\gt' ;
NE            : '\\ne' | '\\neq' | '!=' | '≠' | '\\not' [ \t]* '=' ;
RELATED       : '\\sim' | '\\approx' | '\\propto' | '\\simeq' | '\\to' | '\\rightarrow' | '\\mapsto'
              | '\\Rightarrow' | '\\implies' | '\\iff' | '\\subset' | '\\subseteq' | '\\notin' | '\\ll' | '\\gg' ;
LANGLE        : '\\langle' ;
RANGLE        : '\\rangle' ;
LFLOOR        : '\\lfloor' ;
RFLOOR        : '\\rfloor' ;
LCEIL         : '\\lceil' ;
RCEIL         : '\\rceil' ;
VBAR          : '\\lvert' | '\\rvert' | '\\vert' | '\\mid' ;
DOUBLE_VBAR   : '\\lVert' | '\\rVert' | '\\Vert' ;
ESC_UNDERSCORE : '\\_' ;
ARROW_ASSIGN  : '\\leftarrow' | '\\gets' | '\\longleftarrow' | '\\Leftarrow' ;
// Signs that define (not update): `:=` is ASSIGN below.
DEFINE_SIGN   : '\\coloneqq' | '\\coloneq' | '\\triangleq' | '\\equiv' | '\\doteq' | '\\stackrel' HS '{' HS '=' HS '}' | DEF_SIGN ;
// `\stackrel{\textrm{def}}{=}`, `\overset{\text{def}}{=}`, `\overset{def}{=}`, `\stackrel{\triangle}{=}`: "equals by definition".
fragment DEF_SIGN : ('\\stackrel' | '\\overset') HS '{' HS DEF_MARK HS '}' HS ('{' HS '=' HS '}' | '=') ;
fragment DEF_MARK : ('\\' ('text' | 'textrm' | 'mathrm' | 'rm' | 'mathsf' | 'textsf' | 'scriptstyle' | 'scriptscriptstyle' | 'tiny' | 'small'))?
                    HS '{'? HS ('def' | 'Def' | 'DEF' | 'def.' | 'defn' | 'd' HS 'e' HS 'f') HS '}'?
                  | '\\triangle' | '\\Delta' | '\\vartriangle' ;
fragment HS : [ \t]* ;
// `\underbrace{…}_{label}`, `\overbrace{…}^{label}`: the label is commentary, the body is the math.
BRACE_NOTE    : '\\underbrace' | '\\overbrace' | '\\underbracket' | '\\overbracket' ;

// `{\rm margin}`, `{\bf x}_i` (plain TeX's font switches, as the PyTorch documentation writes them): inside braces,
// the same as `\mathrm{margin}` and `\mathbf{x}_i`.
OLD_TEXT      : '\\rm' | '\\it' | '\\sf' | '\\tt' ;
OLD_STYLE     : '\\bf' ;

COMMAND       : '\\' [a-zA-Z]+ ;

// ---- Punctuation -----------------------------------------------------------------------

// `\\*` (no page break) and `\\[2pt]` (extra space below the row) end a row like `\\`.
ROWSEP        : '\\\\' '*'? ([ \t]* '[' [ \t]* [+-]? [0-9]* '.'? [0-9]+ [ \t]* ('pt' | 'ex' | 'em' | 'mm' | 'cm' | 'in' | 'mu' | 'bp' | 'pc' | 'sp') [ \t]* ']')? ;
NORM          : '\\|' ;
LBRACE_LIT    : '\\{' ;
RBRACE_LIT    : '\\}' ;
// `:=`, also split by an alignment mark as in `\textrm{OPT} : &= …`.
ASSIGN        : ':' [ \t]* ('&' [ \t]*)? '=' ;
PLUS          : '+' ;
MINUS         : '-' | '−' ;
STAR          : '*' ;
SLASH         : '/' ;
EQ            : '=' ;
LT            : '<' ;
GT            : '>' ;
COMMA         : ',' | '，' ;
SEMI          : ';' ;
COLON         : ':' ;
ELLIPSIS      : '...' | '…' ;
DOT           : '.' | '。' ;
LPAREN        : '(' ;
RPAREN        : ')' ;
LBRACK        : '[' ;
RBRACK        : ']' ;
LBRACE        : '{' ;
RBRACE        : '}' ;
BAR           : '|' ;
CARET         : '^' ;
UNDERSCORE    : '_' ;
PRIME         : '\'' ;
BANG          : '!' ;
QUESTION      : '?' ;
AMP           : '&' ;

// 1e-5 and 2.5E3 as typed in plain text are numbers; LaTeX's 1\mathrm{e}{-5} is joined by the compiler.
NUMBER        : ([0-9]+ ('.' [0-9]+)? | '.' [0-9]+) ([eE] [+-]? [0-9]+)? ;
LETTER        : [a-zA-Z] ;

COMMENT       : '%' ~[\r\n]* -> channel(HIDDEN) ;
NEWLINE       : '\r'? '\n' | '\r' ;
WS            : [ \t\f]+ -> skip ;

// Anything else is a token the parser never accepts, so it becomes a located syntax error.
UNKNOWN_CHAR  : . ;
