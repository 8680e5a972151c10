% d2l.ai 11.3 (scaled dot-product attention), printed with its shape
Q \in \mathbb{R}^{n \times d}
K \in \mathbb{R}^{m \times d}
V \in \mathbb{R}^{m \times v}
A = \mathrm{softmax}(QK^\top/\sqrt{d})V \in \mathbb{R}^{n \times v}
