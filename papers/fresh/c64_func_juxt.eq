x \in \mathbb{R}

y = \sin 2x
z = \log 2x
w = \cos m\theta
