% An attention free transformer, Zhai et al. (2021), Eq. 2 (AFT-full): \sigma_q the sigmoid (prose), Q, K, V the
% T x d projections, w \in R^{T x T} the learned pair-wise position biases
Q, K, V \in \mathbb{R}^{T \times d}, w \in \mathbb{R}^{T \times T}

\sigma_q(x) = \mathrm{sigmoid}(x)
Y_t = \sigma_q(Q_t) \odot \frac{\sum_{t'=1}^{T} \exp(K_{t'} + w_{t,t'}) \odot V_{t'}}{\sum_{t'=1}^{T} \exp(K_{t'} + w_{t,t'})}
