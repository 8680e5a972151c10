% Boyd & Vandenberghe (2004), Sec. 6.3.2 (Tikhonov regularization, the analytical solution), from memory of the
% printing; shapes from the prose
A \in \mathbb{R}^{m \times n}, b \in \mathbb{R}^{m}, \delta \in \mathbb{R}

x = (A^T A + \delta I)^{-1} A^T b
