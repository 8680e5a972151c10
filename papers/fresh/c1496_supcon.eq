% Supervised contrastive learning, Khosla et al. (2020), Eq. 2 as printed: z_i the normalised projections of the
% 2N views (rows of z, dimension D), A(i) every other index, P(i) the positives of i (same label, given as a 0/1
% matrix), A(i) = I \ {i} (given the same way), I = {1..2N}
z \in \mathbb{R}^{M \times D}, P, A \in \{0,1\}^{M \times M}, \tau \in \mathbb{R}

\mathcal{L}^{sup}_{out} = \sum_{i \in I} \mathcal{L}^{sup}_{out,i} = \sum_{i \in I} \frac{-1}{|P(i)|} \sum_{p \in P(i)} \log \frac{\exp(\mathbf{z}_i \cdot \mathbf{z}_p / \tau)}{\sum_{a \in A(i)} \exp(\mathbf{z}_i \cdot \mathbf{z}_a / \tau)}
