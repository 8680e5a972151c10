% N-BEATS, Oreshkin et al. (2020), Eq. 1 and Sec. 3.1 as printed (from memory of the printing): block l's four
% FC layers (ReLU) on the input window x_l (length L), the forward expansion coefficients theta^f_l and the generic
% basis's forecast over the horizon H; hidden width n, expansion dimension m
\mathbf{x}_\ell \in \mathbb{R}^{L}, W_1 \in \mathbb{R}^{n \times L}, W_2, W_3, W_4 \in \mathbb{R}^{n \times n}, b_1, b_2, b_3, b_4 \in \mathbb{R}^{n}, W^f \in \mathbb{R}^{m \times n}, \mathbf{V}^f_\ell \in \mathbb{R}^{H \times m}, \mathbf{b}^f_\ell \in \mathbb{R}^{H}

\mathbf{h}_{\ell,1} = \mathrm{ReLU}(W_1 \mathbf{x}_\ell + b_1)
\mathbf{h}_{\ell,2} = \mathrm{ReLU}(W_2 \mathbf{h}_{\ell,1} + b_2)
\mathbf{h}_{\ell,3} = \mathrm{ReLU}(W_3 \mathbf{h}_{\ell,2} + b_3)
\mathbf{h}_{\ell,4} = \mathrm{ReLU}(W_4 \mathbf{h}_{\ell,3} + b_4)
\theta^f_\ell = W^f \mathbf{h}_{\ell,4}
\hat{\mathbf{y}}_\ell = \mathbf{V}^f_\ell \theta^f_\ell + \mathbf{b}^f_\ell
