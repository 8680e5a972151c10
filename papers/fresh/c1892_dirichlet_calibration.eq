% Beyond temperature scaling: Dirichlet calibration, Kull et al. (2019), Sec. 3 (the Dirichlet calibration map in
% its linear parametrisation), from memory of the printing: q the uncalibrated class probabilities of one sample,
% ln applied element-wise, sigma the softmax (prose: "sigma is the softmax"); the declaration says so
\mathbf{q} \in \mathbb{R}^{k}, \mathbf{W} \in \mathbb{R}^{k \times k}, \mathbf{b} \in \mathbb{R}^{k}, \sigma = \mathrm{softmax}

\hat{\boldsymbol{\mu}}_{DirL}(\mathbf{q}; \mathbf{W}, \mathbf{b}) = \sigma(\mathbf{W} \ln \mathbf{q} + \mathbf{b})
