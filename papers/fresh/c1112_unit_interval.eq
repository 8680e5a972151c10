% Constructed, from no single paper: the chained condition of c968 in its smallest form, the 0/1 mask
% of the open unit interval (was (0 < x_i) < 1 on main, a silent wrong mask)
x \in \mathbb{R}^{n}

g_i = \begin{cases} 1 & \text{if } 0 < x_i < 1 \\ 0 & \text{otherwise} \end{cases}
