% Prince, Understanding Deep Learning, Eq. 6.11 (SGD with momentum) as printed (from memory of the printing): the
% batch's per-example gradients given as rows (one per example i of the batch B_t), D parameters
\mathbf{m}_t, \boldsymbol\phi_t \in \mathbb{R}^{D}, \frac{\partial \ell_i[\boldsymbol\phi_t]}{\partial \boldsymbol\phi} \in \mathbb{R}^{B \times D}, \beta, \alpha \in \mathbb{R}

\mathbf{m}_{t+1} \leftarrow \beta \cdot \mathbf{m}_t + (1 - \beta) \sum_{i \in \mathcal{B}_t} \frac{\partial \ell_i[\boldsymbol\phi_t]}{\partial \boldsymbol\phi}
\boldsymbol\phi_{t+1} \leftarrow \boldsymbol\phi_t - \alpha \cdot \mathbf{m}_{t+1}
