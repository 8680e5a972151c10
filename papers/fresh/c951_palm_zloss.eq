% PaLM (Chowdhery et al., 2022), Sec. 5 "Training setup": the auxiliary z-loss 10^{-4} log^2 Z that keeps the softmax
% normaliser log(Z) close to 0; y the logits of one position over the vocabulary
y \in \mathbb{R}^{V}

Z = \sum_{i} e^{y_i}
\mathcal{L}_z = 10^{-4} \cdot \log^2 Z
