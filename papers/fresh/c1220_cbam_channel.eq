% CBAM, Woo et al. (2018), Eq. 2: channel attention from the average- and max-pooled descriptors through a
% shared two-layer MLP, W_0 \in R^{C/r x C}, W_1 \in R^{C x C/r} (prose); the descriptors are C-vectors
\mathbf{F}^c_{avg}, \mathbf{F}^c_{max} \in \mathbb{R}^{C}, \mathbf{W}_0 \in \mathbb{R}^{C/r \times C}, \mathbf{W}_1 \in \mathbb{R}^{C \times C/r}

\mathbf{M_c}(\mathbf{F}) = \sigma(\mathbf{W_1}(\mathbf{W_0}(\mathbf{F^c_{avg}})) + \mathbf{W_1}(\mathbf{W_0}(\mathbf{F^c_{max}})))
