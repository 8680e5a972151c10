% Logit adjustment (Menon et al. 2021): the logits f(x) are declared, and read at the label y on f's name.
f(x) \in \mathbb{R}^{L}, y \in \{1, \dots, L\}
l = -\log f_y(x)
% ~WARNING W0401
