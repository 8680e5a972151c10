% XGBoost, Chen & Guestrin (2016), Algorithm 1 (exact greedy split finding) with Eq. 7: G_L, H_L summed over the
% left instance set, pasted from the printing; I_L, I_R given as 0/1 membership vectors of the n instances (added)
g, h \in \mathbb{R}^{n}, I_L, I_R \in \{0, 1\}^{n}, \lambda = 1, \gamma = 0.5

G_L = \sum_{i \in I_L} g_i, \quad H_L = \sum_{i \in I_L} h_i
G_R = \sum_{i \in I_R} g_i, \quad H_R = \sum_{i \in I_R} h_i
score = \frac{1}{2}\left[\frac{G_L^2}{H_L + \lambda} + \frac{G_R^2}{H_R + \lambda} - \frac{(G_L + G_R)^2}{H_L + H_R + \lambda}\right] - \gamma
