% Platt scaling, Platt (1999), Eq. 1: the SVM output f mapped to a probability
f \in \mathbb{R}^{N}, A, B \in \mathbb{R}

P(y = 1 | f) = \frac{1}{1 + \exp(A f + B)}
