package dev.eqc.compiler.resolve;

import java.util.Set;

/** The LaTeX commands that are letters, and so can be names ({@code \gamma}, {@code \ell}). */
public final class GreekLetters {
    private static final Set<String> LETTERS = Set.of(
            "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta",
            "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho", "sigma", "varsigma",
            "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda",
            "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega", "ell", "imath", "jmath", "hbar");

    private GreekLetters() {}

    public static boolean isLetter(String command) {
        return command.startsWith("\\") && LETTERS.contains(command.substring(1));
    }
}
