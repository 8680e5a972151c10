% A sum over time steps from t = 2, as in the diffusion ELBO (Ho et al., 2020, Eq. 5).
L \in \mathbb{R}^{T}
L_{vlb} = \sum_{t=2}^{T} L_t
% ~ERROR E0103
