% AWAC, Nair et al. (2020), Eq. 13 over a batch of B transitions: the actor's weighted log-likelihood with the
% critic's advantages A^{\pi_k}(s, a); log-probabilities and advantages given per sample (prose)
\log \pi_\theta(a_i | s_i), A^{\pi_k}(s_i, a_i) \in \mathbb{R}^{B}, \lambda \in \mathbb{R}

\mathcal{L}(\theta) = \frac{1}{B} \sum_{i=1}^{B} \log \pi_\theta(a_i | s_i) \exp\left(\frac{1}{\lambda} A^{\pi_k}(s_i, a_i)\right)
