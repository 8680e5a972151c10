% Qiu et al. (2025), Gated Attention for LLMs, Eq. 5 (SDPA output gate), pasted from the printing; shapes from prose
Y \in \mathbb{R}^{n \times d}, X \in \mathbb{R}^{n \times d_m}, W_\theta \in \mathbb{R}^{d_m \times d}

Y' = Y \odot \sigma(X W_\theta)
