% RWKV, Peng et al. (2023), Eq. 14 (the WKV operator, channel-wise), pasted from the printing; keys and values k_i,
% v_i (rows of k, v), decay w and bonus u per channel (prose)
k, v \in \mathbb{R}^{T \times d}, w, u \in \mathbb{R}^{d}

wkv_t = \frac{\sum_{i=1}^{t-1} e^{-(t-1-i)w + k_i} \odot v_i + e^{u + k_t} \odot v_t}{\sum_{i=1}^{t-1} e^{-(t-1-i)w + k_i} + e^{u + k_t}}
