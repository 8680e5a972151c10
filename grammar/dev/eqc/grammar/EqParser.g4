/*
 * Syntax of one .eq statement. The compiler splits a file into statements first
 * (StatementSplitter), so this grammar never sees newlines. No embedded actions: the
 * compiler's AstBuilder turns the parse tree into immutable AST records, and decides
 * what needs meaning (letter runs, calls vs products, declarations vs definitions).
 */
parser grammar EqParser;

options { tokenVocab = EqLexer; }

statement
    : lead=relOp? relation (COMMA relation)* EOF
    ;

relation
    : expr (relOp expr)*
    ;

relOp
    : EQ | ASSIGN | DEFINE_SIGN | ARROW_ASSIGN | IN | LT | GT | LE | GE | NE | RELATED | COLON | BAR | VBAR
    ;

expr
    : multiplicative (addOp multiplicative)*
    ;

addOp
    : PLUS | MINUS | PM
    ;

multiplicative
    : signed mulTail*
    ;

// `\|a\| + \beta \|c\|`, `\|a\| - \beta \|c\|`: a concatenation bar followed by a sign is the end of a norm, then
// a sum (LARS's trust ratio); `a \| -b` as a concatenation is never written. So is a bar followed by `\cdot`:
// `\|u\| \cdot \|v\|` (the NTM's cosine similarity) is two norms, not the norm of `u \| \cdot \| v`.
mulTail
    : {!((_input.LA(1) == NORM || _input.LA(1) == DOUBLE_VBAR)
            && (_input.LA(2) == PLUS || _input.LA(2) == MINUS || _input.LA(2) == CDOT))}? mulOp signed        # explicitProduct
    | {!((_input.LA(1) == NORM || _input.LA(1) == DOUBLE_VBAR)
            && (_input.LA(2) == PLUS || _input.LA(2) == MINUS || _input.LA(2) == CDOT))}? postfix             # implicitProduct
    ;

mulOp
    : STAR | SLASH | CDOT | TIMES | HADAMARD | OSLASH | DOUBLE_VBAR | NORM | CUP | BMOD
    ;

signed
    : sign=(PLUS | MINUS) signed   # signedFactor
    | postfix                      # unsignedFactor
    ;

postfix
    : atom suffix*
    ;

suffix
    : UNDERSCORE script   # subscriptSuffix
    | (BAR | VBAR) UNDERSCORE script   # restrictionSuffix
    | CARET script        # superscriptSuffix
    | PRIME               # primeSuffix
    | BANG                # bangSuffix
    ;

script
    : LBRACE exprList? RBRACE                       # groupScript
    | LBRACE scriptItem ((COMMA | SEMI) scriptItem)* RBRACE   # markedScript
    | sign=(PLUS | MINUS | STAR | RELATED | ARROW_ASSIGN)      # signScript
    | LBRACE PRIME+ RBRACE                                    # primeScript
    | LBRACE STAR relation RBRACE                             # starScript
    | LBRACE STAR STAR+ RBRACE                                # starsScript
    | atom                                          # atomScript
    ;

// o_{i,<t}, y_{<t} (the tokens before position t, as language-model papers write a policy's conditioning): a bound
// written with its relation, kept as a mark that is part of the name.
scriptItem
    : relation
    | sign=(PLUS | MINUS | STAR | RELATED | ARROW_ASSIGN | COLON)
    | bound=(LT | LE) relation
    ;

atom
    : NUMBER                                            # numberAtom
    | LETTER                                            # letterAtom
    | COMMAND                                           # commandAtom
    | TEXTNAME LBRACE textContent RBRACE                # textNameAtom
    | TEXTNAME letter=LETTER                            # textLetterAtom
    | FONT (LBRACE letter=(LETTER | NUMBER) RBRACE | letter=LETTER)   # fontAtom
    | STYLE arg                                         # styleAtom
    | ACCENT arg                                        # accentAtom
    | FRAC num=arg den=arg                              # fracAtom
    | BINOM top=arg bottom=arg                          # binomAtom
    | SQRT (LBRACK degree=expr RBRACK)? radicand=arg    # sqrtAtom
    | UNDERSET under=arg over=arg                       # undersetAtom
    | UNDER_E LBRACE drawn=exprList RBRACE body=arg     # underEAtom
    | BRACE_NOTE body=arg ((UNDERSCORE | CARET) label=noteLabel)?   # braceNoteAtom
    | LPAREN exprList RPAREN                            # parenAtom
    | LBRACK exprList RBRACK                            # bracketAtom
    | LBRACE OLD_TEXT textContent RBRACE                # oldTextAtom
    | LBRACE OLD_STYLE relation RBRACE                  # oldStyleAtom
    | OLD_TEXT textContent                              # oldTextSwitchAtom
    | LBRACE exprList? RBRACE                           # braceAtom
    | LBRACE_LIT exprList RBRACE_LIT                    # setBraceAtom
    | LPAREN lo=relation COMMA hi=relation RBRACK       # openClosedAtom
    | LBRACK lo=relation COMMA hi=relation RPAREN       # closedOpenAtom
    | CASES_BEGIN casesRow (ROWSEP casesRow)* ROWSEP? CASES_END   # casesAtom
    | MATRIX_BEGIN matrixRow (ROWSEP+ matrixRow)* ROWSEP* MATRIX_END   # matrixAtom
    | bar=(BAR | VBAR) expr (BAR | VBAR | ABS_CLOSE)     # absAtom
    | (NORM | DOUBLE_VBAR) expr (NORM | DOUBLE_VBAR)     # normAtom
    | LFLOOR expr RFLOOR                                 # floorAtom
    | LFLOOR expr RCEIL                                  # roundAtom
    | LANGLE exprList RANGLE                             # angleAtom
    | LCEIL expr RCEIL                                   # ceilAtom
    | (ELLIPSIS | DOT | CDOT | ESC_UNDERSCORE)           # placeholderAtom
    ;

matrixRow
    : relation (AMP relation)*
    ;

arg
    : LBRACE relation RBRACE   # groupArg
    | atom                     # atomArg
    ;

exprList
    : relation ((COMMA | SEMI) relation)*
    ;

noteLabel
    : LBRACE textContent RBRACE
    | atom
    ;

textContent
    : (~(LBRACE | RBRACE) | LBRACE textContent RBRACE)*
    ;

casesRow
    : value=relation (COMMA | DOT | SEMI)? (AMP condition=caseCondition)? (COMMA | DOT | SEMI)?
    ;

caseCondition
    : (TEXTNAME LBRACE textContent RBRACE)? relation? (COMMA relation)*
    ;
