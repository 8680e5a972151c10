% DeltaNet, Yang et al. (NeurIPS 2024, "Parallelizing Linear Transformers with the Delta Rule"), Sec. 2.2, from memory
% of the printing: S_t = S_{t-1} - \beta_t (S_{t-1} k_t - v_t) k_t^T, o_t = S_t q_t, S_0 = 0; rows of Q, K, V per step
\mathbf{q}, \mathbf{k} \in \mathbb{R}^{L \times d_k}, \mathbf{v} \in \mathbb{R}^{L \times d_v}, \beta \in \mathbb{R}^{L}

\mathbf{S}_0 = 0
\mathbf{S}_t = \mathbf{S}_{t-1} - \beta_t (\mathbf{S}_{t-1} \mathbf{k}_t - \mathbf{v}_t) \mathbf{k}_t^\top
\mathbf{o}_t = \mathbf{S}_t \mathbf{q}_t
