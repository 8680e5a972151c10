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
        List<StatementTokens> statements = new StatementSplitter(source, diagnostics).split(tokens);
        List<Statement> out = new ArrayList<>();
        StatementBuilder builder = new StatementBuilder(source, diagnostics);
        for (StatementTokens st : statements) {
            EqParser.StatementContext tree = parseStatement(source, diagnostics, st.tokens());
            if (tree != null && DoubleScripts.check(tree, source, diagnostics)) {
                List<Expr> relations = new AstBuilder(source.text()).statement(tree);
                if (tree.lead != null) {
                    out.addAll(builder.continuation(AstBuilder.relOp(tree.lead.getStart()),
                            StatementSplitter.span(tree.lead.getStart()), relations));
                } else {
                    out.addAll(builder.build(relations, st.comment()));
                }
            }
        }
        return new Program(source, out);
    }

    private static EqParser.StatementContext parseStatement(SourceFile source, Diagnostics diagnostics,
            List<Token> tokens) {
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
