% Symmetric cross entropy, Wang et al. (2019), Sec. 3.3: q(k|x) the label distribution, p(k|x) the model's, over K
% classes for one example; the label distribution given smoothed here so that log q is finite
p(k|x), q(k|x) \in \mathbb{R}^{K}, \alpha, \beta \in \mathbb{R}

\ell_{ce} = -\sum_{k=1}^{K} q(k|x) \log p(k|x)
\ell_{rce} = -\sum_{k=1}^{K} p(k|x) \log q(k|x)
\ell_{sl} = \alpha \ell_{ce} + \beta \ell_{rce}
