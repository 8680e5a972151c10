% Instance normalization, Ulyanov, Vedaldi & Lempitsky (2016), Eq. 1: batch normalisation in their notation,
% x a batch of T images with C channels of W x H (prose); the statistics of channel i over the batch and space
x \in \mathbb{R}^{T \times C \times W \times H}, \epsilon = 10^{-5}

y_{tijk} = \frac{x_{tijk} - \mu_{i}}{\sqrt{\sigma_i^2 + \epsilon}}, \quad \mu_i = \frac{1}{HWT}\sum_{t=1}^{T}\sum_{l=1}^{W}\sum_{m=1}^{H} x_{tilm}, \quad \sigma_i^2 = \frac{1}{HWT}\sum_{t=1}^{T}\sum_{l=1}^{W}\sum_{m=1}^{H}(x_{tilm} - \mu_i)^2.
