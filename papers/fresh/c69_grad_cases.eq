% Smooth L1 / Huber per element (Girshick 2015, Fast R-CNN Eq. 3) summed, gradient w.r.t. the prediction
x, t \in \mathbb{R}^{n}

\mathrm{smooth}_{L_1}(u) = \begin{cases} 0.5u^2 & \text{if } |u| < 1 \\ |u| - 0.5 & \text{otherwise} \end{cases}
L = \sum_{i} \mathrm{smooth}_{L_1}(x_i - t_i)
g = \nabla_x L
