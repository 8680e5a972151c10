% Common Diffusion Noise Schedules and Sample Steps are Flawed, Lin et al. (2024), Eqs. 15-18: rescaled
% classifier-free guidance; x_pos and x_neg the conditional and unconditional predictions (vectors of size d),
% \phi the rescale factor (prose)
\mathbf{x}_{\text{pos}}, \mathbf{x}_{\text{neg}} \in \mathbb{R}^{d}, w, \phi \in \mathbb{R}

\mathbf{x}_{\text{cfg}} = \mathbf{x}_{\text{neg}} + w(\mathbf{x}_{\text{pos}} - \mathbf{x}_{\text{neg}})
\sigma_{\text{pos}} = \mathrm{std}(\mathbf{x}_{\text{pos}})
\sigma_{\text{cfg}} = \mathrm{std}(\mathbf{x}_{\text{cfg}})
\mathbf{x}_{\text{rescaled}} = \mathbf{x}_{\text{cfg}} \cdot \frac{\sigma_{\text{pos}}}{\sigma_{\text{cfg}}}
\mathbf{x}_{\text{final}} = \phi \cdot \mathbf{x}_{\text{rescaled}} + (1 - \phi) \cdot \mathbf{x}_{\text{cfg}}
