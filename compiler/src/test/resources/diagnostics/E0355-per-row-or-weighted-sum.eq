% a vector of coefficients before the samples' matrix: one number per row, or the weights of a sum of the rows?
t \in \mathbb{R}^{B}, x_0, \epsilon \in \mathbb{R}^{B \times D}

z_t = (1 - t) x_0 + \epsilon
% ~ERROR E0355
