% k-means objective (Lloyd), e.g. Bishop PRML Eq. 9.1 written with a min over centres
x \in \mathbb{R}^{N \times D}, \mu \in \mathbb{R}^{K \times D}

J = \sum_{n=1}^{N} \min_{k} \|x_n - \mu_k\|^2
