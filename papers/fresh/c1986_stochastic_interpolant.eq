% Stochastic Interpolants: A Unifying Framework for Flows and Diffusions, Albergo, Boffi & Vanden-Eijnden (2023),
% Eq. 2.1 with the linear interpolant and gamma(t) = sqrt(2t(1-t)) of Sec. 3 (from memory); x_0, x_1, z in R^d (prose)
x_0, x_1, z \in \mathbb{R}^{d}, t \in \mathbb{R}

\gamma(t) = \sqrt{2t(1-t)}
x_t = (1-t) x_0 + t x_1 + \gamma(t) z
