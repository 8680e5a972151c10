% Wikipedia, "Hinge loss" as printed: t the intended output (+1 or -1), y the raw classifier score, both scalars
% (prose: "For an intended output t = ±1 and a classifier score y"). Printing as remembered (not fetched).
% (Declared as vectors of n samples instead, `t \cdot y` is the dot product, W0102 says so.)
t, y \in \mathbb{R}

\ell(y) = \max(0, 1-t \cdot y)
