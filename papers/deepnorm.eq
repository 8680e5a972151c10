% DeepNet, Wang et al. (2022), Eq. 4 (labml's DeepNorm): x_{l+1} = LN(alpha x_l + G_l(x_l, theta_l)), the
% post-LN residual with the shortcut up-weighted by alpha; G_l is the l-th sub-layer with its parameters
% theta_l, not written out (an input of the file). alpha = (2N)^{1/4} for an N-layer encoder, N = 6.
x_l \in \mathbb{R}^{n \times d}, \alpha = 1.5651

x_{l+1} = \mathop{LN}\Big(\alpha x_l + \mathop{G}_l\big(x_l, \theta_l\big)\Big)
