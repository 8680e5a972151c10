% The multiclass SVM as CS231n prints it: L_i per example, then L, their mean, under the same letter.
s \in \mathbb{R}^{N \times C}, y \in \{1, \dots, C\}^{N}
L_i = \sum_{j \neq y_i} \max(0, s_{ij} - s_{i y_i} + 1)
% ~WARNING W0230
L = \frac{1}{N} \sum_i L_i
