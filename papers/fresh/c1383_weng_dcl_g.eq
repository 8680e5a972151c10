% Lilian Weng, "Contrastive Representation Learning" (2021), debiased contrastive learning's negative term (Chuang et
% al. 2020) as printed there: N samples u_i from p and M positives v_i, their embeddings the rows of f(u) and f(v)
f(\mathbf{x}) \in \mathbb{R}^{d}, f(\mathbf{u}) \in \mathbb{R}^{N \times d}, f(\mathbf{v}) \in \mathbb{R}^{M \times d}, \eta^+, \eta^-, \tau \in \mathbb{R}

g(\mathbf{x}, \{\mathbf{u}_i\}^N_{i=1}, \{\mathbf{v}_i\}_{i=1}^M) = \max\Big\{ \frac{1}{\eta^-}\Big( \frac{1}{N}\sum_{i=1}^N \exp(f(\mathbf{x})^\top f(\mathbf{u}_i)) - \frac{\eta^+}{M}\sum_{i=1}^M \exp(f(\mathbf{x})^\top f(\mathbf{v}_i)) \Big), \exp(-1/\tau) \Big\}
