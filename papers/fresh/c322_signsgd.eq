% signSGD, Bernstein et al. (2018), Algorithm 1
x_k, \tilde{g}_k \in \mathbb{R}^{d}, \delta \in \mathbb{R}

x_{k+1} = x_k - \delta \operatorname{sign}(\tilde{g}_k)
