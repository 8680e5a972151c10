% Multiclass SVM loss (Weston & Watkins 1999; CS231n notes): scores s of N examples over C classes,
% y_i the correct class of example i (0-based), margin \Delta
s \in \mathbb{R}^{N \times C}, y \in \mathbb{R}^{N}, \Delta = 1

L_i = \sum_{j \neq y_i} \max(0, s_{ij} - s_{i y_i} + \Delta)
L = \frac{1}{N} \sum_i L_i
