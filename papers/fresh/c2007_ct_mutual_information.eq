% Cover & Thomas, Elements of Information Theory (2nd ed.), Sec. 2.3 Eq. 2.28: the mutual information of two discrete
% variables, from memory of the printing; the joint p(x, y) an m x n table and the marginals p(x), p(y) (declared)
p(x, y) \in \mathbb{R}^{m \times n}, p(x) \in \mathbb{R}^{m}, p(y) \in \mathbb{R}^{n}

I(X; Y) = \sum_{x \in \mathcal{X}} \sum_{y \in \mathcal{Y}} p(x, y) \log \frac{p(x, y)}{p(x) p(y)}
