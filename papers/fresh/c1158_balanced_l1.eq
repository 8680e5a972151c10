% Balanced L1 loss, Pang et al. (2019, Libra R-CNN), Eq. 8: x the regression errors of the n box coordinates;
% alpha, gamma, b, C constants (b and C fixed by alpha and gamma in prose, given here)
x \in \mathbb{R}^{n}, \alpha, \gamma, b, C \in \mathbb{R}

L_b(x) = \begin{cases} \frac{\alpha}{b}(b|x| + 1)\ln(b|x| + 1) - \alpha|x| & \text{if } |x| < 1 \\ \gamma|x| + C & \text{otherwise} \end{cases}
