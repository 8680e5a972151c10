% Empirical HSIC, Gretton et al. (2005), Def. 2: \mathrm{HSIC} = (m-1)^{-2}\,\mathrm{tr}(KHLH), H = I - \frac{1}{m}\mathbf{1}\mathbf{1}^\top
K, L, I \in \mathbb{R}^{m \times m}

H = I - \frac{1}{m}\mathbf{1}\mathbf{1}^\top
\mathrm{HSIC} = (m-1)^{-2}\,\mathrm{tr}(KHLH)
