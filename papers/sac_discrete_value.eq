% Soft actor-critic for discrete action settings, Christodoulou (2019), Eq. 10: the soft state value
% as an expectation over the n_a actions; \pi and Q are a linear-softmax policy and a linear critic
% (helpers) on the state features s.
s_t \in \mathbb{R}^{d}, W_\pi, W_Q \in \mathbb{R}^{n_a \times d}, \alpha \in \mathbb{R}

\pi(s) = \mathrm{softmax}(W_\pi s)
Q(s) = W_Q s
V(s_t) := \pi(s_t)^T\left[Q(s_t) - \alpha \log(\pi(s_t))\right]
