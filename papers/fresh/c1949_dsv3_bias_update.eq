% DeepSeek-V3 technical report (2024), Sec. 2.1.2, auxiliary-loss-free load balancing: at the end of each step
% the bias of an overloaded expert is decreased by \gamma and that of an underloaded one increased (prose; the
% update written as eqc users would from memory of the prose), c_i the tokens routed to expert i
b, c \in \mathbb{R}^{N_r}, \gamma \in \mathbb{R}

\bar{c} = \frac{1}{N_r} \sum_{i=1}^{N_r} c_i
b_i' = b_i - \gamma \, \mathrm{sign}(c_i - \bar{c})
