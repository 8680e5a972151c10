% GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding, Lepikhin et al. (ICLR 2021),
% Algorithm 1 / Eq. 4 (from memory): the auxiliary load-balancing loss over E experts and S tokens, c_e the number of
% tokens routed to expert e and m_e the mean gate value of expert e (both given, declared from the prose)
c, m \in \mathbb{R}^{E}, S \in \mathbb{R}

\ell_{aux} = \frac{1}{E} \sum_{e=1}^{E} \frac{c_e}{S} \cdot m_e
