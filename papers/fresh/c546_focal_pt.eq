% Focal loss, Lin et al. (2017), Eqs. 2 and 4: p the model's probabilities for the class y = 1, y the labels
% in {0, 1}, for N examples (prose)
p, y \in \mathbb{R}^{N}, \gamma \in \mathbb{R}

p_t = \begin{cases} p & \text{if } y = 1 \\ 1 - p & \text{otherwise} \end{cases}
\text{FL}(p_t) = -(1 - p_t)^{\gamma} \log(p_t)
