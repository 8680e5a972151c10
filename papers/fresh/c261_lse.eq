% Accurately computing the log-sum-exp and softmax functions, Blanchard, Higham & Higham (2021),
% Eq. 2.2: the shifted log-sum-exp with x^* = max_i x_i
x \in \mathbb{R}^{n}

x^* = \max_i x_i
\mathrm{LSE}(x) = x^* + \log \sum_{i=1}^{n} e^{x_i - x^*}
