% ESL (Hastie et al.), Algorithm 10.3, step 2(a), the pseudo-residuals, with the squared-error loss of Table 10.2
% (L = 1/2 (y - f(x))^2), from memory of the printing; f_{m-1}(x_i) given (prose)
y, f_{m-1}(x) \in \mathbb{R}^{N}

L(y, f(x)) = \frac{1}{2} (y - f(x))^2
r_{im} = -\left[ \frac{\partial L(y_i, f(x_i))}{\partial f(x_i)} \right]_{f = f_{m-1}}
