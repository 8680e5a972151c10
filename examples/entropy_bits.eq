% The entropy of a distribution p in bits (Shannon, 1948)
p \in \mathbb{R}^{n}

H = -\sum_{i=1}^{n} p_i \log_2 p_i
