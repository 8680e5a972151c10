% Resurrecting Recurrent Neural Networks for Long Sequences (LRU), Orvieto et al. (ICML 2023), Sec. 3.3-3.4
% (from memory): the stable exponential parametrisation of the eigenvalue modulus, |lambda_j| = exp(-exp(nu_j)), and the
% normalisation factor gamma_j; nu^{log} the N log-parameters (declared from the prose)
\nu^{\log} \in \mathbb{R}^{N}

|\lambda_j| = \exp(-\exp(\nu^{\log}_j))
\gamma_j = (1 - |\lambda_j|^2)^{1/2}
