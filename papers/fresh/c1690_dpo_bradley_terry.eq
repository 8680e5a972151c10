% Direct Preference Optimization, Rafailov et al. (2023), Eq. 1: the Bradley-Terry preference distribution of two
% completions y_1, y_2 of a prompt x under the latent reward r^* (from memory of the printing); the rewards of the
% two completions are numbers (prose: "some latent reward model r^*(y, x)"), declared as given
r^*(x, y_1), r^*(x, y_2) \in \mathbb{R}

p^*(y_1 \succ y_2 \mid x) = \frac{\exp\left(r^*(x, y_1)\right)}{\exp\left(r^*(x, y_1)\right) + \exp\left(r^*(x, y_2)\right)}
