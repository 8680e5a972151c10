% Sutton & Barto (2018), Eq. 4.1 with the expected reward r(s, a, s') of Eq. 3.6: the Bellman optimality backup
% of v_k; p(s'|s,a) the dynamics as an n_s x n_a x n_s array, r the rewards likewise (prose)
p, r \in \mathbb{R}^{n_s \times n_a \times n_s}, v_k \in \mathbb{R}^{n_s}, \gamma \in \mathbb{R}

v_{k+1}(s) = \max_a \sum_{s'} p(s'|s, a)\left[r(s, a, s') + \gamma v_k(s')\right]
