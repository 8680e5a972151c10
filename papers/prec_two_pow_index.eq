% Reading rule: an index used as a number counts from 0 without explicit limits (SPEC 3.4), so
% y_i = 2^{-i} x_i scales x by 1, 1/2, 1/4, ...
x \in \mathbb{R}^{d}

y_i = 2^{-i} x_i
