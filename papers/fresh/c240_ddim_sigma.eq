% DDIM, Song, Meng & Ermon (2021), Eq. 16 written for consecutive steps (tau_i = i); alpha_{1:T} the
% noise schedule (prose: alpha_t in (0, 1], alpha_0 := 1)
\alpha \in \mathbb{R}^{T}, \eta \in \mathbb{R}

\sigma_t = \eta \sqrt{(1 - \alpha_{t-1})/(1 - \alpha_t)} \sqrt{1 - \alpha_t/\alpha_{t-1}}
