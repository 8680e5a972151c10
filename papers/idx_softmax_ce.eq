% Cross-entropy as printed in many papers (e.g. Goodfellow et al., Deep Learning, Eq. 6.30 with the
% softmax written inline): the softmax's result indexed by the class.
z, y \in \mathbb{R}^{C}
L = -\sum_{c=1}^{C} y_c \log \mathrm{softmax}(z)_c
