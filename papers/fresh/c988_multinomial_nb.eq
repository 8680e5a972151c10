% Multinomial naive Bayes, scikit-learn user guide (Sec. 1.9.2): the smoothed parameter estimate, N_{yi} the
% count of feature i in class y, n features (prose)
N \in \mathbb{R}^{K \times n}, \alpha \in \mathbb{R}

N_y = \sum_{i=1}^{n} N_{yi}
\hat{\theta}_{yi} = \frac{N_{yi} + \alpha}{N_y + \alpha n}
