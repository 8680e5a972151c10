% Mikolov et al. (2013b), Eq. 2: the skip-gram softmax, v_w and v'_w the input and output vectors of word w
% (rows of v and v'), W words in the vocabulary
v \in \mathbb{R}^{W \times d}, v' \in \mathbb{R}^{W \times d}, w_I, w_O \in \mathbb{N}

p(w_O | w_I) = \frac{\exp\left({v'_{w_O}}^\top v_{w_I}\right)}{\sum_{w=1}^{W}\exp\left({v'_w}^\top v_{w_I}\right)}
