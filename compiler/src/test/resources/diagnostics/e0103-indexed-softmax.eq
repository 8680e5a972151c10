% Cross-entropy with the softmax indexed inside the sum: index a name instead, e.g. define
% p = \mathrm{softmax}(z) first.
z, y \in \mathbb{R}^{C}
L = -\sum_{c=1}^{C} y_c \log \mathrm{softmax}(z)_c
% ~ERROR E0103
