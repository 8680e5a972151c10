% NormFace, Wang et al. (2017), Eq. 6 with the normalisation of Eq. 2 (the tilde), from memory of the printing;
% m features f_i (rows of f) and n class weights W_j (rows of W), labels y_i (prose)
f \in \mathbb{R}^{m \times d}, W \in \mathbb{R}^{n \times d}, y \in \mathbb{Z}^{m}, s = 4

\tilde{x} = \frac{x}{\|x\|_2}
\mathcal{L}_{S'} = -\frac{1}{m} \sum_{i=1}^{m} \log \frac{e^{s \tilde{W}_{y_i}^T \tilde{f}_i}}{\sum_{j=1}^{n} e^{s \tilde{W}_j^T \tilde{f}_i}}
