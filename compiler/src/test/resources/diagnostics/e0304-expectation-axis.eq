% An expectation over the batch axis m of an input that has no axis m.
x \in \mathbb{R}^{n \times d}, y \in \mathbb{R}^{m}
\bar{x} = \mathbb{E}_m[x]
% ~ERROR E0304
