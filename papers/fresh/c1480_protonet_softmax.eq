% Prototypical networks, Snell, Swersky & Zemel (2017), Eq. 2 as printed, with d the squared Euclidean distance
% (Sec. 2.2 prose, written out as a line); f_phi(x) the query's M-dimensional embedding (given), c_k the K
% prototypes (rows of c)
f_\phi(\mathbf{x}) \in \mathbb{R}^{M}, \mathbf{c} \in \mathbb{R}^{K \times M}

d(\mathbf{z}, \mathbf{z}') = \|\mathbf{z} - \mathbf{z}'\|^2
p_\phi(y = k \mid \mathbf{x}) = \frac{\exp(-d(f_\phi(\mathbf{x}), \mathbf{c}_k))}{\sum_{k'} \exp(-d(f_\phi(\mathbf{x}), \mathbf{c}_{k'}))}
