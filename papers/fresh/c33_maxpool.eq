% Max pooling with window 2 and stride 2 (Goodfellow et al. 2016, §9.3) over a sequence
x \in \mathbb{R}^{n}

y_i = \max(x_{2i}, x_{2i+1})
