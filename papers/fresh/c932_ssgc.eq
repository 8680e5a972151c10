% Zhu & Koniusz (2021), Simple Spectral Graph Convolution (S^2GC), Eq. 7: the averaged Markov diffusion
% \hat{X} = \frac{1}{K}\sum_{k=1}^{K}((1-\alpha)\tilde{T}^k X + \alpha X)
\tilde{T} \in \mathbb{R}^{n \times n}, X \in \mathbb{R}^{n \times d}, \alpha = 0.05, K = 4

\hat{X} = \frac{1}{K}\sum_{k=1}^{K}\left((1-\alpha)\tilde{T}^k X + \alpha X\right)
