% Efficiently modeling long sequences with structured state spaces (S4), Gu, Goel & Re (2022), Eq. 3: the bilinear
% discretisation of the state space (A, B, C) with step size \Delta
A \in \mathbb{R}^{N \times N}, B \in \mathbb{R}^{N \times 1}, C \in \mathbb{R}^{1 \times N}, \Delta \in \mathbb{R}

\overline{A} = (I - \Delta/2 \cdot A)^{-1}(I + \Delta/2 \cdot A) \qquad \overline{B} = (I - \Delta/2 \cdot A)^{-1} \Delta B \qquad \overline{C} = C
