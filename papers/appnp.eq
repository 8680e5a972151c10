% Predict then propagate (APPNP), Klicpera, Bojchevski & Günnemann (2019), Eq. 4: one propagation step;
% \hat{\tilde{A}} is the symmetrically normalized adjacency with self-loops (given), H the predictions
\hat{\tilde{\mathbf{A}}} \in \mathbb{R}^{n \times n}, \mathbf{Z}^{(k)}, \mathbf{H} \in \mathbb{R}^{n \times c}, \alpha \in \mathbb{R}

\mathbf{Z}^{(k+1)} = (1 - \alpha)\hat{\tilde{\mathbf{A}}}\mathbf{Z}^{(k)} + \alpha\mathbf{H}
