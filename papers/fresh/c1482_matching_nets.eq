% Matching networks, Vinyals et al. (2016), Eqs. 1-2 as printed (from memory of the printing): the attention
% kernel a, a softmax over the cosine distance c of the embeddings; f(hat x) the query's embedding and g(x_i) the
% k support embeddings (given, as rows), y_i the support labels one-hot over C classes
f(\hat{x}) \in \mathbb{R}^{m}, g(x) \in \mathbb{R}^{k \times m}, y \in \mathbb{R}^{k \times C}

c(u, v) = \frac{u \cdot v}{\|u\| \|v\|}
a(\hat{x}, x_i) = e^{c(f(\hat{x}), g(x_i))} / \sum_{j=1}^{k} e^{c(f(\hat{x}), g(x_j))}
\hat{y} = \sum_{i=1}^{k} a(\hat{x}, x_i) y_i
