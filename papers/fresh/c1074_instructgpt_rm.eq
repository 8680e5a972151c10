% Training language models to follow instructions (InstructGPT), Ouyang et al. (2022), Eq. 1: the reward
% model loss over the comparisons of a batch; r_\theta(x, y_w), r_\theta(x, y_l) given per comparison and K
% the number of responses ranked per prompt (prose)
r_\theta(x, y_w), r_\theta(x, y_l) \in \mathbb{R}^{B}, K \in \mathbb{N}

\operatorname{loss}(\theta) = -\frac{1}{\binom{K}{2}} E_{(x, y_w, y_l) \sim D}\left[\log\left(\sigma\left(r_\theta(x, y_w) - r_\theta(x, y_l)\right)\right)\right]
