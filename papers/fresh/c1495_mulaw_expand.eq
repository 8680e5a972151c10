% mu-law expansion (the inverse of the companding WaveNet uses), as Wikipedia's "mu-law algorithm" prints it (from
% memory of the printing); y the T companded values in (-1, 1), mu = 255
y \in \mathbb{R}^{T}, \mu \in \mathbb{R}

F^{-1}(y) = \operatorname{sgn}(y) \frac{1}{\mu} \left( (1 + \mu)^{|y|} - 1 \right)
