% A shape after an element-wise definition: one element's or the whole result's? Not checked.
x \in \mathbb{R}^{n}
y_i = 2 x_i \in \mathbb{R}
% ~WARNING W0131
