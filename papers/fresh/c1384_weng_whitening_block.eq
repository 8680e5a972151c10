% Lilian Weng, "Contrastive Representation Learning" (2021), BERT-whitening (Su et al. 2021) pasted as the whole
% aligned block prints it (less the identity it states): the N sentence embeddings x_i are row vectors
\mathbf{x} \in \mathbb{R}^{N \times d}, W \in \mathbb{R}^{d \times d}

\mu = \frac{1}{N}\sum_{i=1}^N \mathbf{x}_i \quad \Sigma = \frac{1}{N}\sum_{i=1}^N (\mathbf{x}_i - \mu)^\top (\mathbf{x}_i - \mu)
\tilde{\mathbf{x}}_i = (\mathbf{x}_i - \mu)W
