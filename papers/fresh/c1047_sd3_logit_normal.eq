% Scaling rectified flow transformers (Stable Diffusion 3), Esser et al. (2024), Eq. 19: the logit-normal
% density of the timestep t, with logit(t) = log(t/(1-t)) (prose)
t, m, s \in \mathbb{R}

\pi_{\text{ln}}(t; m, s) = \frac{1}{s\sqrt{2\pi}} \frac{1}{t(1-t)} \exp\left(-\frac{(\text{logit}(t) - m)^2}{2s^2}\right)
