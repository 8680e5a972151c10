% 1-D valid convolution with the result's size declared
x \in \mathbb{R}^{n}, w \in \mathbb{R}^{k}, y \in \mathbb{R}^{n-k+1}

y_i = \sum_{m=0}^{k-1} x_{i+m} w_m
