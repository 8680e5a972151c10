% EDM, Karras et al. (2022), Eq. 7: the denoiser from the raw network F_theta; the scalings at sigma and
% F_theta's output (a vector of the data's size) are given (prose, Table 1)
\boldsymbol{x}, F_\theta(c_{\text{in}}(\sigma)\boldsymbol{x}; c_{\text{noise}}(\sigma)) \in \mathbb{R}^{d}, c_{\text{skip}}(\sigma), c_{\text{out}}(\sigma) \in \mathbb{R}

D_\theta(\boldsymbol{x}; \sigma) = c_{\text{skip}}(\sigma)\,\boldsymbol{x} + c_{\text{out}}(\sigma)\,F_\theta\big(c_{\text{in}}(\sigma)\,\boldsymbol{x}; c_{\text{noise}}(\sigma)\big)
