% Scalable-Softmax, Nakanishi (2025), Eq. 2: the input vector z has n elements (the context length), s a
% learnable scalar
z \in \mathbb{R}^{n}, s \in \mathbb{R}

\mathrm{SSMax}(z)_i := \frac{n^{s z_i}}{\sum_{j=1}^{n} n^{s z_j}}
