% Renyi entropy of order alpha, Renyi (1961)
p \in \mathbb{R}^{n}, \alpha \in \mathbb{R}

H_\alpha(X) = \frac{1}{1 - \alpha} \log\left(\sum_{i=1}^{n} p_i^\alpha\right)
