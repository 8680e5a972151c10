% SimSiam, Chen & He (2021), Eq. 1: negative cosine similarity
p_1, z_2 \in \mathbb{R}^{d}

\mathcal{D}(p_1, z_2) = -\frac{p_1}{\|p_1\|_2} \cdot \frac{z_2}{\|z_2\|_2}
