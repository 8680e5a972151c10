% YOLO, Redmon et al. (2016), Eq. 3, last line: the class-probability term, 1^{obj}_i whether an object
% appears in cell i, p_i(c) the conditional class probabilities of cell i (prose)
\mathbb{1}^{obj} \in \mathbb{R}^{S^2}, p, \hat{p} \in \mathbb{R}^{S^2 \times K}

L_{cls} = \sum_{i=0}^{S^2} \mathbb{1}^{obj}_i \sum_{c \in \text{classes}} (p_i(c) - \hat{p}_i(c))^2
