% Sabour et al. 2017, "Dynamic Routing Between Capsules", Eq. 2-3: prediction vectors and one routing step (b_{ij} are the routing logits)
\mathbf{u} \in \mathbb{R}^{n \times d}, \mathbf{W} \in \mathbb{R}^{n \times m \times p \times d}, b \in \mathbb{R}^{n \times m}

\mathbf{s}_j = \sum_i c_{ij}\hat{\mathbf{u}}_{j|i}, \quad \hat{\mathbf{u}}_{j|i} = \mathbf{W}_{ij}\mathbf{u}_i
c_{ij} = \frac{\exp(b_{ij})}{\sum_k \exp(b_{ik})}
