% A point set generation network (Chamfer distance), Fan et al. (2017), Eq. 1: S_1, S_2 point sets in
% R^3 (prose), here n and m points as rows (added declaration)
S_1 \in \mathbb{R}^{n \times 3}, S_2 \in \mathbb{R}^{m \times 3}

d_{CD}(S_1, S_2) = \sum_{x \in S_1} \min_{y \in S_2} \|x - y\|_2^2 + \sum_{y \in S_2} \min_{x \in S_1} \|x - y\|_2^2
