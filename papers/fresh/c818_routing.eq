% Capsule networks (Sabour et al. 2017), eqs. (2) and (3): coupling coefficients and the total input of capsule j
b \in \mathbb{R}^{I \times J}, \hat{\mathbf{u}} \in \mathbb{R}^{J \times I \times d}

c_{ij} = \frac{\exp(b_{ij})}{\sum_k \exp(b_{ik})}
\mathbf{s}_j = \sum_i c_{ij} \hat{\mathbf{u}}_{j|i}
