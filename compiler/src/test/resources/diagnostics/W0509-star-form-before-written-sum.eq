% a form with * between tensors, then the convolution written out: computed from the written-out form
u, h \in \mathbb{R}^{L}

y_t = (h * u)_t = \sum_{n=0}^{t} h_{t-n} u_n
% ~WARNING W0509
% ~WARNING W0170
% ~WARNING W0170
