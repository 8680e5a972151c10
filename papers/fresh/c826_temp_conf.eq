% Temperature scaling (Guo et al. 2017), eq. (9): the calibrated confidence of logits z_i at temperature T
\mathbf{z}_i \in \mathbb{R}^{K}, T \in \mathbb{R}

\hat{q}_i = \max_k \sigma_{SM}(\mathbf{z}_i / T)^{(k)}
