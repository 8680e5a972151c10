% Concatenating a feature vector with a scalar time step: Concat joins along the last axis
% of vectors or matrices.
x \in \mathbb{R}^{d}, t \in \mathbb{R}
z = \mathrm{Concat}(x, t)
% ~ERROR E0303
