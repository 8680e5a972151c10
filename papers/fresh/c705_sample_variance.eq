% The unbiased sample variance (Bessel's correction) of n observations, with the sample mean defined first
x \in \mathbb{R}^{n}

\bar{x} = \frac{1}{n}\sum_{i=1}^{n} x_i
s^2 = \frac{1}{n - 1}\sum_{i=1}^{n}(x_i - \bar{x})^2
