% VAPO: Efficient and Reliable Reinforcement Learning for Advanced Reasoning Tasks, Yue et al. (2025), Eq. 7 (from
% memory): the length-adaptive GAE lambda of a response of length l with hyper-parameter alpha
l, \alpha \in \mathbb{R}

\lambda_{\text{policy}} = 1 - \frac{1}{\alpha l}
