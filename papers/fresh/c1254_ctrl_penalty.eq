% CTRL, Keskar et al. (2019), Sec. 4.1 "penalized sampling": the scores x_i of tokens already in the list g of
% generated tokens are divided by theta as well as the temperature T; g given as a 0/1 indicator over V tokens
x \in \mathbb{R}^{V}, g \in \{0, 1\}^{V}, T, \theta \in \mathbb{R}

p_i = \frac{\exp(x_i / (T \cdot I(i \in g)))}{\sum_j \exp(x_j / (T \cdot I(j \in g)))} \qquad I(c) = \theta \text{ if c is True else } 1
