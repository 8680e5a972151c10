% DeepSeek-V3 Technical Report (2024), Sec. 2.1.2, Eqs. 13-15 (sigmoid affinities, top-K selection, normalisation),
% from memory of the printing; u_t the T token inputs (rows), e_i the N_r expert centroids (rows), K_r per token (prose)
\mathbf{u} \in \mathbb{R}^{T \times d}, \mathbf{e} \in \mathbb{R}^{N_r \times d}, K_r \in \mathbb{N}

g_{i,t} = \frac{g'_{i,t}}{\sum_{j=1}^{N_r} g'_{j,t}}
g'_{i,t} = \begin{cases} s_{i,t}, & s_{i,t} \in \operatorname{Topk}(\{ s_{j,t} | 1 \leq j \leq N_r \}, K_r), \\ 0, & \text{otherwise}, \end{cases}
s_{i,t} = \operatorname{Sigmoid}\left( \mathbf{u}_t^{T} \mathbf{e}_i \right)
