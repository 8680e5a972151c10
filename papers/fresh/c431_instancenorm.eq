% Instance Normalization, Ulyanov, Vedaldi & Lempitsky (2016), Eq. 2: x a batch of T images, each
% C x W x H (prose: t the image, i the channel, j, k spatial)
x \in \mathbb{R}^{T \times C \times W \times H}, \epsilon = 10^{-5}

y_{tijk} = \frac{x_{tijk} - \mu_{ti}}{\sqrt{\sigma_{ti}^2 + \epsilon}}
\mu_{ti} = \frac{1}{HW} \sum_{l=1}^{W} \sum_{m=1}^{H} x_{tilm}
\sigma_{ti}^2 = \frac{1}{HW} \sum_{l=1}^{W} \sum_{m=1}^{H} (x_{tilm} - \mu_{ti})^2
