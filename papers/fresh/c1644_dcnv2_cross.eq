% DCN V2, Wang et al. (2021), Eq. 1 (cross layer), pasted from the printing
\mathbf{x}_0, \mathbf{x}_l, \mathbf{b}_l \in \mathbb{R}^{d}, W_l \in \mathbb{R}^{d \times d}

\mathbf{x}_{l+1} = \mathbf{x}_0 \odot (W_l \mathbf{x}_l + \mathbf{b}_l) + \mathbf{x}_l
