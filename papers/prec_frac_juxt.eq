% Reading rule: \frac{a}{b}c is (a/b) c
a, b, c \in \mathbb{R}^{d}

y = \frac{a}{b}c
