% Reading rule: in \frac{u \cdot v}{\|u\|\|v\|}, u \cdot v is the dot product (cosine similarity, a
% scalar); the denominator is the product of the two norms
u, v \in \mathbb{R}^{d}

\mathrm{sim}(u, v) = \frac{u \cdot v}{\|u\|\|v\|}
