package dev.eqc.compiler.ast;

/** How a name-like atom was spelled; it decides which naming rules apply (SPEC 2.3). */
public enum SymKind {
    /** Plain letters; a run of several may be one name or a product of letters. */
    LETTERS,
    /** A control word: {@code \gamma}, {@code \exp}, {@code \sum}, {@code \top}. */
    COMMAND,
    /** {@code \mathrm{…}}, {@code \operatorname{…}}, {@code \text{…}}: one multi-letter name. */
    WORD,
    /** {@code \mathcal{L}}. */
    CAL,
    /** {@code \mathbb{R}}. */
    BB,
    /** {@code \mathscr{L}}. */
    SCR,
    /** {@code \mathfrak{g}}. */
    FRAK
}
