% Delving deep into rectifiers, He et al. (2015), Eq. 2: PReLU written with max and min
y, a \in \mathbb{R}^{C}

f(y_i) = \max(0, y_i) + a_i \min(0, y_i)
