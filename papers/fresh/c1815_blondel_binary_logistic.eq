% Blondel & Roulet (2024), Sec. 3.? (binary logistic loss through the softplus), from memory of the printing;
% y \in \{0, 1\} the label, \theta the logit
\theta \in \mathbb{R}, y \in \{0, 1\}

\mathrm{softplus}(u) := \log(1 + \exp(u))
\ell(\theta, y) := \mathrm{softplus}(\theta) - \theta y
