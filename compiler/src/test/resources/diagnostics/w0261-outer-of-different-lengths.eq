% Adafactor's factored second moment as Shazeer & Stern print it: a column of row sums times a row of column sums.
R_t \in \mathbb{R}^{n}, C_t \in \mathbb{R}^{m}
\hat{V}_t = R_t C_t / (1_n^\top R_t)
% ~WARNING W0261
