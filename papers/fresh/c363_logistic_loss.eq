% Logistic loss for margins, e.g. Bishop PRML Eq. 7.47 with t in {-1, 1}
y, t \in \mathbb{R}^{N}

E = \sum_{n=1}^{N} \ln(1 + \exp(-y_n t_n))
