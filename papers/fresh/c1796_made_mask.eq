% Germain et al. (ICML 2015), "MADE: Masked Autoencoder for Distribution Estimation", Eq. 12 (input-to-hidden
% mask), written from memory of the printing; m(k) the K hidden-unit degrees written as a vector m \in R^K (prose)
m \in \mathbb{R}^{K}

M^{\mathbf{W}}_{k,d} = 1_{m(k) \geq d} = \begin{cases} 1 & \text{if } m(k) \geq d \\ 0 & \text{otherwise} \end{cases}
