% Prince, Understanding Deep Learning (2023), Eq. 5.22 (the softmax function) as printed with square brackets
% and a primed index; z the K network outputs (prose)
\mathbf{z} \in \mathbb{R}^{K}

\text{softmax}_k[\mathbf{z}] = \frac{\exp[z_k]}{\sum_{k'=1}^{K}\exp[z_{k'}]}
