% Prince, Understanding Deep Learning, Eq. 11.4 (a residual network's first blocks) as printed (from memory of the
% printing): each f_k[., phi_k] a one-layer ReLU block Omega_k a[x] here (the chapter leaves f_k general; written out)
\mathbf{x} \in \mathbb{R}^{D}, \boldsymbol\Omega_1, \boldsymbol\Omega_2 \in \mathbb{R}^{D \times D}

\mathbf{f}_1[\mathbf{x}] = \boldsymbol\Omega_1 \mathrm{ReLU}[\mathbf{x}]
\mathbf{f}_2[\mathbf{x}] = \boldsymbol\Omega_2 \mathrm{ReLU}[\mathbf{x}]
\mathbf{h}_1 = \mathbf{x} + \mathbf{f}_1[\mathbf{x}]
\mathbf{h}_2 = \mathbf{h}_1 + \mathbf{f}_2[\mathbf{h}_1]
