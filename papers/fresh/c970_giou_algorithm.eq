% GIoU, Rezatofighi et al. (2019), Algorithm 2 (steps 1-8): IoU and GIoU losses of one predicted box
% B^p = (x_1^p, y_1^p, x_2^p, y_2^p) and one ground-truth box B^g = (x_1^g, y_1^g, x_2^g, y_2^g) (prose)
x_1^p, y_1^p, x_2^p, y_2^p, x_1^g, y_1^g, x_2^g, y_2^g \in \mathbb{R}

\hat{x}_1^p = \min(x_1^p, x_2^p), \quad \hat{x}_2^p = \max(x_1^p, x_2^p)
\hat{y}_1^p = \min(y_1^p, y_2^p), \quad \hat{y}_2^p = \max(y_1^p, y_2^p)
A^g = (x_2^g - x_1^g) \times (y_2^g - y_1^g)
A^p = (\hat{x}_2^p - \hat{x}_1^p) \times (\hat{y}_2^p - \hat{y}_1^p)
x_1^{\mathcal{I}} = \max(\hat{x}_1^p, x_1^g), \quad x_2^{\mathcal{I}} = \min(\hat{x}_2^p, x_2^g)
y_1^{\mathcal{I}} = \max(\hat{y}_1^p, y_1^g), \quad y_2^{\mathcal{I}} = \min(\hat{y}_2^p, y_2^g)
\mathcal{I} = \begin{cases} (x_2^{\mathcal{I}} - x_1^{\mathcal{I}}) \times (y_2^{\mathcal{I}} - y_1^{\mathcal{I}}) & \text{if } x_2^{\mathcal{I}} > x_1^{\mathcal{I}}, y_2^{\mathcal{I}} > y_1^{\mathcal{I}} \\ 0 & \text{otherwise} \end{cases}
x_1^c = \min(\hat{x}_1^p, x_1^g), \quad x_2^c = \max(\hat{x}_2^p, x_2^g)
y_1^c = \min(\hat{y}_1^p, y_1^g), \quad y_2^c = \max(\hat{y}_2^p, y_2^g)
A^c = (x_2^c - x_1^c) \times (y_2^c - y_1^c)
\mathcal{U} = A^p + A^g - \mathcal{I}
IoU = \frac{\mathcal{I}}{\mathcal{U}}
GIoU = IoU - \frac{A^c - \mathcal{U}}{A^c}
\mathcal{L}_{GIoU} = 1 - GIoU
