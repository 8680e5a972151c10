% A paper's macro \softmax used as if LaTeX knew it.
z \in \mathbb{R}^{n}
p = \softmax(z)
% ~ERROR E0101
