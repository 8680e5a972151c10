% Sutton & Barto (2018), Eqs. 2.11-2.12: the gradient bandit algorithm after action A_t with reward R_t;
% the preferences H_t of the k arms, arms counting from 0 (prose)
H_t \in \mathbb{R}^{k}, A_t \in \mathbb{N}, R_t, \bar{R}_t, \alpha \in \mathbb{R}

\pi_t(a) \doteq \frac{e^{H_t(a)}}{\sum_{b=1}^{k} e^{H_t(b)}}
H_{t+1}(A_t) \doteq H_t(A_t) + \alpha(R_t - \bar{R}_t)(1 - \pi_t(A_t)), \quad \text{and}
H_{t+1}(a) \doteq H_t(a) - \alpha(R_t - \bar{R}_t)\pi_t(a), \quad \text{for all } a \neq A_t
