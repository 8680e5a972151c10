% DeepSeek-V3 (2024), Eqs. 17-20: the complementary sequence-wise balance loss over a sequence of T tokens, N_r
% routed experts of which K_r are chosen per token; s_{i,t} the affinities (prose)
s \in \mathbb{R}^{N_r \times T}, \alpha \in \mathbb{R}, K_r = 2

\mathcal{L}_{\mathrm{Bal}} = \alpha \sum_{i=1}^{N_r} f_i P_i
f_i = \frac{N_r}{K_r T} \sum_{t=1}^{T} \mathbb{1}\left( s_{i,t} \in \mathrm{Topk}(\{ s_{j,t} | 1 \leqslant j \leqslant N_r \}, K_r) \right)
s'_{i,t} = \frac{s_{i,t}}{\sum_{j=1}^{N_r} s_{j,t}}
P_i = \frac{1}{T} \sum_{t=1}^{T} s'_{i,t}
