% A model written as f(x; θ), as papers do, without defining f: the value of a function the file
% does not define is an input, but nothing here tells its shape (not indexed, not added to a tensor,
% f not declared).
x, \theta \in \mathbb{R}^{d}
\hat{y} = f(x; \theta)
% ~ERROR E0192
