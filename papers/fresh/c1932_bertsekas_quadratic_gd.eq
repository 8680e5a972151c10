% Bertsekas, Nonlinear Programming (3rd ed., 2016), Sec. 1.2 / 1.3 (steepest descent on a positive definite
% quadratic), from memory of the printing: the prime for the transpose, superscript k for the iteration, alpha^k the
% stepsize
Q \in \mathbb{R}^{n \times n}, b, x^k \in \mathbb{R}^{n}, \alpha^k \in \mathbb{R}

f(x) = \frac{1}{2} x'Qx - b'x
x^{k+1} = x^k - \alpha^k (Qx^k - b)
