% Yang et al. (NeurIPS 2024), Parallelizing Linear Transformers with the Delta Rule, Eq. (delta rule, one step),
% pasted from the printing; S in R^{d x d}, k, v in R^d, beta scalar (prose)
\mathbf{S}_{t-1} \in \mathbb{R}^{d \times d}, \mathbf{k}_t, \mathbf{v}_t \in \mathbb{R}^{d}, \beta_t \in \mathbb{R}

\mathbf{S}_t = \mathbf{S}_{t-1} (\mathbf{I} - \beta_t \mathbf{k}_t \mathbf{k}_t^\intercal) + \beta_t \mathbf{v}_t \mathbf{k}_t^\intercal
