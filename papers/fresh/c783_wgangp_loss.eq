% Improved training of Wasserstein GANs, Gulrajani et al. (2017), Algorithm 1, line 7: the critic loss
% for one sample; the critic D(x) = w^\top \tanh(Vx) is a stand-in (helper)
x, \tilde{x}, \hat{x} \in \mathbb{R}^{d}, V \in \mathbb{R}^{h \times d}, w \in \mathbb{R}^{h}, \lambda \in \mathbb{R}

D_w(x) = w^\top \tanh(Vx)
L^{(i)} \leftarrow D_w(\tilde{x}) - D_w(x) + \lambda(\|\nabla_{\hat{x}} D_w(\hat{x})\|_2 - 1)^2
