% Microscaling Data Formats for Deep Learning, Rouhani et al. (2023), Algorithm 1 (from memory): the shared
% power-of-two scale of a block of k values V_i, emax_elem the largest exponent of the element format (given)
V \in \mathbb{R}^{k}, \text{emax}_{\text{elem}} \in \mathbb{R}

\text{shared\_exp} = \lfloor \log_2(\max_i(|V_i|)) \rfloor - \text{emax}_{\text{elem}}
X = 2^{\text{shared\_exp}}
