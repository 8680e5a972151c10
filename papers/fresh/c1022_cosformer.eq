% Qin et al. 2022, "cosFormer", Eq. 10: the cos-based re-weighting of the linear similarity.
Q', K' \in \mathbb{R}^{N \times d}, M \in \mathbb{R}

s(Q'_i, K'_j) = Q'_i K'^{\top}_j \cos\left(\frac{\pi}{2} \times \frac{i - j}{M}\right)
