% The 2×2 rotation of rotary position embeddings (Su et al., 2021, Eq. 13), written cell by cell.
\theta \in \mathbb{R}
R = \begin{pmatrix} \cos\theta & -\sin\theta \\ \sin\theta & \cos\theta \end{pmatrix}
% ~ERROR E0103
