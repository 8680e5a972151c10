% Reed et al. (ICLR-W 2015), "Training Deep Neural Networks on Noisy Labels with Bootstrapping", Sec. 3.2,
% soft bootstrapping loss, written from memory of the printing; q, t \in R^L (prose: predictions and noisy one-hot targets)
\mathbf{q}, \mathbf{t} \in \mathbb{R}^{L}

\mathcal{L}_{soft}(\mathbf{q}, \mathbf{t}) = -\sum_{k=1}^{L} [\beta \mathbf{t}_k + (1 - \beta) \mathbf{q}_k] \log(\mathbf{q}_k)
