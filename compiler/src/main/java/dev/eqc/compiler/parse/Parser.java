package dev.eqc.compiler.parse;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import dev.eqc.grammar.EqLexer;
import dev.eqc.grammar.EqParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * The parse pass: {@code SourceFile → Program}.
 *
 * <p>Lexes the whole file, splits it into statements ({@link StatementSplitter}), parses each
 * statement on its own with the ANTLR grammar in {@code grammar/}, and builds AST records
 * ({@link AstBuilder}, {@link StatementBuilder}). A syntax error spoils only its own statement:
 * it is reported (E0001) and parsing resumes with the next one. Never throws for bad input.
 */
public final class Parser {
    private Parser() {}

    public static Program parse(SourceFile source, Diagnostics diagnostics) {
        EqLexer lexer = new EqLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        List<? extends Token> tokens = lexer.getAllTokens();
        PlainArrays.asWrappers(tokens);
        PercentSigns.check(source, diagnostics);
        List<StatementTokens> statements = new StatementSplitter(source, diagnostics).split(tokens);
        List<Statement> out = new ArrayList<>();
        StatementBuilder builder = new StatementBuilder(source, diagnostics);
        for (StatementTokens st : statements) {
            EqParser.StatementContext tree = parseStatement(source, diagnostics, BraceNotes.openOperators(st.tokens()));
            if (tree != null && DoubleScripts.check(tree, source, diagnostics)) {
                List<Expr> relations = new AstBuilder(source.text()).statement(tree);
                List<Statement> built = tree.lead != null
                        ? builder.continuation(AstBuilder.relOp(tree.lead.getStart()),
                                StatementSplitter.span(tree.lead.getStart()), relations)
                        : builder.build(relations, st.comment());
                // Definitions in a where clause come before the line that reads them, so the line stays the
                // file's main result (the last definition) as the paper means.
                int lineAt = out.size();
                out.addAll(built);
                boolean inWhere = false;
                for (StatementTokens.Tail tail : st.tails()) {
                    List<Expr> condition = tailRelations(source, tail);
                    boolean where = definesWhere(tail, condition) || inWhere && definesMore(tail, condition);
                    if (where) {
                        // \text{where} \quad \mathrm{RMS}(\mathbf{a}) = …, \text{ where } T_i = \exp(…): what the line
                        // reads, defined after it.
                        List<Statement> defined = builder.build(condition, null);
                        out.addAll(lineAt, defined);
                        lineAt += defined.size();
                        inWhere = true;
                        continue;
                    }
                    inWhere = false;
                    if (definesMore(tail, condition)) {
                        // \quad \text{and} \quad \tilde{\beta}_t := …: the line's second definition.
                        out.addAll(builder.build(condition, null));
                        continue;
                    }
                    out.add(new Statement.Condition(tail.span(), conditioned(built), tail.word(), condition));
                }
            }
        }
        return new Program(source, out);
    }

    /**
     * Whether a {@code \text{where}} (or {@code with}) tail is made of definitions: of a function,
     * {@code \mathrm{RMS}(\mathbf{a}) = …}, or of names, {@code T_i = \exp(…)}, {@code \mathbf{p}_t^{(k)} = …, \;
     * \beta = 0.9}: papers define what a line reads after it. A tail that is a range ({@code i = 1, \dots, n})
     * or a membership ({@code z \in [0, 1]}) is not.
     */
    private static boolean definesWhere(StatementTokens.Tail tail, List<Expr> condition) {
        String word = tail.word() == null ? "" : tail.word().trim().toLowerCase(java.util.Locale.ROOT);
        return (word.startsWith("where") || word.startsWith("with")) && !condition.isEmpty()
                && condition.stream().allMatch(Parser::definesNameOrFunction);
    }

    /** {@code T_i = …}, {@code \mathrm{RMS}(\mathbf{a}) = …}: one definition of a name or a function, not a chain. */
    private static boolean definesNameOrFunction(Expr e) {
        return e instanceof Expr.Relation r && r.op().isDefinition() && !(r.left() instanceof Expr.Relation)
                && !(r.right() instanceof Expr.Relation)
                && (r.left() instanceof Expr.Sym || r.left() instanceof Expr.Apply a && a.callee() instanceof Expr.Sym);
    }

    /**
     * The statement a tail conditions: the line's last definition ({@code g = 2x \qquad h_i = x_i \quad
     * \text{for } i = 1, \dots, n} ranges {@code h_i}), else its first statement.
     */
    private static Statement conditioned(List<Statement> built) {
        for (int k = built.size() - 1; k >= 0; k--) {
            if (built.get(k) instanceof Statement.Definition) {
                return built.get(k);
            }
        }
        return built.isEmpty() ? null : built.get(0);
    }

    /**
     * Whether an {@code \text{and}} tail is one or more definitions of names ({@code \hat{v}_t = … \text{ and }
     * \hat{V}_t = \mathrm{diag}(\hat{v}_t)}, DDPM's {@code \tilde{\mu}_t(…) := … \quad \text{and} \quad
     * \tilde{\beta}_t := …}): papers join the definitions of one line with a word.
     */
    private static boolean definesMore(StatementTokens.Tail tail, List<Expr> condition) {
        String word = tail.word() == null ? "" : tail.word().trim().toLowerCase(java.util.Locale.ROOT);
        return word.equals("and") && !condition.isEmpty() && condition.stream().allMatch(Parser::definesNameOrFunction);
    }

    /** The math of a condition tail, or nothing when it does not parse (it is prose then, not an error). */
    private static List<Expr> tailRelations(SourceFile source, StatementTokens.Tail tail) {
        if (tail.tokens().isEmpty()) {
            return List.of();
        }
        Diagnostics quiet = new Diagnostics();
        EqParser.StatementContext tree = parseStatement(source, quiet, tail.tokens());
        if (tree == null || quiet.hasErrors() || tree.lead != null) {
            return List.of();
        }
        return new AstBuilder(source.text()).statement(tree);
    }

    private static EqParser.StatementContext parseStatement(SourceFile source, Diagnostics diagnostics,
            List<Token> written) {
        List<Token> tokens = AbsoluteValueBars.rewrite(DivergenceSeparators.rewrite(
                ConditionWords.rewrite(written, source.text()), source.text()));
        Token last = tokens.get(tokens.size() - 1);
        int end = last.getStopIndex() + 1;
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        eof.setStartIndex(end);
        eof.setStopIndex(end - 1);
        eof.setLine(last.getLine());
        eof.setCharPositionInLine(last.getCharPositionInLine() + last.getText().length());
        List<Token> withEof = new ArrayList<>(tokens);
        withEof.add(eof);
        Span endSpan = new Span(end, end);
        Diagnostics sll = new Diagnostics();
        EqParser.StatementContext tree = attempt(source, sll, withEof, endSpan, PredictionMode.SLL);
        if (!sll.hasErrors()) {
            return tree;
        }
        // SLL can reject inputs that full LL accepts; only LL's verdict is reported.
        Diagnostics ll = new Diagnostics();
        tree = attempt(source, ll, withEof, endSpan, PredictionMode.LL);
        ll.all().forEach(diagnostics::report);
        return ll.hasErrors() ? null : tree;
    }

    private static EqParser.StatementContext attempt(SourceFile source, Diagnostics sink, List<Token> tokens,
            Span endSpan, PredictionMode mode) {
        EqParser parser = new EqParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(mode);
        parser.addErrorListener(new SyntaxErrorCollector(source, sink, endSpan));
        return parser.statement();
    }
}
