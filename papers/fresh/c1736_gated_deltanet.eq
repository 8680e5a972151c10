% Gated DeltaNet, Yang, Kautz & Hatamizadeh (ICLR 2025), Eq. 10 (the gated delta rule), from memory of the printing;
% S_0 = 0 and o_t = S_t q_t as in DeltaNet; rows of q, k, v per step, gates \alpha_t, \beta_t per step (prose)
\mathbf{q}, \mathbf{k} \in \mathbb{R}^{L \times d_k}, \mathbf{v} \in \mathbb{R}^{L \times d_v}, \alpha, \beta \in \mathbb{R}^{L}

\mathbf{S}_0 = 0
\mathbf{S}_t = \mathbf{S}_{t-1} \left( \alpha_t \left( \mathbf{I} - \beta_t \mathbf{k}_t \mathbf{k}_t^\intercal \right) \right) + \beta_t \mathbf{v}_t \mathbf{k}_t^\intercal
\mathbf{o}_t = \mathbf{S}_t \mathbf{q}_t
