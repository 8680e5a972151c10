% IPO, Azar et al. (2023), Eq. 17 with h_pi of Eq. 16, over a batch of B preference pairs; the policy's and the
% reference's probabilities of the preferred and the dispreferred answers are given
\pi(y_w \mid x), \pi(y_l \mid x), \pi_{\text{ref}}(y_w \mid x), \pi_{\text{ref}}(y_l \mid x) \in \mathbb{R}^{B}, \tau = 0.1

h_\pi = \log\left(\frac{\pi(y_w \mid x)\pi_{\text{ref}}(y_l \mid x)}{\pi(y_l \mid x)\pi_{\text{ref}}(y_w \mid x)}\right)
L_{IPO} = \mathbb{E}_{(y_w, y_l, x) \sim D}\left[\left(h_\pi - \frac{\tau^{-1}}{2}\right)^2\right]
