% Score-based generative modeling through SDEs, Song et al. (2021), Sec. 3.4 / App. C: the VE SDE's
% noise scale at time t in [0, 1]
\sigma(t) = \sigma_{\min} \left(\frac{\sigma_{\max}}{\sigma_{\min}}\right)^t
