% Reading rule: \cos x^2 is \cos(x^2): the power binds to x before the operator applies (as
% \log x^2 = \log(x^2))
x \in \mathbb{R}^{d}

y = \cos x^2
