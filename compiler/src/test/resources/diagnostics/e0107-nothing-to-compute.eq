Q \in \mathbb{R}^{n \times d_k}, K \in \mathbb{R}^{m \times d_k}, V \in \mathbb{R}^{m \times d_v}
% ~ERROR E0107
% Only the "where" clause of the paper was pasted: the file declares inputs and defines
% nothing, reported at the start of the file.
