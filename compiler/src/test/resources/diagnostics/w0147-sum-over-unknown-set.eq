% A sum over a set the file never gives runs over the whole axis its index reads.
p \in \mathbb{R}^{K}
s = \sum_{x \in \mathcal{X}} p_x
% ~WARNING W0147
