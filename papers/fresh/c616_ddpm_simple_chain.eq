% DDPM's simplified objective for one sample (Ho et al., 2020, Eq. 14), named by a middle form L(theta);
% the noise and the network's prediction are given
\epsilon, \epsilon_\theta \in \mathbb{R}^{d}

L_{\mathrm{simple}} = L(\theta) = \|\epsilon - \epsilon_\theta\|^2
