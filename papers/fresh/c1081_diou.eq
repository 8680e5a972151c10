% Distance-IoU loss, Zheng et al. (2020), Eq. 6, for n box pairs: b, b^{gt} the box centres, IoU and the
% diagonal c of the smallest enclosing box given per pair; \rho is the Euclidean distance (prose, the definition
% line added)
\mathbf{b}, \mathbf{b}^{gt} \in \mathbb{R}^{n \times 2}, IoU, c \in \mathbb{R}^{n}

\rho(u, v) = \|u - v\|_2
\mathcal{L}_{DIoU} = 1 - IoU + \frac{\rho^2(\mathbf{b}, \mathbf{b}^{gt})}{c^2}
