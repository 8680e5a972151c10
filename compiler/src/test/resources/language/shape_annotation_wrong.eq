% the written shape disagrees: n x m where the product gives n x v
Q \in \mathbb{R}^{n \times d}
K \in \mathbb{R}^{m \times d}
V \in \mathbb{R}^{m \times v}
A = \mathrm{softmax}(QK^\top/\sqrt{d})V \in \mathbb{R}^{n \times m}
