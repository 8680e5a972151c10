% Kimi Linear: An Expressive, Efficient Attention Architecture, Kimi Team (2025), Eq. for Kimi Delta Attention (from
% memory): the state update with channel-wise decay alpha_t (diagonalised), write strength beta_t, key k_t (d_k) and
% value v_t (d_v); shapes from the prose
\mathbf{S}_{t-1} \in \mathbb{R}^{d_k \times d_v}, \mathbf{k}_t, \boldsymbol{\alpha}_t \in \mathbb{R}^{d_k}, \mathbf{v}_t \in \mathbb{R}^{d_v}, \beta_t \in \mathbb{R}

\mathbf{S}_t = (\mathbf{I} - \beta_t \mathbf{k}_t \mathbf{k}_t^\top) \mathrm{Diag}(\boldsymbol{\alpha}_t) \mathbf{S}_{t-1} + \beta_t \mathbf{k}_t \mathbf{v}_t^\top
