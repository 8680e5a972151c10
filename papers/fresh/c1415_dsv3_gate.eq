% DeepSeek-V3 (2024), Eqs. 13-16: sigmoid affinities of T tokens' inputs u_t to the centroids e_i of N_r routed
% experts; the bias b_i is added for the top-K_r choice only, and the gates are normalised over the chosen (prose)
\mathbf{u} \in \mathbb{R}^{T \times d}, \mathbf{e} \in \mathbb{R}^{N_r \times d}, b \in \mathbb{R}^{N_r}, K_r = 2

s_{i,t} = \mathrm{Sigmoid}(\mathbf{u}_t^{T} \mathbf{e}_i)
g'_{i,t} = \begin{cases} s_{i,t}, & s_{i,t} + b_i \in \mathrm{Topk}(\{ s_{j,t} + b_j | 1 \leqslant j \leqslant N_r \}, K_r), \\ 0, & \text{otherwise}, \end{cases}
g_{i,t} = \frac{g'_{i,t}}{\sum_{j=1}^{N_r} g'_{j,t}}
