% LDAM loss, Cao et al. (2019), Eq. 13: z the logits of one example of label y, n_j the number of
% training examples of class j, C a constant (prose); classes counted from 1 as in the paper
z \in \mathbb{R}^{k}, n \in \mathbb{R}^{k}, y \in \{1, \dots, k\}, C \in \mathbb{R}

\Delta_j = \frac{C}{n_j^{1/4}}
\mathcal{L}_{\mathrm{LDAM}} = -\log \frac{e^{z_y - \Delta_y}}{e^{z_y - \Delta_y} + \sum_{j \neq y} e^{z_j}}
