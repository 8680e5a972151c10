% Reading rule: x^{-1/2} is 1/\sqrt{x}, element-wise for a vector
x \in \mathbb{R}^{d}

y = x^{-1/2}
