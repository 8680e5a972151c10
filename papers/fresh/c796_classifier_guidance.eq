% Diffusion Models Beat GANs on Image Synthesis, Dhariwal & Nichol (2021), Algorithm 1: the mean of the
% guided sampling step; the classifier p_\phi(y|x_t) = softmax(W x_t)_y is a linear stand-in (helper)
x_t, \mu \in \mathbb{R}^{d}, \Sigma \in \mathbb{R}^{d \times d}, W \in \mathbb{R}^{K \times d}, y \in \{1, \ldots, K\}, s \in \mathbb{R}

p_\phi(y|x_t) = \mathrm{softmax}(W x_t)_y
\tilde{\mu} = \mu + s\Sigma \nabla_{x_t} \log p_\phi(y|x_t)
