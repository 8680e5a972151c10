% NWJ bound (Nguyen, Wainwright & Jordan 2010) as Poole et al. (2019, "On variational bounds of mutual
% information", Eq. 12) estimate it on a batch of K pairs: critic scores f(x_i, y_j) of every pairing, the
% diagonal the joint samples and the other entries the product of marginals
f(x, y) \in \mathbb{R}^{K \times K}

I_{\text{NWJ}} = \frac{1}{K} \sum_{i=1}^{K} f(x_i, y_i) - e^{-1} \frac{1}{K(K-1)} \sum_{i \neq j} e^{f(x_i, y_j)}
