% Gradient norm clipping, Pascanu, Mikolov & Bengio (2013), Algorithm 1: the rescaling applied when
% \|\hat{g}\| \ge threshold; "threshold" is a word the paper prints in italics.
\hat{\mathbf{g}} \in \mathbb{R}^{d}, threshold \in \mathbb{R}

\hat{\mathbf{g}} \leftarrow \frac{threshold}{\|\hat{\mathbf{g}}\|} \hat{\mathbf{g}}
