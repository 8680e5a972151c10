% Improved techniques for training consistency models, Song & Dhariwal (2023), Eq. 8: the exponential
% discretisation curriculum at training iteration k of K
k, K, s_0, s_1 \in \mathbb{R}

K' = \left\lfloor \frac{K}{\log_2 \lfloor s_1 / s_0 \rfloor + 1} \right\rfloor
N(k) = \min(s_0 2^{\lfloor k / K' \rfloor}, s_1) + 1
