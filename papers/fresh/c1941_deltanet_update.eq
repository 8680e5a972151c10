% DeltaNet as parallelized by Yang et al. (NeurIPS 2024), Eq. 1 (the delta rule as online regression: new value
% written over the old one read at k_t), from memory of the printing
\mathbf{S}_{t-1} \in \mathbb{R}^{d_v \times d_k}, \mathbf{k}_t \in \mathbb{R}^{d_k}, \mathbf{v}_t \in \mathbb{R}^{d_v}, \beta_t \in \mathbb{R}

\mathbf{S}_t = \mathbf{S}_{t-1} - \beta_t \left( \mathbf{S}_{t-1} \mathbf{k}_t - \mathbf{v}_t \right) \mathbf{k}_t^\top
