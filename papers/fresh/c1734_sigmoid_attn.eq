% Sigmoid attention, Ramapuram et al. (2024), Eq. 3 and the bias b = -log(n) of Sec. 3, from memory of the printing;
% Q, K \in R^{n x d_qk}, V \in R^{n x d_v} (prose)
Q, K \in \mathbb{R}^{n \times d_{qk}}, V \in \mathbb{R}^{n \times d_v}

b = -\log(n)
\mathrm{SigmoidAttn}(X) = \sigma\left( \frac{Q K^\top}{\sqrt{d_{qk}}} + b \right) V
