% Switch Transformer load-balancing loss, Fedus et al. (2022), Eq. 4-6: T tokens, N experts,
% router probabilities P (T x N) and the one-hot expert assignment of each token D (T x N)
p \in \mathbb{R}^{T \times N}, D \in \mathbb{R}^{T \times N}, \alpha \in \mathbb{R}

f_i = \frac{1}{T} \sum_{x} D_{x,i}
P_i = \frac{1}{T} \sum_{x} p_{x,i}
\mathrm{loss} = \alpha \cdot N \cdot \sum_{i=1}^{N} f_i \cdot P_i
