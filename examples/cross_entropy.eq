% Cross-entropy between a target distribution y and a prediction \hat{y} over C classes
y, \hat{y} \in \mathbb{R}^{C}

L = -\sum_{i=1}^{C} y_i \log \hat{y}_i
