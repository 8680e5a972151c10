% Consistency Models, Song et al. (2023), Eq. 5 and Appendix C: the skip/out parameterisation that makes
% f_\theta(x, \epsilon) = x; F_\theta(x, t) the free-form network's output at (x, t), given (prose)
\mathbf{x}, F_\theta(\mathbf{x}, t) \in \mathbb{R}^{d}, t, \epsilon \in \mathbb{R}, \sigma_{\text{data}} = 0.5

f_\theta(\mathbf{x}, t) = c_{\text{skip}}(t)\mathbf{x} + c_{\text{out}}(t) F_\theta(\mathbf{x}, t)
c_{\text{skip}}(t) = \frac{\sigma_{\text{data}}^2}{(t - \epsilon)^2 + \sigma_{\text{data}}^2}
c_{\text{out}}(t) = \frac{\sigma_{\text{data}}(t - \epsilon)}{\sqrt{\sigma_{\text{data}}^2 + t^2}}
