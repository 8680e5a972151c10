% StableMax, Prieto et al. (ICLR 2025), "Grokking at the Edge of Numerical Stability", Eqs. 5-6, from memory of the
% printing; x the n logits (prose)
x \in \mathbb{R}^{n}

s(x) = \begin{cases} x + 1 & \text{if } x \geq 0 \\ \frac{1}{1 - x} & \text{if } x < 0 \end{cases}
\mathrm{StableMax}(x_i) = \frac{s(x_i)}{\sum_j s(x_j)}
