package dev.eqc.compiler.parse;

import java.util.List;
import org.antlr.v4.runtime.Token;

/** The tokens of one statement, after the presentational ones were dropped, and its comment. */
record StatementTokens(List<Token> tokens, String comment) {
    StatementTokens {
        tokens = List.copyOf(tokens);
    }
}
