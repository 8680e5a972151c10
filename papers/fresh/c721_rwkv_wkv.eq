% RWKV, Peng et al. (2023), Eq. 14: the WKV operator over T time steps (t, i counted from 1), k_i, v_i the rows of
% the key and value sequences, w the channel-wise decay and u the bonus of the current token (prose)
k, v \in \mathbb{R}^{T \times d}, w, u \in \mathbb{R}^{d}

wkv_t = \frac{\sum_{i=1}^{t-1} e^{-(t-1-i)w+k_i} \odot v_i + e^{u+k_t} \odot v_t}{\sum_{i=1}^{t-1} e^{-(t-1-i)w+k_i} + e^{u+k_t}}
