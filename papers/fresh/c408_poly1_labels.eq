% PolyLoss, Leng et al. (2022), Eq. 3 (Poly-1) with P_t the softmax probability of the target class y_i
% of sample i (prose); labels counted from 1
z \in \mathbb{R}^{N \times C}, y \in \{1, \dots, C\}^{N}, \epsilon_1 \in \mathbb{R}

P_t = \mathrm{softmax}(z_i)_{y_i}
L_{\text{Poly-1}} = \frac{1}{N} \sum_{i} \left( -\log(P_t) + \epsilon_1(1 - P_t) \right)
