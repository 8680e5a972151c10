% DeepSeek-V3 Technical Report (2024), Sec. 2.2, Eqs. 24-25 (from memory): the multi-token-prediction loss of depth
% k, P^k_i the k-th module's predicted distribution at position i over V tokens, t_i the ground-truth token ids;
% shapes declared from the prose (positions 1..T+1 of P)
P^{k} \in \mathbb{R}^{(T+1) \times V}, t \in \mathbb{N}^{T+1}, k \in \mathbb{N}

\mathcal{L}_{\text{MTP}}^{k} = \text{CrossEntropy}(P_{2+k:T+1}^{k}, t_{2+k:T+1}) = -\frac{1}{T} \sum_{i=2+k}^{T+1} \log P_i^k [t_i]
