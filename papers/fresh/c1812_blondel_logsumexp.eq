% Blondel & Roulet, The Elements of Differentiable Programming (2024), Sec. 4.? (log-sum-exp and its gradient, the
% softargmax), from memory of the printing: bold \bm{u} the vector, u_j its entries, := for definitions; M from the prose
\bm{u} \in \mathbb{R}^{M}

\mathrm{logsumexp}(\bm{u}) := \log \sum_{j=1}^{M} \exp(u_j)
\mathrm{softargmax}(\bm{u}) := \frac{\exp(\bm{u})}{\sum_{j=1}^{M} \exp(u_j)}
