% Neural Turing machines, Graves, Wayne & Danihelka (2014), Eqs. 7-9: interpolation with the previous weighting, the
% circular convolution with the shift weighting s_t ("all index arithmetic is computed modulo N", prose) and sharpening
w^c_t, w_{t-1}, s_t \in \mathbb{R}^{N}, g_t, \gamma_t \in \mathbb{R}

w^g_t \longleftarrow g_t w^c_t + (1 - g_t) w_{t-1}
\tilde{w}_t(i) \longleftarrow \sum_{j=0}^{N-1} w^g_t(j) s_t(i - j)
w_t(i) \longleftarrow \frac{\tilde{w}_t(i)^{\gamma_t}}{\sum_j \tilde{w}_t(j)^{\gamma_t}}
