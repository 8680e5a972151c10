% Wing loss, Feng et al. (2018), Eq. 5, applied to each coordinate error x; w and \epsilon its parameters
x \in \mathbb{R}^{n}, w, \epsilon \in \mathbb{R}

wing(x) = \begin{cases} w \ln(1 + |x| / \epsilon) & \text{if } |x| < w \\ |x| - C & \text{otherwise} \end{cases}
C = w - w \ln(1 + w / \epsilon)
