% Multiclass SVM loss rewritten: the j = y_i term contributes exactly \Delta, so subtract it
s \in \mathbb{R}^{N \times C}, y \in \mathbb{R}^{N}, \Delta = 1

L_i = \sum_{j} \max(0, s_{ij} - s_{i y_i} + \Delta) - \Delta
L = \frac{1}{N} \sum_i L_i
