% Mamba, Gu & Dao (2023), Eq. 4: zero-order hold discretisation of (Delta, A, B); A is an N x N state matrix
% here (S4's general form), so exp is the matrix exponential
A \in \mathbb{R}^{N \times N}, B \in \mathbb{R}^{N \times 1}, \Delta \in \mathbb{R}

\bar{A} = \exp(\Delta A)
\bar{B} = (\Delta A)^{-1}(\exp(\Delta A) - I) \cdot \Delta B
