% Gated Linear Attention, Yang et al. (2024), Sec. 4.1: the gated recurrent state with row vectors
% q_t, k_t, \alpha_t \in R^{1 x d_k}, v_t \in R^{1 x d_v} and G_t = \alpha_t^T 1 (prose)
\mathbf{q}_t, \mathbf{k}_t, \boldsymbol{\alpha}_t \in \mathbb{R}^{1 \times d_k}, \mathbf{v}_t \in \mathbb{R}^{1 \times d_v}, \mathbf{S}_{t-1} \in \mathbb{R}^{d_k \times d_v}

\mathbf{G}_t = \boldsymbol{\alpha}_t^\top \mathbf{1}
\mathbf{S}_t = \mathbf{G}_t \odot \mathbf{S}_{t-1} + \mathbf{k}_t^\top \mathbf{v}_t
\mathbf{o}_t = \mathbf{q}_t \mathbf{S}_t
