% An exponential moving average over a sequence of T feature vectors (e.g. Mega, Ma et al. 2023, Eq. 1:
% y_t = \alpha \odot x_t + (1 - \alpha) \odot y_{t-1}, here with one scalar \beta), m_0 = 0
x \in \mathbb{R}^{T \times d}, \beta \in \mathbb{R}

m_t = \beta m_{t-1} + (1 - \beta) x_t
