% Spectral Normalization for GANs, Miyato et al. (2018), Algorithm 1: one power-iteration step and the
% normalised weight (one layer, the superscript l dropped)
W \in \mathbb{R}^{d_o \times d_i}, \tilde{\boldsymbol{u}} \in \mathbb{R}^{d_o}

\tilde{\boldsymbol{v}} \leftarrow W^{\mathrm{T}}\tilde{\boldsymbol{u}} / \|W^{\mathrm{T}}\tilde{\boldsymbol{u}}\|_2
\tilde{\boldsymbol{u}} \leftarrow W\tilde{\boldsymbol{v}} / \|W\tilde{\boldsymbol{v}}\|_2
\sigma(W) \approx \tilde{\boldsymbol{u}}^{\mathrm{T}} W \tilde{\boldsymbol{v}}
\bar{W}_{\mathrm{SN}}(W) = W / \sigma(W)
