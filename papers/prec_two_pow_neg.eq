% Reading rule: 2^{-x} is 2 to the power -x, element-wise
x \in \mathbb{R}^{d}

y = 2^{-x}
