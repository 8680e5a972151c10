% Reading rule: \frac{1}{2}\|x\|^2 is half the squared Euclidean norm (a scalar), and \|x\|_2^2 the same
% without the half
x \in \mathbb{R}^{d}

y = \frac{1}{2}\|x\|^2
z = \|x\|_2^2
