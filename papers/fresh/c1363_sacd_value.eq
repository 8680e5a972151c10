% SAC for discrete actions, Christodoulou (2019), Eq. 10: the soft state value from the policy's action
% probabilities and the action values over the n_a actions of s_t (prose)
\pi(s_t), Q(s_t) \in \mathbb{R}^{n_a}, \alpha \in \mathbb{R}

V(s_t) := \pi(s_t)^T \left[ Q(s_t) - \alpha \log(\pi(s_t)) \right]
