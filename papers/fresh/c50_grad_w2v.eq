% Skip-gram negative sampling objective, Mikolov et al. (2013), Eq. 4, for one (w_I, w_O) pair
% with k negative samples v'_{w_i} stacked as rows of N
v_{w_I}, v'_{w_O} \in \mathbb{R}^{d}, N \in \mathbb{R}^{k \times d}

J = \log \sigma({v'_{w_O}}^\top v_{w_I}) + \sum_{i=1}^{k} \log \sigma(-N_i^\top v_{w_I})
g = \nabla_{v_{w_I}} J
g_N = \nabla_{N} J
