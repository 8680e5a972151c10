% Reading rule: f(x)^2 with f a defined function is (f(x))^2, not f(x^2) (SPEC 3.2)
x \in \mathbb{R}^{d}

f(x) = \tanh(x)
y = f(x)^2
