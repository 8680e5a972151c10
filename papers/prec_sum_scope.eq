% Reading rule: a sum extends over the product that follows it, not over a following "+": the
% perceptron's \sum_i w_i x_i + b is (\sum_i w_i x_i) + b
w, x \in \mathbb{R}^{d}, b \in \mathbb{R}

y = \sum_i w_i x_i + b
