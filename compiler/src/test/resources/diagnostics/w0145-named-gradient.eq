% A named gradient: the right side is its closed form, not derived from E.
w, x \in \mathbb{R}^{d}
\nabla E(w) = w - x
% ~WARNING W0145
