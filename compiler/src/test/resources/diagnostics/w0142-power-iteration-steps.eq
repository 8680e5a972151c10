% One step of power iteration: the line before the update of u reads its old value.
W \in \mathbb{R}^{n \times d}, u \in \mathbb{R}^{n}
v \leftarrow W^\top u
% ~WARNING W0142
u \leftarrow W v
