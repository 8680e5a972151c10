% Switch Transformers, Fedus, Zoph & Shazeer (2022), Eq. 1: router logits h(x) = W_r x and the gate value
% for expert i of N; x one token's representation (prose)
W_r \in \mathbb{R}^{N \times d}, x \in \mathbb{R}^{d}

h(x) = W_r x
p_i(x) = \frac{e^{h(x)_i}}{\sum_{j}^{N} e^{h(x)_j}}
