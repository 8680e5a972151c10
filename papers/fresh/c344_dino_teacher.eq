% DINO, Caron et al. (2021), Eq. 1 with centring (Sec. 3.1): teacher output g_t, centre c, temperature tau_t
g_t, c \in \mathbb{R}^{K}, \tau_t \in \mathbb{R}

P_t(x)^{(i)} = \frac{\exp((g_t(x)^{(i)} - c^{(i)}) / \tau_t)}{\sum_{k=1}^{K} \exp((g_t(x)^{(k)} - c^{(k)}) / \tau_t)}
