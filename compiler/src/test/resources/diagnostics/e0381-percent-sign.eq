% Rho-1's selective loss prints the fraction of kept tokens as k\%; a percent sign after a value is not read.
x \in \mathbb{R}^{N}, k \in \mathbb{R}

L = \frac{1}{N * k\%} \sum_{i=1}^{N} x_i
% ~ERROR E0381
