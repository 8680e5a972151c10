% Reading rule: \frac{\partial}{\partial x}(\ldots) is the gradient of the scalar in parentheses with
% respect to the input x
A \in \mathbb{R}^{m \times n}, x \in \mathbb{R}^{n}, b \in \mathbb{R}^{m}

g = \frac{\partial}{\partial x}\left(\frac{1}{2}\|Ax - b\|^2\right)
