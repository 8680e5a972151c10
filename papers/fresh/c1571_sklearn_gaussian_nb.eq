% scikit-learn user guide, 1.9.1 Gaussian Naive Bayes as printed (from memory of the printing): the likelihood of
% feature i of a sample x given the class y; mu_y and sigma_y the class's per-feature means and standard
% deviations (prose: "the parameters sigma_y and mu_y are estimated using maximum likelihood")
x, \mu_y, \sigma_y \in \mathbb{R}^{n}

P(x_i \mid y) = \frac{1}{\sqrt{2\pi\sigma^2_y}} \exp\left(-\frac{(x_i - \mu_y)^2}{2\sigma^2_y}\right)
