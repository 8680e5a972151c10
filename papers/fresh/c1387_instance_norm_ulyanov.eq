% Instance normalization (Ulyanov et al. 2016), Eq. 2 as printed: x the T x C x W x H batch, one mean and variance per
% image t and channel i over its W x H pixels
x \in \mathbb{R}^{T \times C \times W \times H}, \epsilon \in \mathbb{R}

\mu_{ti} = \frac{1}{HW} \sum_{l=1}^{W} \sum_{m=1}^{H} x_{tilm}
\sigma^2_{ti} = \frac{1}{HW} \sum_{l=1}^{W} \sum_{m=1}^{H} (x_{tilm} - \mu_{ti})^2
y_{tijk} = \frac{x_{tijk} - \mu_{ti}}{\sqrt{\sigma^2_{ti} + \epsilon}}
