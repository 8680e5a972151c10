% BYOL, Grill et al. (2020), Eq. 2: normalized prediction q and target projection z'
q, z' \in \mathbb{R}^{d}

\bar{q} = \frac{q}{\|q\|_2}
\bar{z}' = \frac{z'}{\|z'\|_2}
\mathcal{L}_{\theta,\xi} = \left\|\bar{q} - \bar{z}'\right\|_2^2 = 2 - 2 \cdot \frac{\langle q, z' \rangle}{\|q\|_2 \cdot \|z'\|_2}
g = \nabla_{q} \mathcal{L}_{\theta,\xi}
