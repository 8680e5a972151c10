% Zhang et al., Dive into Deep Learning, Sec. 4.1 (softmax regression), as printed: a minibatch X, one-hot labels Y
\mathbf{X} \in \mathbb{R}^{n \times d}, \mathbf{W} \in \mathbb{R}^{d \times q}, \mathbf{b} \in \mathbb{R}^{1 \times q}, \mathbf{Y} \in \mathbb{R}^{n \times q}

$$ \begin{aligned} \mathbf{O} &= \mathbf{X} \mathbf{W} + \mathbf{b}, \\ \hat{\mathbf{Y}} & = \mathrm{softmax}(\mathbf{O}). \end{aligned} $$
$$ l(\mathbf{y}, \hat{\mathbf{y}}) = - \sum_{j=1}^q y_j \log \hat{y}_j. $$
L = \frac{1}{n}\sum_{i=1}^{n} l(\mathbf{Y}_i, \hat{\mathbf{Y}}_i)
