% Label smoothing, Szegedy et al. (2016), Sec. 7, with u(k) = 1/K: q'_k the smoothed target for one example of
% label y (counted from 1), p the predicted distribution over K classes, H the cross-entropy
p \in \mathbb{R}^{K}, y \in \{1, \dots, K\}, \epsilon \in \mathbb{R}

q'_k = (1 - \epsilon)\delta_{k,y} + \frac{\epsilon}{K}
H(q', p) = -\sum_{k=1}^{K} \log(p_k) q'_k
