% Switch Transformers, Fedus et al. (2022), Eqs. 4-6: the auxiliary load-balancing loss over a batch B of T
% tokens and N experts; p(x) the router's probabilities for token x (one row of p each, prose)
p \in \mathbb{R}^{T \times N}, \alpha \in \mathbb{R}

\mathrm{loss} = \alpha \cdot N \cdot \sum_{i=1}^{N} f_i \cdot P_i
f_i = \frac{1}{T} \sum_{x \in \mathcal{B}} \mathbb{1}\{\mathrm{argmax}\, p(x) = i\}
P_i = \frac{1}{T} \sum_{x \in \mathcal{B}} p_i(x)
