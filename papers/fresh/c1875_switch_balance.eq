% Fedus et al. (JMLR 2022), Switch Transformer, Eqs. 4-6, written from the printing with p(x) as the rows of a
% T x N router probability matrix (prose) and 1{.} an indicator
p \in \mathbb{R}^{T \times N}, \alpha \in \mathbb{R}

f_i = \frac{1}{T} \sum_{t=1}^{T} \mathbb{1}\{\mathrm{argmax}_j\, p_{tj} = i\}
P_i = \frac{1}{T} \sum_{t=1}^{T} p_{ti}
loss = \alpha \cdot N \cdot \sum_{i=1}^{N} f_i \cdot P_i
