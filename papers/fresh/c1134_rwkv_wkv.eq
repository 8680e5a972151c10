% RWKV-4's WKV as a recurrence (Peng et al. 2023, Eq. 19-21 in the recurrent form of their Appendix):
% a_t and b_t the running numerator and denominator, a_0 = b_0 = 0; k, v the T keys and values of size d
k, v \in \mathbb{R}^{T \times d}, w, u \in \mathbb{R}^{d}

a_t = e^{-w} \odot a_{t-1} + e^{k_t} \odot v_t
b_t = e^{-w} \odot b_{t-1} + e^{k_t}
wkv_t = \frac{a_{t-1} + e^{u + k_t} \odot v_t}{b_{t-1} + e^{u + k_t}}
