% Medusa (Cai et al., 2024), Sec. 2.1.1: the k-th head's distribution over the vocabulary from the last hidden
% state h_t, with W_1^{(k)} \in R^{d x d}, W_2^{(k)} \in R^{d x V} as the paper states them (prose); one head here
h_t \in \mathbb{R}^{d}, W_1^{(k)} \in \mathbb{R}^{d \times d}, W_2^{(k)} \in \mathbb{R}^{d \times V}

p_t^{(k)} = \text{softmax}\left(W_2^{(k)} \cdot \left(\text{SiLU}(W_1^{(k)} \cdot h_t) + h_t\right)\right)
