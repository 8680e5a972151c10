% A model written as f(x; θ), as papers do, without defining f: a single letter followed by
% an argument list is a call only when that letter is a defined function.
x, \theta \in \mathbb{R}^{d}
\hat{y} = f(x; \theta)
% ~ERROR E0101
