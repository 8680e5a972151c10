% Improved deep metric learning with multi-class N-pair loss, Sohn (2016), Eq. 3
f, f^+ \in \mathbb{R}^{d}, f_i \in \mathbb{R}^{(N-1) \times d}

\mathcal{L} = \log\left(1 + \sum_{i=1}^{N-1} \exp(f^\top f_i - f^\top f^+)\right)
