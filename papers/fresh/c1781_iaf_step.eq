% Kingma et al. (NeurIPS 2016), "Improved Variational Inference with Inverse Autoregressive Flow", Algorithm 1
% (numerically stable IAF step) lines 2-3, written from memory of the printing; m_t, s_t, z_{t-1} \in R^D (prose)
\mathbf{m}_t, \mathbf{s}_t, \mathbf{z}_{t-1} \in \mathbb{R}^{D}

\sigma_t = \text{sigmoid}(\mathbf{s}_t)
\mathbf{z}_t = \sigma_t \odot \mathbf{z}_{t-1} + (1 - \sigma_t) \odot \mathbf{m}_t
