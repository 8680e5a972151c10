% Softpick, Zuhri et al. (2025), Eq. 2: a rectified, not-sum-to-one replacement for softmax over a vector x of N
% scores
x \in \mathbb{R}^{N}, \epsilon \in \mathbb{R}

\mathrm{Softpick}(x)_i = \frac{\mathrm{ReLU}(e^{x_i} - 1)}{\sum_{j=1}^{N} |e^{x_j} - 1| + \epsilon}
