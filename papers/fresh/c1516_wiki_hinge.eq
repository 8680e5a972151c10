% Wikipedia, "Hinge loss" as printed: t the n intended outputs (+1 or -1), y the n raw classifier scores (prose).
% Printing as remembered (not fetched).
t, y \in \mathbb{R}^{n}

\ell(y) = \max(0, 1-t \cdot y)
