% MLP-Mixer, Tolstikhin et al. (2021), Eq. 1: token mixing then channel mixing. \sigma is GELU and
% LayerNorm normalizes each patch (row) over its C channels without an affine map (helpers).
\mathbf{X} \in \mathbb{R}^{S \times C}, \mathbf{W}_1 \in \mathbb{R}^{D_S \times S}, \mathbf{W}_2 \in \mathbb{R}^{S \times D_S}, \mathbf{W}_3 \in \mathbb{R}^{D_C \times C}, \mathbf{W}_4 \in \mathbb{R}^{C \times D_C}, \epsilon = 10^{-5}

\sigma(x) = \mathrm{GELU}(x)
\mathrm{LayerNorm}(\mathbf{X})_{j,i} = \frac{\mathbf{X}_{j,i} - \frac{1}{C}\sum_{c}\mathbf{X}_{j,c}}{\sqrt{\frac{1}{C}\sum_{c}\left(\mathbf{X}_{j,c} - \frac{1}{C}\sum_{c'}\mathbf{X}_{j,c'}\right)^2 + \epsilon}}
\mathbf{U}_{*,i} = \mathbf{X}_{*,i} + \mathbf{W}_2\,\sigma\left(\mathbf{W}_1\,\mathrm{LayerNorm}(\mathbf{X})_{*,i}\right), \quad \text{for } i = 1 \ldots C,
\mathbf{Y}_{j,*} = \mathbf{U}_{j,*} + \mathbf{W}_4\,\sigma\left(\mathbf{W}_3\,\mathrm{LayerNorm}(\mathbf{U})_{j,*}\right), \quad \text{for } j = 1 \ldots S.
