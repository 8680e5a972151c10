% JAX API docs, jax.nn.softmax (docstring) as printed (from memory of the printing): x the input array, here one
% vector of n logits
x \in \mathbb{R}^{n}

\mathrm{softmax}(x) = \frac{\exp(x_i)}{\sum_j \exp(x_j)}
