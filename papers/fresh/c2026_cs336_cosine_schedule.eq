% Stanford CS336 (2025), Assignment 1 Sec. 4.4: the cosine learning-rate schedule with linear warm-up, from memory of
% the printing; t the iteration, T_w warm-up iterations, T_c cosine-annealing iterations (prose)
t, T_w, T_c, \alpha_\text{max}, \alpha_\text{min} \in \mathbb{R}

\alpha_t = \begin{cases} \frac{t}{T_w}\alpha_\text{max} & \text{if } t < T_w \\ \alpha_\text{min} + \frac{1}{2}\left(1 + \cos\left(\frac{t - T_w}{T_c - T_w}\pi\right)\right)(\alpha_\text{max} - \alpha_\text{min}) & \text{if } T_w \le t \le T_c \\ \alpha_\text{min} & \text{if } t > T_c \end{cases}
