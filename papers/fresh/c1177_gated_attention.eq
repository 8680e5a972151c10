% Gated attention, Qiu et al. (2025), Eq. 5: the SDPA output Y (n tokens by d_k) gated elementwise by a sigmoid of
% the pre-norm hidden states X (n by d_model)
Y \in \mathbb{R}^{n \times d_k}, X \in \mathbb{R}^{n \times d_{model}}, W_\theta \in \mathbb{R}^{d_{model} \times d_k}

Y' = Y \odot \sigma(X W_\theta)
