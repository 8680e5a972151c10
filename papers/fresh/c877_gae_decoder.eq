% Variational graph auto-encoders, Kipf & Welling (2016), the inner-product decoder of the (non-probabilistic)
% graph auto-encoder: Z the n x f latent node embeddings (given), sigma the logistic sigmoid (prose)
\mathbf{Z} \in \mathbb{R}^{n \times f}

\hat{\mathbf{A}} = \sigma(\mathbf{Z}\mathbf{Z}^\top)
