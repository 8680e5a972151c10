% Linformer, Wang et al. (2020), Eq. 7: one head with the keys and values projected from n to k rows by E_i, F_i
Q, K, V \in \mathbb{R}^{n \times d_m}, W_i^Q, W_i^K, W_i^V \in \mathbb{R}^{d_m \times d_k}, E_i, F_i \in \mathbb{R}^{k \times n}

\overline{\mathrm{head}_i} = \mathrm{Attention}(QW_i^Q, E_iKW_i^K, F_iVW_i^V) = \underbrace{\mathrm{softmax}\left(\frac{QW_i^Q(E_iKW_i^K)^T}{\sqrt{d_k}}\right)}_{\bar{P}: n \times k} \cdot \underbrace{F_iVW_i^V}_{k \times d}
