% Sun et al. (2023), RetNet, Eq. 5 (parallel retention), pasted from the printing; shapes from prose
Q, K, V \in \mathbb{R}^{|x| \times d}, \gamma \in \mathbb{R}

D_{nm} = \begin{cases} \gamma^{n-m}, & n \geq m \\ 0, & n < m \end{cases}
\mathrm{Retention}(X) = (QK^\intercal \odot D) V
