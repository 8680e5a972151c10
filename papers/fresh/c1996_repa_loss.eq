% Representation Alignment for Generation (REPA), Yu et al. (ICLR 2025), Eq. 8 (from memory): the alignment of the
% N patch features y_* of a pretrained encoder with the projected hidden states h_phi(h_t) of the diffusion model,
% sim the cosine similarity; both given as N x D (declared from the prose)
\mathbf{y}_{*}, h_{\phi}(\mathbf{h}_t) \in \mathbb{R}^{N \times D}

\mathcal{L}_{\text{REPA}}(\theta, \phi) := -\mathbb{E}_{\mathbf{x}_*, \epsilon, t}\left[\frac{1}{N} \sum_{n=1}^{N} \text{sim}(\mathbf{y}_{*}^{[n]}, h_{\phi}(\mathbf{h}_t^{[n]}))\right]
