% CTC forward variable, Graves et al. (2006), Eq. 6 and 7 (one step t): \alpha_{t-1} over the 2|l|+1
% positions of the blank-extended label l', y^t_{l'_s} the network output for label l'_s at time t (prose)
\alpha_{t-1} \in \mathbb{R}^{S}, y^t_{l'} \in \mathbb{R}^{S}, l' \in \mathbb{N}^{S}, b \in \mathbb{N}

\bar{\alpha}_t(s) = \alpha_{t-1}(s) + \alpha_{t-1}(s-1)
\alpha_t(s) = \begin{cases} \bar{\alpha}_t(s) y^t_{l'_s} & \text{if } l'_s = b \text{ or } l'_{s-2} = l'_s \\ \left(\bar{\alpha}_t(s) + \alpha_{t-1}(s-2)\right) y^t_{l'_s} & \text{otherwise} \end{cases}
