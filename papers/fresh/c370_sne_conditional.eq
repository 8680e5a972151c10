% Stochastic neighbor embedding, as in t-SNE (van der Maaten & Hinton 2008), Eq. 1 with one bandwidth
% sigma for every point; x_i the rows of X (prose)
x \in \mathbb{R}^{n \times d}, \sigma \in \mathbb{R}

p_{j|i} = \frac{\exp(-\|x_i - x_j\|^2 / 2\sigma^2)}{\sum_{k=1, k \neq i}^{n} \exp(-\|x_i - x_k\|^2 / 2\sigma^2)}
