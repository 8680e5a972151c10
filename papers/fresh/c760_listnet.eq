% ListNet, Cao et al. (2007), Eq. 3 (top one probability with phi = exp) and the cross-entropy listwise
% loss of Sec. 4.3 between the relevance scores y and the model scores z of n documents
y \in \mathbb{R}^{n}, z \in \mathbb{R}^{n}

P_s(j) = \frac{\exp(s_j)}{\sum_{k=1}^{n} \exp(s_k)}
L(y, z) = -\sum_{j=1}^{n} P_y(j) \log(P_z(j))
