% \sin 2x as in trigonometric identities / Fourier features
x \in \mathbb{R}^{n}

y = \sin 2x
