% Lilian Weng, "Contrastive Representation Learning" (2021), BERT-whitening (Su et al. 2021) as printed there: the N
% sentence embeddings x_i are row vectors
\mathbf{x} \in \mathbb{R}^{N \times d}

\mu = \frac{1}{N}\sum_{i=1}^N \mathbf{x}_i
\Sigma = \frac{1}{N}\sum_{i=1}^N (\mathbf{x}_i - \mu)^\top (\mathbf{x}_i - \mu)
