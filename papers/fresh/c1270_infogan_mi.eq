% InfoGAN, Chen et al. (2016), Eq. 5 estimated on B samples: the variational lower bound on the mutual information
% for a categorical code c of K values with prior p; Q(c|x) the auxiliary network's probabilities, one row per
% generated sample, c_i the code it was generated with (prose)
Q(c|x_i) \in \mathbb{R}^{B \times K}, c \in \{1, \dots, K\}^{B}, p \in \mathbb{R}^{K}

H(c) = -\sum_{k=1}^{K} p_k \log p_k
L_I(G, Q) = \frac{1}{B} \sum_{i=1}^{B} \log Q(c_i | x_i) + H(c)
