% Aggarwal (2018), Sec. 2.3.2 / Eq. 2.? (softmax output of the multiclass network), from memory of the printing: v_i
% the k outputs of the last layer, \hat{y}_i the probabilities
v \in \mathbb{R}^{k}

\hat{y}_i = \frac{\exp(v_i)}{\sum_{j=1}^{k} \exp(v_j)} \quad \forall i \in \{1, \ldots, k\}
