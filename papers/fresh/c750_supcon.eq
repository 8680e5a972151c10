% Supervised contrastive learning, Khosla et al. (2020), Eq. 2 (L^{sup}_{out}); z the 2N normalised
% embeddings, one row each; P (i) the positives of anchor i (same label, not i) and A(i) every index but i,
% both given as 0/1 membership matrices (prose)
z \in \mathbb{R}^{M \times D}, \tau \in \mathbb{R}, P \in \{0,1\}^{M \times M}, A \in \{0,1\}^{M \times M}

\mathcal{L}^{sup}_{out} = \sum_{i \in I} \mathcal{L}^{sup}_{out,i} = \sum_{i \in I} \frac{-1}{|P(i)|} \sum_{p \in P(i)} \log \frac{\exp(z_i \cdot z_p / \tau)}{\sum_{a \in A(i)} \exp(z_i \cdot z_a / \tau)}
