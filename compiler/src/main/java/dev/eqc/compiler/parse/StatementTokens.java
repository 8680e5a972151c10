package dev.eqc.compiler.parse;

import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The tokens of one statement, after the presentational ones were dropped, and its comment.
 * {@code tails} are the prose-led conditions cut off its end ({@code \quad \text{for } i = 1, \dots, n}).
 */
record StatementTokens(List<Token> tokens, String comment, List<Tail> tails) {
    StatementTokens {
        tokens = List.copyOf(tokens);
        tails = List.copyOf(tails);
    }

    /** A condition tail: the prose that led it ({@code for all}, {@code where}), its span, and the math after it. */
    record Tail(String word, dev.eqc.compiler.source.Span span, List<Token> tokens) {
        Tail {
            tokens = List.copyOf(tokens);
        }
    }
}
