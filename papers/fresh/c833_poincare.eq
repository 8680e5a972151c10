% Poincare embeddings (Nickel & Kiela 2017), eq. (1): the distance between two points of the unit ball
\mathbf{u}, \mathbf{v} \in \mathbb{R}^{d}

d(\mathbf{u}, \mathbf{v}) = \mathrm{arcosh}\left(1 + 2\frac{\|\mathbf{u} - \mathbf{v}\|^2}{(1 - \|\mathbf{u}\|^2)(1 - \|\mathbf{v}\|^2)}\right)
