% EDM, Karras et al. (2022), Algorithm 2 lines 5-6: the stochastic "churn" step raising the noise level t_i to
% \hat t_i; x_i the current sample of n pixels, epsilon_i standard normal noise (given)
\boldsymbol{x}_i, \boldsymbol{\epsilon}_i \in \mathbb{R}^{n}, t_i, \gamma_i \in \mathbb{R}

\hat{t}_i \leftarrow t_i + \gamma_i t_i
\hat{\boldsymbol{x}}_i \leftarrow \boldsymbol{x}_i + \sqrt{\hat{t}_i^2 - t_i^2} \boldsymbol{\epsilon}_i
