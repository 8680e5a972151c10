% When does label smoothing help?, Muller, Kornblith & Hinton (2019), Sec. 1 as printed: the smoothed targets
% y_k^{LS} of K classes and the cross entropy against the predicted probabilities p_k (prose); y one-hot
\boldsymbol{y}, \boldsymbol{p} \in \mathbb{R}^{K}, \alpha \in \mathbb{R}

y_k^{LS} = y_k(1 - \alpha) + \alpha/K
H(\boldsymbol{y}^{LS}, \boldsymbol{p}) = \sum_{k=1}^{K} -y_k^{LS}\log(p_k)
