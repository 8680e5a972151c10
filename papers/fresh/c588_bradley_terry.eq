% InstructGPT, Ouyang et al. (2022), Eq. 1 (K = 2, one comparison per prompt): the reward model's loss over
% a batch of B comparisons; the rewards r_theta(x, y_w), r_theta(x, y_l) are given per comparison
r_\theta(x, y_w), r_\theta(x, y_l) \in \mathbb{R}^{B}, K = 2

\operatorname{loss}(\theta) = -\frac{1}{\binom{K}{2}} E_{(x, y_w, y_l) \sim D}\left[\log\left(\sigma\left(r_\theta(x, y_w) - r_\theta(x, y_l)\right)\right)\right]
