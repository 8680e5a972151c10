% A sum up to \sqrt{n}: the upper limit must be a dimension or a number.
x \in \mathbb{R}^{n}
s = \sum_{k=1}^{\sqrt{n}} x_k
% ~ERROR E0304
