% Straight-through Gumbel (hard), Jang et al. (2017), Sec. 2.2: the one-hot of the argmax of the soft sample
y \in \mathbb{R}^{k}

z = \text{one\_hot}(\arg\max_i y_i)
