% SchNet, Schuett et al. (2017), Eq. 5: the radial basis expansion of the interatomic distances d_ij of n
% atoms on K centres mu_k (prose)
d \in \mathbb{R}^{n \times n}, \mu \in \mathbb{R}^{K}, \gamma \in \mathbb{R}

e_k(\mathbf{r}_i - \mathbf{r}_j) = \exp(-\gamma \|d_{ij} - \mu_k\|^2)
