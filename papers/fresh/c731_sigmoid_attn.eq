% Theory, analysis, and best practices for sigmoid self-attention, Ramapuram et al. (2025), Eq. 3 with the bias
% b = -log(n) of Sec. 3.3 (prose): Q, K \in R^{n x d_qk}, V \in R^{n x d_v}
Q, K \in \mathbb{R}^{n \times d_{qk}}, V \in \mathbb{R}^{n \times d_v}

b = -\log(n)
\mathrm{SigmoidAttn}(X) = \sigma(QK^T / \sqrt{d_{qk}} + b)V
