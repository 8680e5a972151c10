% Similarity-preserving KD, Tung & Mori (2019), Eqs. 2-4: Q_T, Q_S the teacher's and student's activation maps of a
% batch of b images reshaped to b x chw (prose); rows of the Gram matrices L2-normalised
Q_T \in \mathbb{R}^{b \times m}, Q_S \in \mathbb{R}^{b \times m'}

\tilde{G}_T = Q_T \cdot Q_T^\top
G_T[i,:] = \tilde{G}_T[i,:] / \|\tilde{G}_T[i,:]\|_2
\tilde{G}_S = Q_S \cdot Q_S^\top
G_S[i,:] = \tilde{G}_S[i,:] / \|\tilde{G}_S[i,:]\|_2
\mathcal{L}_{SP}(G_T, G_S) = \frac{1}{b^2} \|G_T - G_S\|_F^2
