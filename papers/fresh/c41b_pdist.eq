% Pairwise squared Euclidean distances between the rows of X (e.g. t-SNE, Hinton & Roweis SNE Eq. 1 numerator)
X \in \mathbb{R}^{n \times d}

D_{ij} = \|X_i - X_j\|^2
P_{ij} = \frac{\exp(-D_{ij})}{\sum_{k \neq i} \exp(-D_{ik})}
