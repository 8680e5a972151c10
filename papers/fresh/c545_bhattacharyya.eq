% Bhattacharyya coefficient and distance (Bhattacharyya 1943; as Wikipedia prints them), P, Q discrete
% distributions over n outcomes (prose)
P, Q \in \mathbb{R}^{n}

BC(P, Q) = \sum_{x \in X} \sqrt{P(x) Q(x)}
D_B(P, Q) = -\ln\left(BC(P, Q)\right)
