% Goldberg (2017), Sec. 2.7.1 (multi-class hinge loss), from memory of the printing: t the correct class, k the
% highest-scoring other class (both given in the prose as argmaxes, pasted as the book prints them); bracket indexing
\hat{\mathbf{y}}, \mathbf{y} \in \mathbb{R}^{n}

t = \arg\max_i \mathbf{y}_{[i]}
k = \arg\max_{i \neq t} \hat{\mathbf{y}}_{[i]}
L_{\text{hinge(multi-class)}}(\hat{\mathbf{y}}, \mathbf{y}) = \max(0, 1 - (\hat{\mathbf{y}}_{[t]} - \hat{\mathbf{y}}_{[k]}))
