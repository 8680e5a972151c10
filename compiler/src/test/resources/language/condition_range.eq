% a range after the definition gives the index its limits: i counts from 1
x \in \mathbb{R}^{n}
y_i = x_i + i \quad \text{for } i = 1, \dots, n
