% Behaviour cloning term of TD3+BC-style offline RL written over a mini-batch B of N transitions (Fujimoto & Gu
% 2021 print the sum over (s, a) in B); pi(s_i) the policy's actions and a_i the data's, one dimension (prose)
\pi(s_i), a \in \mathbb{R}^{N}

L_{BC} = \frac{1}{N} \sum_{(s_i, a_i) \in \mathcal{B}} (\pi(s_i) - a_i)^2
