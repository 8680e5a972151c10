% RoFormer, Su et al. (2021), Eq. 13: the 2D case of the rotary embedding, the query at position m as
% the rotation by m\theta of W_q x_m, with the matrices written out cell by cell as the paper prints them
W^{(11)}, W^{(12)}, W^{(21)}, W^{(22)} \in \mathbb{R}, x^{(1)}_m, x^{(2)}_m, m, \theta \in \mathbb{R}

f_q = \begin{pmatrix} \cos m\theta & -\sin m\theta \\ \sin m\theta & \cos m\theta \end{pmatrix} \begin{pmatrix} W^{(11)} & W^{(12)} \\ W^{(21)} & W^{(22)} \end{pmatrix} \begin{pmatrix} x^{(1)}_m \\ x^{(2)}_m \end{pmatrix}
