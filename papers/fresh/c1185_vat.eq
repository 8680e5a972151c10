% Virtual adversarial training, Miyato et al. (2018), Eq. 13: the adversarial perturbation along the gradient g
% (given) of the input's size I, epsilon the norm constraint
g \in \mathbb{R}^{I}, \epsilon \in \mathbb{R}

\boldsymbol{r}_{\mathrm{vadv}} \approx \epsilon \frac{g}{\|g\|_2}
