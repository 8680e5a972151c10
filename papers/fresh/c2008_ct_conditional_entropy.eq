% Cover & Thomas (2nd ed.), Sec. 2.2 Eq. 2.12: the conditional entropy, from memory of the printing; the joint
% p(x, y) and the conditional p(y|x) given as m x n tables indexed [x, y] (declared)
p(x, y), p(y|x) \in \mathbb{R}^{m \times n}

H(Y|X) = -\sum_{x \in \mathcal{X}} \sum_{y \in \mathcal{Y}} p(x, y) \log p(y|x)
