% Common diffusion noise schedules and sample steps are flawed, Lin et al. (2024), Eqs. 15-18: classifier-free
% guidance rescaled to the standard deviation of the positive prediction (one sample, flattened to D values)
x_{\text{pos}}, x_{\text{neg}} \in \mathbb{R}^{D}, w, \phi \in \mathbb{R}

x_{\text{cfg}} = x_{\text{neg}} + w(x_{\text{pos}} - x_{\text{neg}})
\sigma_{\text{pos}} = \text{std}(x_{\text{pos}})
\sigma_{\text{cfg}} = \text{std}(x_{\text{cfg}})
x_{\text{rescaled}} = x_{\text{cfg}} \cdot \frac{\sigma_{\text{pos}}}{\sigma_{\text{cfg}}}
x_{\text{final}} = \phi \cdot x_{\text{rescaled}} + (1 - \phi) \cdot x_{\text{cfg}}
