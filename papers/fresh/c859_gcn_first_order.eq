% Kipf & Welling (2017), Eq. 6 (second form): the first-order Chebyshev filter of a signal x on N nodes with
% two parameters theta'_0, theta'_1; D_{ii} = \sum_j A_{ij} the degree matrix (prose, Sec. 2)
x \in \mathbb{R}^{N}, A \in \mathbb{R}^{N \times N}, \theta'_0, \theta'_1 \in \mathbb{R}

D_{ii} = \sum_j A_{ij}
y = \theta'_0 x - \theta'_1 D^{-\frac{1}{2}} A D^{-\frac{1}{2}} x
