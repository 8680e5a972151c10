% Knowledge distillation, Hinton et al. (2015): hard-label cross-entropy plus the T^2-scaled soft term;
% z_s, z_t student and teacher logits over K classes for one example of label y (counted from 1)
z_s, z_t \in \mathbb{R}^{K}, y \in \{1, \dots, K\}, T, \alpha \in \mathbb{R}

L = -(1 - \alpha) \log \mathrm{softmax}(z_s)_y - \alpha T^2 \sum_k \mathrm{softmax}(z_t / T)_k \log \frac{\mathrm{softmax}(z_s / T)_k}{\mathrm{softmax}(z_t / T)_k}
