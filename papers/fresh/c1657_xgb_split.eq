% XGBoost, Chen & Guestrin (2016), Eq. 7 (loss reduction of a split), pasted from the printing; g_i, h_i the
% gradient statistics of the n instances of the node I, I_L and I_R given as 0/1 membership vectors (prose)
g, h \in \mathbb{R}^{n}, I_L, I_R \in \{0, 1\}^{n}, \lambda = 1, \gamma = 0.1

\mathcal{L}_{split} = \frac{1}{2} \left[ \frac{(\sum_{i \in I_L} g_i)^2}{\sum_{i \in I_L} h_i + \lambda} + \frac{(\sum_{i \in I_R} g_i)^2}{\sum_{i \in I_R} h_i + \lambda} - \frac{(\sum_{i \in I} g_i)^2}{\sum_{i \in I} h_i + \lambda} \right] - \gamma
