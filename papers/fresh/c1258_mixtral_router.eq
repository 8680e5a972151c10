% Mixtral of Experts, Jiang et al. (2024), Sec. 2.1: G(x) = Softmax(TopK(x W_g)), TopK keeping the K largest of
% the n logits and setting the others to -infinity (prose); the n experts' outputs E_i(x) given, one row each
x \in \mathbb{R}^{d}, W_g \in \mathbb{R}^{d \times n}, E(x) \in \mathbb{R}^{n \times d_o}, K \in \mathbb{N}

G(x) := \text{Softmax}(\text{TopK}(x \cdot W_g))
y = \sum_{i=0}^{n-1} G(x)_i \cdot E_i(x)
