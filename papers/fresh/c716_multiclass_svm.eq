% CS231n's multiclass SVM (Weston-Watkins) loss of example i: s the class scores, y_i its label, margin \Delta
s \in \mathbb{R}^{C}, y_i \in \mathbb{N}, \Delta \in \mathbb{R}

L_i = \sum_{j \neq y_i} \max(0, s_j - s_{y_i} + \Delta)
