% A3C, Mnih et al. (2016), Sec. 4: the entropy of the policy at each of T states, over A actions (prose)
\pi \in \mathbb{R}^{T \times A}

H_t = -\sum_{a} \pi(a \mid s_t) \log \pi(a \mid s_t)
