% Cross-entropy loss with one closing parenthesis too many.
y, \hat{y} \in \mathbb{R}^{C}
L = -\sum_{c=1}^{C} y_c \log(\hat{y}_c))
% ~ERROR E0001
