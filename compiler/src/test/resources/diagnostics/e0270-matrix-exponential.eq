% Mamba, Gu & Dao (2023), Eq. 4: zero-order hold with a general state matrix A.
A \in \mathbb{R}^{N \times N}, B \in \mathbb{R}^{N \times 1}, \Delta \in \mathbb{R}
\bar{B} = (\Delta A)^{-1}(\exp(\Delta A) - I_N) \Delta B
% ~ERROR E0270
