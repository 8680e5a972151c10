% Multiclass kernel-based vector machines, Crammer & Singer (2001), §2: the slack of example i (the
% bound on its loss); M_r is row r of M, labels y_i count classes from 0, as the --input holds them
M \in \mathbb{R}^{k \times n}, \bar{x} \in \mathbb{R}^{m \times n}, y \in \mathbb{N}^{m}

\xi_i = \max_r\{M_r \cdot \bar{x}_i + 1 - \delta_{y_i, r}\} - M_{y_i} \cdot \bar{x}_i
