% Zhang et al., Dive into Deep Learning, Sec. 3.7 (weight decay), as printed: the squared loss over n examples x^{(i)} plus the penalty
\mathbf{X} \in \mathbb{R}^{n \times d}, \mathbf{y} \in \mathbb{R}^{n}, \mathbf{w} \in \mathbb{R}^{d}, b, \lambda \in \mathbb{R}

$$L(\mathbf{w}, b) = \frac{1}{n}\sum_{i=1}^n \frac{1}{2}\left(\mathbf{w}^\top \mathbf{x}^{(i)} + b - y^{(i)}\right)^2.$$
$$J = L(\mathbf{w}, b) + \frac{\lambda}{2} \|\mathbf{w}\|^2.$$
