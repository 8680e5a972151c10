% The cross-entropy of a softmax at the true class y and its gradient in the logits (softmax(z) - onehot(y))
z \in \mathbb{R}^{K}, y \in \mathbb{N}

\ell(z) = -\log \mathrm{softmax}(z)_y
g = \nabla_z \ell(z)
