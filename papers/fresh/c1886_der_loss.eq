% Dark Experience Replay, Buzzega et al. (2020), Eq. 6 (the DER objective), from memory of the printing: the
% per-sample losses of the stream batch drawn from D_t, and the buffer M's stored logits z' and the current logits
% h_theta(x') of the M buffer samples (rows)
\ell(y, f_\theta(x)) \in \mathbb{R}^{B}, z', h_\theta(x') \in \mathbb{R}^{M \times C}, \alpha = 0.3

\mathcal{L} = \mathbb{E}_{(x, y) \sim D_t}\left[\ell(y, f_\theta(x))\right] + \alpha \, \mathbb{E}_{(x', z') \sim \mathcal{M}}\left[\|z' - h_\theta(x')\|_2^2\right]
