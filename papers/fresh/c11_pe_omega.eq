% Sinusoidal positional encoding in the \omega_k form (Vaswani et al. 2017 §3.5, as commonly
% rewritten): p_t^{(i)} = \sin(\omega_k t) if i = 2k, \cos(\omega_k t) if i = 2k+1, \omega_k = 1/10000^{2k/d}
P \in \mathbb{R}^{n \times d}
\omega \in \mathbb{R}^{d/2}

\omega_k = \frac{1}{10000^{2k/d}}
P_{t, 2k} = \sin(\omega_k t)
P_{t, 2k+1} = \cos(\omega_k t)
