% Score-based generative modeling through SDEs, Song et al. (2021), Eq. 29-31: the VE SDE's noise scale and a
% draw from its perturbation kernel N(x(0), [sigma^2(t) - sigma^2(0)] I) with the standard normal draw z given
\mathbf{x}(0), \mathbf{z} \in \mathbb{R}^{d}, t, \sigma_{\min}, \sigma_{\max} \in \mathbb{R}

\sigma(t) = \sigma_{\min} \left(\frac{\sigma_{\max}}{\sigma_{\min}}\right)^t
\mathbf{x}(t) = \mathbf{x}(0) + \sqrt{\sigma^2(t) - \sigma^2(0)} \, \mathbf{z}
