% Reading rule: -x^2 is -(x^2), not (-x)^2
x \in \mathbb{R}^{d}

y = -x^2
