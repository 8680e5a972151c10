% E0384: a name declared with a sum's letter as its subscript, read whole under the sum with no limit
x_i \in \mathbb{R}^{d}, y \in \mathbb{R}^{n}

b = \sum_{i} x_i y_i
% ~ERROR E0384
