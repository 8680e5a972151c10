% BitNet b1.58, Ma et al. (2024), Eqs. 1-3 (absmean ternary quantisation), pasted from the printing
W \in \mathbb{R}^{n \times m}, \epsilon = 0.00001

\widetilde{W} = \mathrm{RoundClip}(\frac{W}{\gamma + \epsilon}, -1, 1),
\mathrm{RoundClip}(x, a, b) = \max(a, \min(b, \mathrm{round}(x))),
\gamma = \frac{1}{nm} \sum_{ij} |W_{ij}|.
