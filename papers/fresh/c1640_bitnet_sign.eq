% BitNet, Wang et al. (2023), Eqs. 1-3 (binarised weights), pasted from the printing; note Sign(0) = -1 here
W \in \mathbb{R}^{n \times m}

\widetilde{W} = \text{Sign}(W - \alpha),
\text{Sign}(W_{ij}) = \begin{cases} +1, & \text{if } W_{ij} > 0, \\ -1, & \text{if } W_{ij} \leq 0, \end{cases}
\alpha = \frac{1}{nm} \sum_{ij} W_{ij}
