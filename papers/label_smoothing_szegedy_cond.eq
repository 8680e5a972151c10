% Szegedy et al. (2016), §7: the general form, the label distribution conditioned on the example x,
% with the prior u(k) = 1/K written as a helper
y \in \mathbb{N}, \epsilon \in \mathbb{R}, q' \in \mathbb{R}^{K}

u(k) = \frac{1}{K}
q'(k|x) = (1 - \epsilon)\delta_{k,y} + \epsilon u(k)
