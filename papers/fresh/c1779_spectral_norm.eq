% Miyato et al. (ICLR 2018), "Spectral Normalization for GANs", Algorithm 1 (one power iteration, layer index l
% dropped), written from memory of the printing; W \in R^{m x n}, u \in R^m (prose)
W \in \mathbb{R}^{m \times n}, \tilde{\boldsymbol{u}} \in \mathbb{R}^{m}

\tilde{\boldsymbol{v}} \leftarrow W^{\rm T} \tilde{\boldsymbol{u}} / \| W^{\rm T} \tilde{\boldsymbol{u}} \|_2
\tilde{\boldsymbol{u}} \leftarrow W \tilde{\boldsymbol{v}} / \| W \tilde{\boldsymbol{v}} \|_2
\sigma(W) \approx \tilde{\boldsymbol{u}}^{\rm T} W \tilde{\boldsymbol{v}}
\bar{W}_{\rm SN}(W) = W / \sigma(W)
