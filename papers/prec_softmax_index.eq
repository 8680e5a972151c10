% Reading rule: \mathrm{softmax}(z)_i is entry i of the softmax of the whole vector z
z \in \mathbb{R}^{d}

p_i = \mathrm{softmax}(z)_i
