% Instance normalization, Ulyanov, Vedaldi & Lempitsky (2016), Eq. 2: x holds a batch of T images
% with C channels of W x H pixels; each image and channel is normalized on its own.
x \in \mathbb{R}^{T \times C \times W \times H}, \epsilon = 10^{-5}

y_{tijk} = \frac{x_{tijk} - \mu_{ti}}{\sqrt{\sigma_{ti}^2 + \epsilon}}, \quad \mu_{ti} = \frac{1}{HW}\sum_{l=1}^{W}\sum_{m=1}^{H} x_{tilm}, \quad \sigma_{ti}^2 = \frac{1}{HW}\sum_{l=1}^{W}\sum_{m=1}^{H}(x_{tilm} - \mu_{ti})^2.
