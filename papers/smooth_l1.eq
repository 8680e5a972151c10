% Fast R-CNN, Girshick (2015), Eq. 2-3: the box-regression loss of the true class u over the four
% box coordinates
t^u, v \in \mathbb{R}^{4}

L_{\mathrm{loc}}(t^u, v) = \sum_{i \in \{x, y, w, h\}} \mathrm{smooth}_{L_1}(t_i^u - v_i)
\mathrm{smooth}_{L_1}(x) = \begin{cases} 0.5x^2 & \text{if } |x| < 1 \\ |x| - 0.5 & \text{otherwise,} \end{cases}
