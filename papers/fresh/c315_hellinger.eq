% Hellinger distance between discrete distributions (e.g. Wikipedia / Le Cam), P = (p_1..p_k), Q = (q_1..q_k)
p, q \in \mathbb{R}^{k}

H(P, Q) = \frac{1}{\sqrt{2}} \sqrt{\sum_{i=1}^{k} (\sqrt{p_i} - \sqrt{q_i})^2}
