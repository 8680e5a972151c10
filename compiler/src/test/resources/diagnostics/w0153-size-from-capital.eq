% A mean over an index whose capital is used as the count: p runs from 1 to P.
y_i = \frac{1}{P} \sum_{p} X_{ip}
% ~WARNING W0153
% ~WARNING W0101
