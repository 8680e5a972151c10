% JAX, jax.nn.softmax (docstring): the left-hand side does not carry the index the right-hand side reads
x \in \mathbb{R}^{n}
\mathrm{softmax}(x) = \frac{\exp(x_i)}{\sum_j \exp(x_j)}
% ~WARNING W0464
