% Score-based generative modeling through SDEs, Song et al. (2021), Sec. 3.4 (VE SMLD noise scales):
% sigma_i = sigma_min (sigma_max / sigma_min)^{(i-1)/(N-1)}, i = 1, ..., N
\sigma_i = \sigma_{\min} \left(\frac{\sigma_{\max}}{\sigma_{\min}}\right)^{\frac{i-1}{N-1}}, \quad i = 1, \dots, N
