% A linear layer whose bias has the wrong length
x \in \mathbb{R}^{d}, W \in \mathbb{R}^{n \times d}, b \in \mathbb{R}^{m}
y = Wx + b
