% Planar flow, Rezende & Mohamed (2015), Eq. 10-12, with h = tanh substituted as the paper says in prose
% (h' = 1 - tanh^2)
z, u, w \in \mathbb{R}^{D}, b \in \mathbb{R}

f(z) = z + u \tanh(w^\top z + b)
\psi(z) = (1 - \tanh^2(w^\top z + b)) w
\mathrm{logdet} = \log\left|1 + u^\top \psi(z)\right|
