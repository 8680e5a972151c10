% Primer, So et al. (2021), Sec. 4: squared ReLU
\text{ReLU}^2(x) = \max(x, 0)^2
