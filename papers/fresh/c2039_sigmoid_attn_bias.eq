% Theory, Analysis, and Best Practices for Sigmoid Self-Attention, Ramapuram et al. (ICLR 2025), Eq. 2 and Sec. 3
% (from memory): sigmoid attention with the scalar bias b = -\log(n), n the sequence length (prose)
Q, K \in \mathbb{R}^{n \times d_{qk}}, V \in \mathbb{R}^{n \times d_v}

b = -\log(n)
\mathrm{SigmoidAttn}(X) = \sigma\left( \frac{Q K^\top}{\sqrt{d_{qk}}} + b \right) V
