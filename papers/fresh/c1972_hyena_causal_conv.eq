% Hyena Hierarchy: Towards Larger Convolutional Language Models, Poli et al. (ICML 2023), Sec. 2 (from memory):
% the causal long convolution of the input u with the filter h over a length-L sequence (h_t = 0 for t < 0 in the
% prose); u and h declared as length-L vectors from the prose
u, h \in \mathbb{R}^{L}

y_t = (h * u)_t = \sum_{n=0}^{L-1} h_{t-n} u_n
