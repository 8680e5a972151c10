% A running mean declared as a vector, but mean reduces the last axis to a scalar.
z \in \mathbb{R}^{d}, \mu \in \mathbb{R}^{d}
\mu = \mathrm{mean}(z)
% ~ERROR E0304
