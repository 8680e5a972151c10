% Gated DeltaNet, Yang, Kautz & Hatamizadeh (ICLR 2025), Eq. 10 (the gated delta rule, column-vector keys),
% from memory of the printing; one step, \alpha_t \in (0,1) the decay, \beta_t the writing strength
\mathbf{S}_{t-1} \in \mathbb{R}^{d_v \times d_k}, \mathbf{k}_t, \mathbf{q}_t \in \mathbb{R}^{d_k}, \mathbf{v}_t \in \mathbb{R}^{d_v}, \alpha_t, \beta_t \in \mathbb{R}

\mathbf{S}_t = \mathbf{S}_{t-1} \left( \alpha_t \left( \mathbf{I} - \beta_t \mathbf{k}_t \mathbf{k}_t^\top \right) \right) + \beta_t \mathbf{v}_t \mathbf{k}_t^\top
\mathbf{o}_t = \mathbf{S}_t \mathbf{q}_t
