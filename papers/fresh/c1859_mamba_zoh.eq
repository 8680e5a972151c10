% Gu & Dao (2023), Mamba, Eq. 4 (zero-order hold), pasted from the printing; A in R^{N x N}, B in R^{N x 1},
% \Delta scalar (prose, Sec. 2)
\Delta \in \mathbb{R}, A \in \mathbb{R}^{N \times N}, B \in \mathbb{R}^{N \times 1}

\overline{A} = \exp(\Delta A) \qquad \overline{B} = (\Delta A)^{-1} (\exp(\Delta A) - I) \cdot \Delta B
