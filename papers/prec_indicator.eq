% Reading rule: x \cdot \mathbb{1}[x > 0] with a vector x is element-wise (ReLU as an indicator product)
x \in \mathbb{R}^{d}

y = x \cdot \mathbb{1}[x > 0]
