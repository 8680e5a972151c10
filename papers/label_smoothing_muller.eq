% When does label smoothing help? Müller, Kornblith & Hinton (2019), §2: the softmax output p_k, the
% label-smoothed targets y_k^{LS} and the cross-entropy H(y, p). The last line, the loss with the
% smoothed targets that the paper describes in words, is added.
\boldsymbol{x} \in \mathbb{R}^{d}, \boldsymbol{w} \in \mathbb{R}^{K \times d}, \boldsymbol{y} \in \mathbb{R}^{K}, \alpha \in \mathbb{R}

p_k = \frac{e^{x^T w_k}}{\sum_{l=1}^{L} e^{x^T w_l}}
y_k^{LS} = y_k(1 - \alpha) + \alpha/K
H(\boldsymbol{y}, \boldsymbol{p}) = \sum_{k=1}^{K} -y_k \log(p_k)
\mathcal{L} = H(\boldsymbol{y}^{LS}, \boldsymbol{p})
