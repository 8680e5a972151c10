% Consistency models, Song et al. (2023), Eq. 3 and Appendix C: the skip parameterisation with
% c_skip and c_out; the network's output F_theta(x, t) is given
\mathbf{x}, F_\theta(\mathbf{x}, t) \in \mathbb{R}^{D}, t \in \mathbb{R}, \sigma_{\text{data}} = 0.5, \epsilon = 0.002

c_{\text{skip}}(t) = \frac{\sigma_{\text{data}}^2}{(t - \epsilon)^2 + \sigma_{\text{data}}^2}
c_{\text{out}}(t) = \frac{\sigma_{\text{data}}(t - \epsilon)}{\sqrt{\sigma_{\text{data}}^2 + t^2}}
f_\theta(\mathbf{x}, t) = c_{\text{skip}}(t)\mathbf{x} + c_{\text{out}}(t)F_\theta(\mathbf{x}, t)
