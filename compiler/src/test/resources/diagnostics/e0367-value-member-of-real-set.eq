% GeM pooling (Radenovic et al., 2018, Eq. 3): the set of activations of map k, declared real, summed by member
\mathcal{X} \in \mathbb{R}^{K \times N}
f_k = \sum_{x \in \mathcal{X}_k} x^{3}
% ~ERROR E0367
