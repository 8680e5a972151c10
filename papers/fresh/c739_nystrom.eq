% Nystromformer, Xiong et al. (2021), Eq. 14: the Nystrom approximation of the softmax matrix with m landmarks
% \tilde{Q}, \tilde{K} (segment means, given); Z^+ the Moore-Penrose pseudo-inverse (prose)
Q, K \in \mathbb{R}^{n \times d_q}, \tilde{Q}, \tilde{K} \in \mathbb{R}^{m \times d_q}

\hat{S} = \mathrm{softmax}\left(\frac{Q\tilde{K}^T}{\sqrt{d_q}}\right)\left(\mathrm{softmax}\left(\frac{\tilde{Q}\tilde{K}^T}{\sqrt{d_q}}\right)\right)^{+}\mathrm{softmax}\left(\frac{\tilde{Q}K^T}{\sqrt{d_q}}\right)
