% A minimalist approach to offline RL (TD3+BC), Fujimoto & Gu (2021), Eqs. 3 and 4: the normalising
% weight lambda and the actor objective over a mini-batch of N transitions with one-dimensional actions;
% Q(s, pi(s)), pi(s), the data actions a and Q(s_i, a_i) given per transition (prose)
Q(s, \pi(s)), \pi(s), a \in \mathbb{R}^{N}, Q(s_i, a_i) \in \mathbb{R}^{N}, \alpha \in \mathbb{R}

\lambda = \frac{\alpha}{\frac{1}{N}\sum_{(s_i, a_i)} |Q(s_i, a_i)|}
J = \mathbb{E}_{(s,a) \sim \mathcal{D}}\left[\lambda Q(s, \pi(s)) - (\pi(s) - a)^2\right]
