% Liu et al. (NeurIPS 2020), "Simple and Principled Uncertainty Estimation ... (SNGP)", Eq. 9 (Laplace posterior
% precision), written from memory of the printing; Phi_i the random-feature rows, Phi \in R^{N x D_L}, \hat{p} \in R^N
\Phi \in \mathbb{R}^{N \times D_L}, \hat{p} \in \mathbb{R}^{N}

\widehat{\Sigma}^{-1} = \mathbf{I} + \sum_{i=1}^{N} \hat{p}_i (1 - \hat{p}_i) \Phi_i \Phi_i^\top
