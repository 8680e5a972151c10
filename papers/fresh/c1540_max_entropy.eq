% Uncertainty sampling by entropy, Settles (2009), "Active Learning Literature Survey", Eq. 2.3 as printed (from memory
% of the printing): the pool's predicted class probabilities given, one row per unlabelled instance (prose)
P_\theta \in \mathbb{R}^{n \times C}

x^*_{H} = \underset{x}{\operatorname{argmax}} -\sum_i P_\theta(y_i \mid x) \log P_\theta(y_i \mid x)
