% Prince, Understanding Deep Learning (2023), Sec. 12.4 / Eq. 12.11 (multi-head self-attention) as printed, two
% heads with their own value, query and key matrices (from memory of the printing; biases left out as the figure
% does): the inputs are the columns of X, Softmax normalises each column (prose), the heads' outputs are stacked
% vertically and mixed by Omega_c. Sizes from the prose: each head D/H = D/2 rows.
\mathbf{X} \in \mathbb{R}^{D \times N}, \boldsymbol\Omega_{v1}, \boldsymbol\Omega_{q1}, \boldsymbol\Omega_{k1}, \boldsymbol\Omega_{v2}, \boldsymbol\Omega_{q2}, \boldsymbol\Omega_{k2} \in \mathbb{R}^{D/2 \times D}, \boldsymbol\Omega_c \in \mathbb{R}^{D \times D}

\mathbf{Sa}_1[\mathbf{X}] = \boldsymbol\Omega_{v1}\mathbf{X} \cdot \mathbf{Softmax}\left[\frac{(\boldsymbol\Omega_{k1}\mathbf{X})^T \boldsymbol\Omega_{q1}\mathbf{X}}{\sqrt{D/2}}\right]
\mathbf{Sa}_2[\mathbf{X}] = \boldsymbol\Omega_{v2}\mathbf{X} \cdot \mathbf{Softmax}\left[\frac{(\boldsymbol\Omega_{k2}\mathbf{X})^T \boldsymbol\Omega_{q2}\mathbf{X}}{\sqrt{D/2}}\right]
\mathbf{MhSa}[\mathbf{X}] = \boldsymbol\Omega_c \Bigl[\mathbf{Sa}_1[\mathbf{X}]^T, \mathbf{Sa}_2[\mathbf{X}]^T\Bigr]^T
