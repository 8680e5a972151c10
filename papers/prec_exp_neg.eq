% Reading rule: e^{-x} is \exp(-x) (undeclared e is Euler's number)
x \in \mathbb{R}^{d}

y = e^{-x}
