% DeepSeek-V3 Technical Report (2024), Sec. 2.1.2, Eqs. 17-20 (the complementary sequence-wise balance loss), pasted
% from memory of the printing; s the affinities of N_r routed experts over T tokens, K_r experts per token (prose)
s \in \mathbb{R}^{N_r \times T}, K_r \in \mathbb{N}, \alpha \in \mathbb{R}

\mathcal{L}_{\mathrm{Bal}} = \alpha \sum_{i=1}^{N_r} f_i P_i
f_i = \frac{N_r}{K_r T} \sum_{t=1}^{T} \mathbb{1}\left( s_{i,t} \in \operatorname{Topk}(\{ s_{j,t} | 1 \leq j \leq N_r \}, K_r) \right)
s'_{i,t} = \frac{s_{i,t}}{\sum_{j=1}^{N_r} s_{j,t}}
P_i = \frac{1}{T} \sum_{t=1}^{T} s'_{i,t}
