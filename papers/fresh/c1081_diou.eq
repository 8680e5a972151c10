% Distance-IoU loss, Zheng et al. (2020), Eq. 6, for one box pair: b, b^{gt} the central points of the
% predicted and target boxes, IoU and the diagonal c of the smallest enclosing box given; \rho is the
% Euclidean distance (prose; the definition line added)
\mathbf{b}, \mathbf{b}^{gt} \in \mathbb{R}^{2}, IoU, c \in \mathbb{R}

\rho(u, v) = \|u - v\|_2
\mathcal{L}_{DIoU} = 1 - IoU + \frac{\rho^2(\mathbf{b}, \mathbf{b}^{gt})}{c^2}
