% Adam's moment update (Kingma & Ba, 2015) written with `=`, which makes m defined in terms
% of itself; the update form is m \leftarrow \beta_1 m + (1 - \beta_1) g.
g \in \mathbb{R}^{d}, \beta_1 \in \mathbb{R}
m = \beta_1 m + (1 - \beta_1) g
% ~ERROR E0105
