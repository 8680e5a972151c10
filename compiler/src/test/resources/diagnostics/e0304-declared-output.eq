% The result declared with the input width, but xW has the output width.
x \in \mathbb{R}^{n \times d}, W \in \mathbb{R}^{d \times h}
y \in \mathbb{R}^{n \times d}
y = x W
% ~ERROR E0304
