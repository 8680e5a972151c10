% Lilian Weng, "Attention? Attention!" (2018), the Neural Turing Machine's content addressing as printed: M_t the
% N x M memory (M_t(i) its row i), k_t the key, beta_t the key strength
\mathbf{M}_t \in \mathbb{R}^{N \times M}, \mathbf{k}_t \in \mathbb{R}^{M}, \beta_t \in \mathbb{R}

w_t^c(i) = \text{softmax}(\beta_t \cdot \text{cosine}[\mathbf{k}_t, \mathbf{M}_t(i)]) = \frac{\exp(\beta_t \frac{\mathbf{k}_t \cdot \mathbf{M}_t(i)}{\|\mathbf{k}_t\| \cdot \|\mathbf{M}_t(i)\|})}{\sum_{j=1}^N \exp(\beta_t \frac{\mathbf{k}_t \cdot \mathbf{M}_t(j)}{\|\mathbf{k}_t\| \cdot \|\mathbf{M}_t(j)\|})}
