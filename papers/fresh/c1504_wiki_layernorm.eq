% Wikipedia, "Normalization (machine learning)", Layer normalization, as printed: one input vector x of D features,
% gamma_i and beta_i per feature (prose). Printing as remembered (not fetched).
x, \gamma, \beta \in \mathbb{R}^{D}, \epsilon \in \mathbb{R}

\begin{aligned}
\mu &= \frac 1D \sum_{i=1}^D x_i \\
\sigma^2 &= \frac 1D \sum_{i=1}^D (x_i - \mu)^2 \\
\hat x_{i} &= \frac{x_i - \mu}{\sqrt{\sigma^2 + \epsilon}} \\
y_i &= \gamma_i \hat x_{i} + \beta_i
\end{aligned}
