% SGC (Wu et al., 2019), Eq. 8: S^K X with K = 2 propagation steps is the matrix power; a graph's A^2 alone
% too; inside an element-wise function (a kernel of squared distances) the power is each entry's.
S \in \mathbb{R}^{n \times n}, X \in \mathbb{R}^{n \times d}, \Theta \in \mathbb{R}^{d \times c}, K = 2
D \in \mathbb{R}^{n \times n}

\hat{Y} = \mathrm{softmax}(S^K X \Theta)
% ~WARNING W0102
A_2 = S^2
% ~WARNING W0102
G = \exp(-D^2)
% ~WARNING W0102
L \in \mathbb{R}^{n \times n}, x \in \mathbb{R}^{n}, \theta \in \mathbb{R}^{m}
y = \sum_{k=0}^{m-1} \theta_k L^k x
% ~WARNING W0102
