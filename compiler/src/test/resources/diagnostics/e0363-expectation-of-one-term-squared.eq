% E(X)^2 is the square of the mean in a variance formula, the mean of the square in a loss: eqc does not guess
x \in \mathbb{R}^{B}

v = \mathbb{E}(x)^2
% ~ERROR E0363
