% Mixture-of-Experts with Expert Choice Routing, Zhou et al. (NeurIPS 2022), Eq. 1 (from memory): the token-to-
% expert affinity scores of n tokens X (n x d) and e experts W_g (d x e), the softmax over experts (prose)
X \in \mathbb{R}^{n \times d}, W_g \in \mathbb{R}^{d \times e}

S = \text{Softmax}(X \cdot W_g), \quad S \in \mathbb{R}^{n \times e}
