% Murphy, Probabilistic Machine Learning: An Introduction (2022), Sec. 10.2.3.4, the Hessian of logistic
% regression's NLL as printed (from memory of the printing): X the N x D design matrix with rows x_n^T, mu_n =
% sigma(w^T x_n) the predicted probabilities (prose)
\mathbf{X} \in \mathbb{R}^{N \times D}, \mu \in \mathbb{R}^{N}

\mathbf{H}(\mathbf{w}) = \frac{1}{N}\sum_{n=1}^N (\mu_n(1-\mu_n)\mathbf{x}_n)\mathbf{x}_n^\top = \frac{1}{N}\mathbf{X}^\top\mathbf{S}\mathbf{X}
\mathbf{S} \triangleq \mathrm{diag}(\mu_1(1-\mu_1), \ldots, \mu_N(1-\mu_N))
