% Sampling-bias-corrected neural modeling, Yi et al. (2019), Eq. 1 and the two-tower score s(x, y) = <u(x, theta),
% v(y, theta)> (Sec. 3), from memory of the printing, adapted: the probability of each of the M items y_i for one
% query x; u the query tower's output, v(y_j, theta) the item tower's outputs as rows
u(x, \theta) \in \mathbb{R}^{k}, v(y_j, \theta) \in \mathbb{R}^{M \times k}

s(x, y_j) = \langle u(x, \theta), v(y_j, \theta) \rangle
\mathcal{P}(y_i \mid x; \theta) = \frac{e^{s(x, y_i)}}{\sum_{j \in [M]} e^{s(x, y_j)}}
