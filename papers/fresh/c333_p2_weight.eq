% Perception prioritized training (P2 weighting), Choi et al. (2022), Eq. 8
\mathrm{SNR} \in \mathbb{R}^{T}, k, \gamma \in \mathbb{R}

\lambda'_t = \frac{1}{(k + \mathrm{SNR}(t))^\gamma}
