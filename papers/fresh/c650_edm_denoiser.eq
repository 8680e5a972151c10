% EDM, Karras et al. (2022), Eq. 7 with the preconditioning of Table 1: the denoiser from the raw network's
% output (given at its scaled input)
\boldsymbol{x}, F_\theta\big(c_{\text{in}}(\sigma)\,\boldsymbol{x}; c_{\text{noise}}(\sigma)\big) \in \mathbb{R}^{D}, \sigma \in \mathbb{R}, \sigma_{\text{data}} = 0.5

c_{\text{skip}}(\sigma) = \sigma_{\text{data}}^2 / (\sigma^2 + \sigma_{\text{data}}^2)
c_{\text{out}}(\sigma) = \sigma \cdot \sigma_{\text{data}} / \sqrt{\sigma_{\text{data}}^2 + \sigma^2}
D_\theta(\boldsymbol{x}; \sigma) = c_{\text{skip}}(\sigma)\,\boldsymbol{x} + c_{\text{out}}(\sigma)\,F_\theta\big(c_{\text{in}}(\sigma)\,\boldsymbol{x}; c_{\text{noise}}(\sigma)\big)
