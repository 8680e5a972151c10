% Delving deep into rectifiers, He et al. (2015), Eq. 1: PReLU with a learned slope a_i per channel i
y, a \in \mathbb{R}^{C}

f(y_i) = \begin{cases} y_i, & \text{if } y_i > 0 \\ a_i y_i, & \text{if } y_i \leq 0 \end{cases}
