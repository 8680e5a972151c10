% Numerically sensitive forms as printed: softmax with e^{}, temperature-scaled, and BCE on logits written with \sigma
z \in \mathbb{R}^{n}, \tau \in \mathbb{R}, x, y \in \mathbb{R}^{m}

p_i = \frac{e^{z_i/\tau}}{\sum_{j=1}^{n} e^{z_j/\tau}}
\ell = -\frac{1}{m}\sum_{k=1}^{m} \left[ y_k \log \sigma(x_k) + (1 - y_k) \log(1 - \sigma(x_k)) \right]
H = -\sum_{i=1}^{n} p_i \log p_i
