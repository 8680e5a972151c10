% RWKV, Peng et al. (2023), Eq. 14 (the WKV operator, per channel; w, u, k_i, v_i in R^d, operations element-wise)
k, v \in \mathbb{R}^{T \times d}, w, u \in \mathbb{R}^{d}

wkv_t = \frac{\sum_{i=1}^{t-1} e^{-(t-1-i)w + k_i} \odot v_i + e^{u + k_t} \odot v_t}{\sum_{i=1}^{t-1} e^{-(t-1-i)w + k_i} + e^{u + k_t}}
