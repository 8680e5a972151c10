% Reading rule: \sin^2 x is (\sin x)^2, the trigonometric convention every paper uses
x \in \mathbb{R}^{d}

y = \sin^2 x
