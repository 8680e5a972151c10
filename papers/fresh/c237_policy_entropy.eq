% Entropy of a discrete policy (the A3C entropy bonus, Mnih et al. 2016, Sec. 4), pi(a) the
% probability of action a among k (prose)
\pi \in \mathbb{R}^{k}

H(\pi) = -\sum_a \pi(a) \log \pi(a)
