% Scaling Rectified Flow Transformers (SD3), Esser et al. (ICML 2024), Eqs. 1-3 and the rectified-flow loss (from
% memory), over a minibatch: sample i has its own time t_i, data x_0^{(i)} and noise \epsilon^{(i)}; the network's
% velocity at the interpolated point given as a B x D table (prose); z_t = (1 - t) x_0 + t \epsilon
\mathbf{x}_0, \boldsymbol{\epsilon}, v_\Theta(z_t, t) \in \mathbb{R}^{B \times D}, t \in \mathbb{R}^{B}

z_t = (1 - t) \mathbf{x}_0 + t \boldsymbol{\epsilon}
\mathcal{L} = \frac{1}{B} \sum_{i=1}^{B} \left\| v_\Theta(z_t, t)_i - (\boldsymbol{\epsilon}_i - \mathbf{x}_{0,i}) \right\|_2^2
