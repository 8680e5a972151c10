% A linear layer whose bias was declared with the input width instead of the output width.
x \in \mathbb{R}^{n \times d_{in}}, W \in \mathbb{R}^{d_{in} \times d_{out}}, b \in \mathbb{R}^{d_{in}}
y = x W + b
% ~ERROR E0302
