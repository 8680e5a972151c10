% Kingma et al. (NeurIPS 2016), "Improved Variational Inference with Inverse Autoregressive Flow", Appendix C
% (free bits), the KL term, written from memory with the minibatch expectation as a mean; D \in R^{M x K} the
% per-example KL of each of the K latent groups (prose)
D \in \mathbb{R}^{M \times K}

\mathcal{L}_{KL} = \sum_{j=1}^{K} \max\left(\lambda, \frac{1}{M} \sum_{m=1}^{M} D_{m,j}\right)
