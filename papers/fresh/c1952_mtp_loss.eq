% DeepSeek-V3 technical report (2024), Eqs. 24-25: the multi-token-prediction loss of depth k, P_i^k the
% predicted distribution at position i and t_i the ground-truth token, from memory of the printing; one depth
% (k = 1), positions 2+k .. T+1 given as the rows of P (T - 1 rows here), tokens as 0-based ids
P^k \in \mathbb{R}^{M \times V}, t \in \{0, \dots, V-1\}^{M}

\mathcal{L}_\text{MTP}^k = -\frac{1}{T} \sum_{i=1}^{M} \log P_i^k[t_i]
