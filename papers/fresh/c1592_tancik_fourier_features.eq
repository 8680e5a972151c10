% Tancik et al. (2020), "Fourier Features Let Networks Learn High Frequency Functions", Eq. 4: the Fourier feature
% mapping as printed (from memory of the printing): a_j the amplitudes and b_j in R^d the frequencies, j = 1..m
% (prose), given here as a and the rows of b.
\mathbf{v} \in \mathbb{R}^{d}, a \in \mathbb{R}^{m}, \mathbf{b} \in \mathbb{R}^{m \times d}

\gamma(\mathbf{v}) = \left[a_1 \cos(2\pi \mathbf{b}_1^T \mathbf{v}), a_1 \sin(2\pi \mathbf{b}_1^T \mathbf{v}), \ldots, a_m \cos(2\pi \mathbf{b}_m^T \mathbf{v}), a_m \sin(2\pi \mathbf{b}_m^T \mathbf{v})\right]^T
