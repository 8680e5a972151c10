% Soft Q-learning / maximum-entropy RL (Haarnoja et al. 2017, Eq. 6, discrete actions): the soft value
% V(s) = alpha log sum_a exp(Q(s, a)/alpha) and the energy-based policy, for B states and A actions
Q \in \mathbb{R}^{B \times A}, \alpha \in \mathbb{R}

V_s = \alpha \log \sum_{a} \exp\left(\frac{1}{\alpha} Q_{s,a}\right)
\pi_{s,a} = \exp\left(\frac{1}{\alpha}(Q_{s,a} - V_s)\right)
