% the features defined element by element, then read inside a function at its parameter
\Phi \in \mathbb{R}^{n \times d}, w \in \mathbb{R}^{d}, S \in \mathbb{N}

x_s = \Phi_s
v(s, w) = w^\top x_s
% ~ERROR E0366
y = v(S, w)
