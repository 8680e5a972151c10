% CLIP, Radford et al. (2021), Fig. 3's symmetric cross-entropy over the N x N cosine similarities, as follow-up
% papers print it (e.g. Zhai et al. 2023, SigLIP Eq. 1): I, T the L2-normalised image and text embeddings (rows)
I, T \in \mathbb{R}^{N \times d}, \tau \in \mathbb{R}

\mathcal{L} = -\frac{1}{2N} \sum_{i=1}^{N} \left( \log \frac{e^{I_i \cdot T_i / \tau}}{\sum_{j=1}^{N} e^{I_i \cdot T_j / \tau}} + \log \frac{e^{I_i \cdot T_i / \tau}}{\sum_{j=1}^{N} e^{I_j \cdot T_i / \tau}} \right)
