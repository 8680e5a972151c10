% Planar flow, Rezende & Mohamed (2015), Eq. 10-12 with h = tanh
z, u, w \in \mathbb{R}^{D}, b \in \mathbb{R}

f(z) = z + u h(w^\top z + b)
\psi(z) = h'(w^\top z + b) w
\log\det = \log\left|1 + u^\top \psi(z)\right|
