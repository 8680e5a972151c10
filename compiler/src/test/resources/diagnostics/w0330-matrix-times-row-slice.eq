% MLP-Mixer's channel mixing: W times row j of X, read as the row's values (a column).
X \in \mathbb{R}^{m \times n}, W \in \mathbb{R}^{n \times n}
Y_{j,*} = X_{j,*} + W X_{j,*}
% ~WARNING W0330
